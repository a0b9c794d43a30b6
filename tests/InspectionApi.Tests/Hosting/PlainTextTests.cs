using Inspection.Api.Hosting;

namespace Inspection.Api.Tests.Hosting;

public sealed class PlainTextTests
{
    [TestCase("\u0000", "U+0000")]
    [TestCase("\u0007", "U+0007")]
    [TestCase("\t", "U+0009")]
    [TestCase("\n", "U+000A")]
    [TestCase("\u001B", "U+001B")]
    [TestCase("\u007F", "U+007F")]
    [TestCase("\u0085", "U+0085")]
    [TestCase("\u009B", "U+009B")]
    [TestCase("\u202A", "U+202A")]
    [TestCase("\u202B", "U+202B")]
    [TestCase("\u202C", "U+202C")]
    [TestCase("\u202D", "U+202D")]
    [TestCase("\u202E", "U+202E")]
    [TestCase("\u2066", "U+2066")]
    [TestCase("\u2067", "U+2067")]
    [TestCase("\u2068", "U+2068")]
    [TestCase("\u2069", "U+2069")]
    [TestCase("\u2028", "U+2028")]
    public void Problem_ForbiddenCharacterInAName_NamesItAndItsPosition(string character, string codePoint)
    {
        var problem = PlainText.Problem($"Carmel{character}Home");

        problem.Should().Be($"contains the control or direction-changing character {codePoint} at position 7; remove it");
    }

    [Test]
    public void Problem_LoneSurrogate_IsRefused()
    {
        // Built in code: an attribute cannot hold half a character.
        PlainText.Problem(new string('\uD800', 1)).Should().StartWith("contains a broken character");
        PlainText.Problem(string.Concat("a", new string('\uDC00', 1), "b")).Should().StartWith("contains a broken character");
        PlainText.Problem(string.Concat("a", new string('\uD83D', 1))).Should().StartWith("contains a broken character");
    }

    [TestCase("בית אבות \"השלום\" (צפון) - מס' 2")]
    [TestCase("Beit Shalom, Ltd. & Co. / 2nd floor: 50% [east]; #3 @home")]
    [TestCase("דו\u200Fח מבקר \u200Eversion 2")]
    [TestCase("دار الرعاية")]
    [TestCase("Café Œuvre naïve — “quoted”")]
    [TestCase("fire exit 🔥.png")]
    [TestCase("")]
    public void Problem_OrdinaryTextInAnyScript_IsNone(string value) =>
        PlainText.Problem(value).Should().BeNull();

    [Test]
    public void Problem_Multiline_AllowsLineBreaksAndTabsButNotOtherControls()
    {
        PlainText.Problem("first line\r\n\tsecond line", multiline: true).Should().BeNull();
        PlainText.Problem("first line\u202Esecond", multiline: true).Should().NotBeNull();
        PlainText.Problem("bell\u0007", multiline: true).Should().NotBeNull();
    }

    [Test]
    public void Check_AddsToTheFieldsErrorsWithoutDroppingEarlierOnes()
    {
        var errors = new Dictionary<string, string[]> { ["name"] = ["is too long"] };

        PlainText.Check(errors, "name", "a\u0000b");
        PlainText.Check(errors, "region", "north");

        errors.Should().ContainKey("name").WhoseValue.Should().HaveCount(2).And.Contain("is too long");
        errors.Should().NotContainKey("region");
    }

    [Test]
    public void Strip_RemovesWhatProblemRefusesAndKeepsTheRest()
    {
        PlainText.Strip("photo\u202Egnp.exe").Should().Be("photognp.exe");
        PlainText.Strip(string.Concat("תמונה\u0000 🔥", new string('\uD800', 1), ".png")).Should().Be("תמונה 🔥.png");
    }
}
