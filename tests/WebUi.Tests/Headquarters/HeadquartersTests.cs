using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inspection.WebUi.Tests.Headquarters;

/// <summary>
/// Headquarters' screens on the demo data: the comparison dashboard filtered, checked against what the API
/// answers for the same filters, and exported; the what-if of a draft run to its end, left and found again;
/// and the pages kept from the other roles.
/// </summary>
public sealed class HeadquartersTests : WebUiTest
{
    private const string ElderlyCare = "elderly-care-home";

    [Test]
    public async Task Dashboard_FilteredByCycleAndDistrict_ShowsTheApiFiguresAndExportsThatView()
    {
        using var api = await ApiAsAsync("analyst");
        var cycle = await ThisYearsCycleAsync(api, ElderlyCare);
        var whole = await ComparisonAsync(api, $"cycleId={cycle.Id}");
        var north = await ComparisonAsync(api, $"cycleId={cycle.Id}&district=north");
        var wholeNames = Facilities(whole);
        var northNames = Facilities(north);
        northNames.Should().NotBeEmpty("the demo has evaluated care homes in the northern district this year");
        wholeNames.Should().HaveCountGreaterThan(northNames.Count, "the district filter must leave some facilities out for the test to mean anything");

        await SignInAsync("analyst", "en");
        var menu = await MenuAsync(Page);
        await menu.GetByText("Comparison", new() { Exact = true }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Comparison dashboard");

        await ChooseAsync("filter-period", cycle.Name);
        await Expect(Page).ToHaveURLAsync(new Regex($"cycleId={cycle.Id}"));
        await Expect(Page.GetByTestId("ranking-row")).ToHaveCountAsync(wholeNames.Count);

        await ChooseAsync("filter-district", "north");
        await Expect(Page).ToHaveURLAsync(new Regex("district=north"));
        await ExpectViewAsync(north);
        await ExpectPopulationAsync(await api.GetFromJsonAsync<JsonElement>($"api/comparison/population?cycleId={cycle.Id}&district=north"));

        // The view is in the page's address: opened again (or shared), it shows the same figures.
        await Page.ReloadAsync();
        await ReadyAsync(Page);
        await ExpectViewAsync(north);

        var csv = await DownloadAsync("export-csv");
        var lines = Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines[0].Should().Contain("Service type").And.Contain("Facility").And.Contain("Overall score");
        lines.Skip(1).Should().HaveCount(northNames.Count, "one row per facility of the filtered view");
        foreach (var name in northNames)
        {
            lines.Should().Contain(l => l.Contains(name, StringComparison.Ordinal));
        }

        wholeNames.Except(northNames).Should().OnlyContain(other => !lines.Any(l => l.Contains(other, StringComparison.Ordinal)), "facilities of other districts are not in the file");
        await Expect(Page.GetByTestId("export-status")).ToContainTextAsync("CSV file was downloaded");

        var xlsx = await DownloadAsync("export-xlsx");
        xlsx.Length.Should().BeGreaterThan(100);
        Encoding.ASCII.GetString(xlsx, 0, 2).Should().Be("PK", "an XLSX file is a zip archive");

        await ExpectAccessibleAsync(Page, "dashboard");
        await Screens.CaptureAsync(Page, "dashboard");
        await UseLanguageAsync("he", Page);
        await ExpectViewAsync(north);
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("לוח השוואה");
        await ExpectAccessibleAsync(Page, "dashboard");
        await Screens.CaptureAsync(Page, "dashboard");
    }

    [Test]
    public async Task WhatIf_DraftOnThisYearsCycle_RunsToTheEndAndItsResultIsThereAfterComingBack()
    {
        using var api = await ApiAsAsync("analyst");
        var draft = await DraftAsync(api);
        var cycle = await ThisYearsCycleAsync(api, draft.ServiceType);

        await SignInAsync("analyst", "en");
        await GoAsync("what-if");
        await Expect(SelectInput("what-if-draft")).ToHaveValueAsync(new Regex(Regex.Escape($"{draft.Version} ({draft.RuleSetId})")));
        await Expect(SelectInput("what-if-cycle")).ToHaveValueAsync(new Regex(Regex.Escape(cycle.Name)));
        await ExpectAccessibleAsync(Page, "what-if");
        await Screens.CaptureAsync(Page, "what-if");

        await Page.GetByTestId("what-if-start").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/app/what-if/[0-9a-f-]{36}$"), new() { Timeout = 30_000 });
        var runId = Guid.Parse(Page.Url[^36..]);
        await Expect(Page.GetByTestId("what-if-result")).ToBeVisibleAsync(new() { Timeout = 90_000 });

        var run = await api.GetFromJsonAsync<JsonElement>($"api/comparison/what-if/{runId}");
        run.GetProperty("status").GetString().Should().Be("Succeeded");
        run.GetProperty("cycleId").GetGuid().Should().Be(cycle.Id);
        run.GetProperty("draftVersionId").GetGuid().Should().Be(draft.Id);
        var result = run.GetProperty("result");
        var facilities = result.GetProperty("facilities").EnumerateArray().Select(f => f.GetProperty("facility").GetString()!).ToList();
        facilities.Should().NotBeEmpty("this year's care homes were evaluated in the demo");
        await ExpectWhatIfResultAsync(result);

        // Leave for another page, then find the run among the recent ones and open it again.
        await GoAsync("dashboard");
        await GoAsync("what-if");
        var row = Page.GetByTestId("what-if-run-row").Filter(new() { HasText = $"{draft.RuleSetId}@{draft.Version}" }).First;
        await Expect(row).ToContainTextAsync("Finished");
        await Expect(row.GetByTestId("run-by")).ToHaveTextAsync("Me");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/app/what-if/{runId}$"));
        await ExpectWhatIfResultAsync(result);

        await ExpectAccessibleAsync(Page, "what-if result");
        await Screens.CaptureAsync(Page, "what-if-result");
        await UseLanguageAsync("he", Page);
        await ExpectWhatIfResultAsync(result);
        await ExpectAccessibleAsync(Page, "what-if result");
        await Screens.CaptureAsync(Page, "what-if-result");
        await GoAsync("what-if");
        await Expect(Page.GetByTestId("what-if-run-row").First).ToContainTextAsync("הסתיים");
        await ExpectAccessibleAsync(Page, "what-if");
        await Screens.CaptureAsync(Page, "what-if");
    }

    [Test]
    public async Task Supervisor_IsNotOfferedHeadquartersPages()
    {
        await SignInAsync("supervisor.north", "he");

        var menu = await MenuAsync(Page);
        await Expect(menu.GetByText("הביקורות שלי")).ToBeVisibleAsync();
        await Expect(menu.GetByText("השוואה")).ToHaveCountAsync(0);
        await Expect(menu.GetByText("מה היה אילו")).ToHaveCountAsync(0);

        foreach (var page in new[] { "dashboard", "what-if", $"what-if/{Guid.NewGuid()}" })
        {
            await GoAsync(page);
            await Expect(Page.GetByText("דף זה אינו חלק מעבודת התפקיד שלך.")).ToBeVisibleAsync();
            await Expect(Page.GetByTestId("filter-period")).ToHaveCountAsync(0);
            await Expect(Page.GetByTestId("what-if-start")).ToHaveCountAsync(0);
        }

        using var api = await ApiAsAsync("supervisor.north");
        (await api.GetAsync("api/comparison/what-if")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "the API refuses what the menu does not offer");
    }

    /// <summary>The ranking and the national figures on the page are those the API gives for the same filters.</summary>
    private async Task ExpectViewAsync(JsonElement comparison)
    {
        var part = comparison.GetProperty("serviceTypes")[0];
        var facilities = part.GetProperty("facilities").EnumerateArray().ToList();
        await Expect(Page.GetByTestId("ranking-row")).ToHaveCountAsync(facilities.Count);
        foreach (var facility in facilities)
        {
            var row = Page.GetByTestId("ranking-row").Filter(new() { HasText = facility.GetProperty("facility").GetString()! });
            await Expect(row.GetByTestId("score")).ToHaveTextAsync(Percent(facility.GetProperty("overallScore")));
        }

        var national = part.GetProperty("national");
        await Expect(Page.GetByTestId("summary-facilities")).ToHaveTextAsync(national.GetProperty("facilities").GetInt32().ToString(CultureInfo.InvariantCulture));
        await Expect(Page.GetByTestId("summary-mean")).ToHaveTextAsync(Percent(national.GetProperty("overallScore").GetProperty("mean")));
        await Expect(Page.GetByTestId("summary-deficiencies")).ToHaveTextAsync(national.GetProperty("deficiencies").GetInt32().ToString(CultureInfo.InvariantCulture));
        await Expect(Page.GetByTestId("heat-map").Locator("tbody tr")).ToHaveCountAsync(part.GetProperty("matrix").GetProperty("rows").GetArrayLength());
    }

    /// <summary>The population served on the page is the API's for the same filters: each facility's residents, and all of them.</summary>
    private async Task ExpectPopulationAsync(JsonElement population)
    {
        var part = population.GetProperty("serviceTypes")[0];
        var facilities = part.GetProperty("facilities").EnumerateArray().ToList();
        facilities.Should().NotBeEmpty("the view has facilities whose population to show");
        var section = Page.GetByTestId("population");
        await Expect(section.GetByTestId("population-row")).ToHaveCountAsync(facilities.Count + 1);
        await Expect(section.GetByTestId("population-national")).ToContainTextAsync($"{part.GetProperty("national").GetProperty("residents").GetInt32()} residents");
        foreach (var facility in facilities)
        {
            var row = section.Locator($"[data-testid=population-row][data-facility='{facility.GetProperty("facilityId").GetGuid()}']");
            await Expect(row.GetByTestId("residents")).ToContainTextAsync(facility.GetProperty("residents").GetInt32().ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The result on the page is the run's result as the API holds it: every facility, with its scores before and after.</summary>
    private async Task ExpectWhatIfResultAsync(JsonElement result)
    {
        await Expect(Page.GetByTestId("what-if-result")).ToBeVisibleAsync();
        var national = result.GetProperty("national");
        await Expect(Page.GetByTestId("national-facilities")).ToHaveTextAsync(national.GetProperty("facilities").GetInt32().ToString(CultureInfo.InvariantCulture));
        await Expect(Page.GetByTestId("national-down")).ToHaveTextAsync(national.GetProperty("ratingsDown").GetInt32().ToString(CultureInfo.InvariantCulture));
        await Expect(Page.GetByTestId("national-grades")).ToHaveTextAsync(national.GetProperty("gradeChanges").GetInt32().ToString(CultureInfo.InvariantCulture));
        var facilities = result.GetProperty("facilities").EnumerateArray().ToList();
        await Expect(Page.GetByTestId("what-if-facility")).ToHaveCountAsync(facilities.Count);
        foreach (var facility in facilities)
        {
            var row = Page.GetByTestId("what-if-facility").Filter(new() { HasText = facility.GetProperty("facility").GetString()! });
            await Expect(row).ToContainTextAsync(Percent(facility.GetProperty("scoreBefore")));
            await Expect(row).ToContainTextAsync(Percent(facility.GetProperty("scoreAfter")));
        }

        var standards = result.GetProperty("standards").GetArrayLength();
        if (standards == 0)
        {
            await Expect(Page.GetByTestId("no-standard-changes")).ToBeVisibleAsync();
        }
        else
        {
            await Expect(Page.GetByTestId("what-if-standards").Locator("tbody tr")).ToHaveCountAsync(standards);
        }
    }

    /// <summary>Opens a filter (a MudBlazor select) and picks the option that reads <paramref name="option"/>.</summary>
    private async Task ChooseAsync(string testId, string option)
    {
        await Page.GetByTestId(testId).ClickAsync();
        var popover = Page.Locator(".mud-popover-open");
        await popover.GetByText(option, new() { Exact = false }).First.ClickAsync();
        await Expect(popover).ToHaveCountAsync(0);
    }

    /// <summary>The text box of a MudBlazor select, which holds the chosen option's text.</summary>
    private ILocator SelectInput(string testId) => Page.Locator($"[data-testid={testId}] input, input[data-testid={testId}]").First;

    private async Task<byte[]> DownloadAsync(string button)
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId(button).ClickAsync());
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path);
    }

    private static string Percent(JsonElement share) =>
        share.ValueKind == JsonValueKind.Null ? "—" : (share.GetDecimal() * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static List<string> Facilities(JsonElement comparison) =>
        [.. comparison.GetProperty("serviceTypes").EnumerateArray().SelectMany(p => p.GetProperty("facilities").EnumerateArray()).Select(f => f.GetProperty("facility").GetString()!)];

    private static async Task<JsonElement> ComparisonAsync(HttpClient api, string query) =>
        await api.GetFromJsonAsync<JsonElement>($"api/comparison?{query}");

    private static async Task<Cycle> ThisYearsCycleAsync(HttpClient api, string serviceType)
    {
        var cycles = await api.GetFromJsonAsync<List<Cycle>>("api/cycles", JsonSerializerOptions.Web);
        return cycles!.Single(c => c.ServiceType == serviceType && c.PeriodStart.Year == DateTime.UtcNow.Year);
    }

    /// <summary>A draft rule-set version to try: the shipped catalog's, or one uploaded by the catalog author when there is none.</summary>
    private async Task<RuleSetVersion> DraftAsync(HttpClient analyst)
    {
        var versions = await analyst.GetFromJsonAsync<List<RuleSetVersion>>("api/rule-sets", JsonSerializerOptions.Web);
        if (versions!.FirstOrDefault(v => v.Status == "Draft") is { } draft)
        {
            return draft;
        }

        var published = versions!.Last(v => v.ServiceType == ElderlyCare && v.Status == "Published");
        var file = Directory.GetFiles(Path.Combine(WebUiHost.RepositoryRoot(), "standards-catalog", ElderlyCare), $"*-{published.Version}.yaml").Single();
        var yaml = (await File.ReadAllTextAsync(file))
            .Replace($"version: {published.Version}", "version: 9.0.0", StringComparison.Ordinal)
            .Replace("status: published", "status: draft", StringComparison.Ordinal);
        using var author = await ApiAsAsync("author");
        using var response = await author.PostAsync("api/rule-sets", new StringContent(yaml, Encoding.UTF8, "text/yaml"));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RuleSetVersion>(JsonSerializerOptions.Web))!;
    }

    private sealed record Cycle(Guid Id, string Name, string ServiceType, DateOnly PeriodStart, DateOnly PeriodEnd);

    private sealed record RuleSetVersion(Guid Id, string RuleSetId, string Version, string ServiceType, string Status);
}
