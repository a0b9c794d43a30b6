using Inspection.Standards.Model;

namespace Inspection.Standards.Tests.Model;

public class SemanticVersionTests
{
    [TestCase("1.2.3", 1, 2, 3)]
    [TestCase("0.0.0", 0, 0, 0)]
    [TestCase("10.20.300", 10, 20, 300)]
    public void TryParse_ThreeNumbers_GivesTheVersion(string text, int major, int minor, int patch)
    {
        SemanticVersion.TryParse(text, out var version).Should().BeTrue();

        version.Should().Be(new SemanticVersion(major, minor, patch));
        version.ToString().Should().Be(text);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("1.2")]
    [TestCase("1.2.3.4")]
    [TestCase("01.2.3")]
    [TestCase("1.2.-3")]
    [TestCase("+1.2.3")]
    [TestCase("1..3")]
    [TestCase("1.2.3-beta")]
    [TestCase(" 1.2.3")]
    [TestCase("v1.2.3")]
    public void TryParse_AnythingElse_Fails(string? text)
    {
        SemanticVersion.TryParse(text, out var version).Should().BeFalse();

        version.Should().Be(default(SemanticVersion));
    }

    [TestCase("1.10.0", "1.9.0")]
    [TestCase("2.0.0", "1.99.99")]
    [TestCase("1.0.10", "1.0.9")]
    public void CompareTo_Versions_OrdersThemNumerically(string higher, string lower)
    {
        SemanticVersion.TryParse(higher, out var high).Should().BeTrue();
        SemanticVersion.TryParse(lower, out var low).Should().BeTrue();

        (high > low).Should().BeTrue();
        (low < high).Should().BeTrue();
        (high >= low).Should().BeTrue();
        (low <= high).Should().BeTrue();
        high.CompareTo(low).Should().BePositive();
        low.CompareTo(high).Should().BeNegative();
        high.CompareTo(high).Should().Be(0);
    }
}
