using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Inspection.WebUi.Tests.Admin;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inspection.WebUi.Tests.RuleSets;

/// <summary>A catalog author's rule-set screens: upload and validation at the line, diff, publish.</summary>
public sealed class RuleSetTests : WebUiTest
{
    /// <summary>The small valid rule set the Standards tests break one thing at a time (id <c>test-home</c>).</summary>
    private static readonly string SmallHome =
        File.ReadAllText(Path.Combine(WebUiHost.RepositoryRoot(), "tests", "Standards.Tests", "Catalogs", "minimal.yaml")).ReplaceLineEndings("\n");

    [Test]
    public async Task Upload_BrokenFile_ShowsTheErrorAtItsLineAndTheFixedFileIsKeptAsADraft()
    {
        var broken = Edit(SmallHome, "    weight: 3\n", "    weight: 0\n");
        var line = LineOf(broken, "    weight: 0");
        await SignInAsync("author", "en");
        await Expect(Page).ToHaveURLAsync(new Regex("/app/rule-sets$"));

        await Page.GetByTestId("rule-set-file").SetInputFilesAsync(new FilePayload { Name = "test-home.yaml", MimeType = "text/yaml", Buffer = Encoding.UTF8.GetBytes(broken) });
        await Expect(Page.Locator("#rule-set-text")).ToHaveValueAsync(new Regex("weight: 0"));
        await Page.GetByTestId("rule-set-upload").ClickAsync();

        var problem = Page.GetByTestId("catalog-problem");
        await Expect(problem).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Expect(problem).ToContainTextAsync($"Line {line}, column ");
        await Expect(problem).ToContainTextAsync("standards[0].weight");
        var marked = Page.Locator("[data-error=true]");
        await Expect(marked).ToHaveCountAsync(1);
        await Expect(marked).ToHaveAttributeAsync("data-testid", $"yaml-line-{line}");
        await Expect(marked).ToContainTextAsync("weight: 0");
        await Expect(marked).ToContainTextAsync("must be greater than 0");
        await problem.ClickAsync();
        await Expect(marked).ToBeFocusedAsync();
        await Expect(marked).ToBeInViewportAsync();
        using var api = await ApiAsAsync("author");
        (await VersionsAsync(api)).Should().NotContain(v => v.RuleSetId == "test-home", "a file with a problem stores nothing");

        await Page.Locator("#rule-set-text").FillAsync(SmallHome);
        await Page.GetByTestId("rule-set-upload").ClickAsync();

        await Expect(Page.GetByTestId("upload-result")).ToContainTextAsync("test-home version 1.0.0 is kept as a draft", new() { Timeout = 20_000 });
        await Expect(Page.GetByTestId("catalog-problem")).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("version-test-home-1.0.0")).ToContainTextAsync("Draft");
        (await VersionsAsync(api)).Should().ContainSingle(v => v.RuleSetId == "test-home")
            .Which.Should().Be(new StoredVersion("test-home", "1.0.0", "Draft"));
    }

    [Test]
    public async Task VersionPage_ShowsTheDiffWithTheVersionBeforeAndPublishesAfterConfirming()
    {
        using var api = await ApiAsAsync("author");
        await UploadAsync(api, Edit(SmallHome, "version: 1.0.0", "version: 2.0.0"));
        var later = await UploadAsync(api, Edit(Edit(SmallHome, "version: 1.0.0", "version: 2.1.0"), "    weight: 3\n", "    weight: 5\n"));
        await SignInAsync("author", "en");

        await GoAsync($"rule-sets/{later}");

        await Expect(Page.GetByTestId("diff-summary")).ToContainTextAsync("test-home@2.0.0 -> test-home@2.1.0: 1 change(s)", new() { Timeout = 20_000 });
        await Expect(Page.GetByTestId("diff")).ToContainTextAsync("Changed: standard");
        await Expect(Page.GetByTestId("diff")).ToContainTextAsync("weight: 3 -> 5");
        await Expect(Page.GetByTestId("status")).ToHaveTextAsync("Draft");

        await Page.GetByTestId("publish").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Publish this version?");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(Page.GetByTestId("status")).ToHaveTextAsync("Draft");
        (await VersionsAsync(api)).Should().Contain(new StoredVersion("test-home", "2.1.0", "Draft"), "a cancelled confirmation changes nothing");

        await Page.GetByTestId("publish").ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        await Expect(Page.GetByTestId("status")).ToHaveTextAsync("Published", new() { Timeout = 20_000 });
        await Expect(Page.GetByTestId("publish")).ToHaveCountAsync(0);
        (await VersionsAsync(api)).Should().Contain(new StoredVersion("test-home", "2.1.0", "Published"));
    }

    [TestCase("he")]
    [TestCase("en")]
    public async Task RuleSetsWithAValidationError_HaveNoSeriousAccessibilityViolation(string language)
    {
        await SignInAsync("author", language);
        await Page.Locator("#rule-set-text").FillAsync(Edit(SmallHome, "    weight: 3\n", "    weight: 0\n"));
        await Page.GetByTestId("rule-set-upload").ClickAsync();
        await Expect(Page.Locator("[data-error=true]")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Expect(Page.GetByTestId("versions-elderly-care-home")).ToBeVisibleAsync();
        await Page.GetByTestId("catalog-problem").ClickAsync();

        await ExpectAccessibleAsync(Page, "rule-sets");
        await Screens.CaptureAsync(Page, "rule-sets");
    }

    private static string Edit(string yaml, string from, string to)
    {
        var at = yaml.IndexOf(from, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"the catalog holds '{from.Trim()}'");
        return string.Concat(yaml.AsSpan(0, at), to, yaml.AsSpan(at + from.Length));
    }

    private static int LineOf(string yaml, string text) => yaml[..yaml.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    private static async Task<Guid> UploadAsync(HttpClient api, string yaml)
    {
        using var content = new StringContent(yaml, Encoding.UTF8, "text/yaml");
        using var response = await api.PostAsync("api/rule-sets", content);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<List<StoredVersion>> VersionsAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<List<StoredVersion>>("api/rule-sets", JsonSerializerOptions.Web))!;

    private sealed record StoredVersion(string RuleSetId, string Version, string Status);
}
