using System.Text.Json;
using System.Text.RegularExpressions;
using Inspection.WebUi.Tests.TestData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inspection.WebUi.Tests.Inspections;

/// <summary>
/// The supervisor's inspections: the list and calendar of their district only, an inspection's page with its
/// brief and actions, the findings with evidence and the rating explained, the report issued and opened as PDF,
/// and a provider's dispute decided by the supervisor.
/// </summary>
public sealed class InspectionsTests : WebUiTest
{
    /// <summary>The words a reader sees for the API's severities and scopes.</summary>
    private static readonly Dictionary<string, (string English, string Hebrew)> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["minor"] = ("Minor", "קלה"), ["major"] = ("Major", "מהותית"), ["critical"] = ("Critical", "חמורה"),
        ["isolated"] = ("Isolated", "מקרה בודד"), ["pattern"] = ("Pattern", "דפוס חוזר"), ["widespread"] = ("Widespread", "נרחב"),
    };

    [Test]
    public async Task ListAndCalendar_ShowTheSupervisorsDistrictAndNotAnothers_AndTheInspectionPageStartsTheVisit()
    {
        using var north = await ApiAsAsync("supervisor.north");
        using var center = await ApiAsAsync("supervisor.center");
        var (northFacility, northName) = await InspectionData.FacilityAsync(north, "north");
        var (centerFacility, centerName) = await InspectionData.FacilityAsync(center, "center");
        var daysAhead = 3;
        var northVisit = await new InspectionData(north).PlannedAsync(northFacility, daysAhead);
        await new InspectionData(center).PlannedAsync(centerFacility, daysAhead);

        await SignInAsync("supervisor.north", "he");
        await Expect(Page).ToHaveURLAsync(new Regex("/app/inspections$"));
        var list = Page.GetByTestId("inspection-list");
        await Expect(list.GetByRole(AriaRole.Link, new() { Name = northName }).First).ToBeVisibleAsync();
        await Expect(list.GetByText(centerName)).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("due-next").GetByRole(AriaRole.Link, new() { Name = northName }).First).ToBeVisibleAsync();
        await ExpectAccessibleAsync(Page, "inspections");
        await Screens.CaptureAsync(Page, "inspections");

        // The state filter asks the API again: only planned visits remain.
        await Page.GetByTestId("status-filter").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "מתוכננת" }).ClickAsync();
        await Expect(list.GetByText("הוערכה")).ToHaveCountAsync(0);
        await Expect(list.GetByRole(AriaRole.Link, new() { Name = northName }).First).ToBeVisibleAsync();

        await NavigateAsync("calendar");
        var day = InspectionData.Today.AddDays(daysAhead);
        if (day.Month != InspectionData.Today.Month)
        {
            await Page.GetByTestId("next-month").ClickAsync();
        }

        var cell = Page.Locator($"td[data-date='{day:yyyy-MM-dd}']");
        await Expect(cell.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(northName)) })).ToBeVisibleAsync();
        await Expect(cell.GetByText(centerName)).ToHaveCountAsync(0);
        await ExpectAccessibleAsync(Page, "calendar");
        await Screens.CaptureAsync(Page, "calendar");

        await UseLanguageAsync("en", Page);
        await NavigateAsync("inspections");
        await ExpectAccessibleAsync(Page, "inspections");
        await Screens.CaptureAsync(Page, "inspections");

        await NavigateAsync($"inspections/{northVisit}");
        await Expect(Page.GetByTestId("inspection-status")).ToHaveTextAsync("Planned");
        await Expect(Page.GetByTestId("brief")).ToContainTextAsync("Previous deficiencies");
        await ExpectAccessibleAsync(Page, "inspection");
        await Screens.CaptureAsync(Page, "inspection");
        await UseLanguageAsync("he", Page);
        await ExpectAccessibleAsync(Page, "inspection");
        await Screens.CaptureAsync(Page, "inspection");

        await Page.GetByTestId("action-Start").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/app/inspections/{northVisit}/questionnaire$"));
        var held = await InspectionData.GetAsync(north, $"api/inspections/{northVisit}");
        held.GetProperty("status").GetString().Should().Be("InProgress", "the page's start button started the visit");
    }

    [Test]
    public async Task Findings_OnATablet_ShowEvidenceAndTheRatingExplained_ThenTheIssuedReportOpensAsPdf()
    {
        using var supervisor = await ApiAsAsync("supervisor.north");
        var (facility, _) = await InspectionData.FacilityAsync(supervisor, "north");
        var id = await new InspectionData(supervisor).EvaluatedAsync(facility);
        var held = await InspectionData.GetAsync(supervisor, $"api/inspections/{id}?lang=en");
        var findings = (await InspectionData.GetAsync(supervisor, $"api/inspections/{id}/findings")).EnumerateArray().ToList();
        var deficiencies = findings.Where(f => f.GetProperty("status").GetString() == "NotMet").ToList();
        deficiencies.Should().NotBeEmpty("one resident's care failed");
        var failed = deficiencies.First(f => f.GetProperty("evidence").GetProperty("residents") is { ValueKind: JsonValueKind.Object } r
            && r.GetProperty("failing").EnumerateArray().Any(c => c.GetString() == InspectionData.FailingResident));

        await SignInAsync("supervisor.north", "en");
        await NavigateAsync($"inspections/{id}/findings");
        await Expect(Page.GetByTestId("deficiency-count")).ToHaveTextAsync(deficiencies.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var result = held.GetProperty("result");
        var rating = Page.GetByTestId("rating-explained");
        await Expect(rating.GetByTestId("rating")).ToHaveTextAsync(result.GetProperty("rating").GetString() ?? "not rated");
        await Expect(rating.GetByTestId("domain-scores")).ToContainTextAsync(result.GetProperty("domains")[0].GetProperty("title").GetString()!);
        if (result.GetProperty("caps").GetArrayLength() > 0)
        {
            await Expect(rating.GetByTestId("caps")).ToContainTextAsync(result.GetProperty("caps")[0].GetProperty("reason").GetString()!);
        }

        var code = failed.GetProperty("standardCode").GetString()!;
        var finding = Page.GetByTestId($"finding-{code}");
        await finding.Locator("summary").ClickAsync();
        await Expect(finding.GetByTestId("failing-residents")).ToContainTextAsync(InspectionData.FailingResident);
        await Expect(finding.GetByTestId("rule")).ToHaveTextAsync(failed.GetProperty("rule").GetString()!);

        // Severity and scope are read as words in each language, never as the API's codes.
        var severity = failed.GetProperty("severity").GetString()!;
        var scope = failed.GetProperty("scope").GetString()!;
        await Expect(finding.GetByTestId("severity")).ToHaveTextAsync(Words[severity].English);
        await Expect(finding.GetByTestId("scope")).ToHaveTextAsync(Words[scope].English);
        await ExpectAccessibleAsync(Page, "findings");
        await Screens.CaptureAsync(Page, "findings");
        await UseLanguageAsync("he", Page);
        await Expect(finding.GetByTestId("severity")).ToHaveTextAsync(Words[severity].Hebrew);
        await Expect(finding.GetByTestId("scope")).ToHaveTextAsync(Words[scope].Hebrew);
        await ExpectAccessibleAsync(Page, "findings");
        await Screens.CaptureAsync(Page, "findings");

        await NavigateAsync($"inspections/{id}/reports");
        await ExpectAccessibleAsync(Page, "reports");
        await Page.GetByTestId("issue-report").ClickAsync();
        await Expect(Page.GetByTestId("report-done")).ToBeVisibleAsync();
        var pdfButton = Page.GetByTestId("pdf-compliance-1");
        await Expect(pdfButton).ToBeVisibleAsync(new() { Timeout = 90_000 });
        var download = await Page.RunAndWaitForDownloadAsync(() => pdfButton.ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        System.Text.Encoding.ASCII.GetString(bytes, 0, 4).Should().Be("%PDF", "the button opens the edition's PDF");

        // axe cannot enter the report's frame (it runs no script): the page is checked before the report is shown in it.
        await ExpectAccessibleAsync(Page, "reports");
        await UseLanguageAsync("en", Page);
        await Expect(Page.GetByTestId("pdf-compliance-1")).ToBeVisibleAsync();
        await ExpectAccessibleAsync(Page, "reports");
        await Page.GetByTestId("show-report").ClickAsync();
        var frame = Page.GetByTestId("report-frame");
        await Expect(frame).ToHaveAttributeAsync("srcdoc", new Regex(Regex.Escape(code)));
        await Screens.CaptureAsync(Page, "reports");
        await UseLanguageAsync("he", Page);
        await Expect(frame).ToHaveAttributeAsync("srcdoc", new Regex("lang=\"he\""));
        await Screens.CaptureAsync(Page, "reports");

        (await InspectionData.GetAsync(supervisor, $"api/inspections/{id}")).GetProperty("status").GetString().Should().Be("ReportIssued");
        (await InspectionData.GetAsync(supervisor, $"api/inspections/{id}/reports")).EnumerateArray()
            .Should().Contain(e => e.GetProperty("report").GetString() == "compliance" && e.GetProperty("number").GetInt32() == 1);
    }

    [Test]
    public async Task Dispute_RaisedByTheProvider_IsDecidedByTheSupervisor_AndBothSeeTheDecision()
    {
        using var supervisor = await ApiAsAsync("supervisor.north");
        using var provider = await ApiAsAsync("provider.shalom");
        var (facility, _) = await InspectionData.FacilityAsync(supervisor, "north", provider);
        var id = await new InspectionData(supervisor).IssuedAsync(facility);
        var deficiency = (await InspectionData.GetAsync(provider, $"api/inspections/{id}/findings")).EnumerateArray()
            .First(f => f.GetProperty("status").GetString() == "NotMet");
        var code = deficiency.GetProperty("standardCode").GetString()!;

        await SignInAsync("provider.shalom", "en");
        await NavigateAsync($"inspections/{id}/disputes");
        await Expect(Page.GetByTestId("no-disputes")).ToBeVisibleAsync();
        var disputable = Page.GetByTestId($"disputable-{code}");
        await disputable.GetByTestId("dispute").ClickAsync();
        await disputable.GetByLabel("Why is this finding wrong?").FillAsync("The fall alarm was repaired the day before the visit.");
        await disputable.GetByTestId("send-dispute").ClickAsync();
        await Expect(Page.GetByTestId("dispute-done")).ToContainTextAsync(code);
        await Expect(Page.GetByTestId($"dispute-{code}").GetByTestId("dispute-state")).ToHaveTextAsync("Awaiting the supervisor's decision");
        await Expect(Page.GetByTestId("uphold")).ToHaveCountAsync(0);
        var raised = (await InspectionData.GetAsync(supervisor, $"api/inspections/{id}/disputes")).EnumerateArray().Single();
        raised.GetProperty("reason").GetString().Should().Be("The fall alarm was repaired the day before the visit.");
        raised.GetProperty("findingId").GetGuid().Should().Be(deficiency.GetProperty("id").GetGuid());

        var supervisorContext = await NewContextAsync(Tablet);
        var supervisorPage = await supervisorContext.NewPageAsync();
        Watch(supervisorPage);
        try
        {
            await SignInAsync("supervisor.north", "he", supervisorPage);
            await NavigateAsync($"inspections/{id}/disputes", supervisorPage);
            await Expect(supervisorPage.Locator("#raise-title")).ToHaveCountAsync(0);
            var open = supervisorPage.GetByTestId($"dispute-{code}");
            await ExpectAccessibleAsync(supervisorPage, "disputes");
            await Screens.CaptureAsync(supervisorPage, "disputes");
            await open.GetByLabel("הערה להחלטה (נשלחת לנותן השירות)").FillAsync("התיקון לא נראה בביקור.");
            await open.GetByTestId("uphold").ClickAsync();
            await Expect(open.GetByTestId("dispute-state")).ToHaveTextAsync("הממצא נשאר בתוקף");
        }
        finally
        {
            await supervisorContext.CloseAsync();
        }

        var decided = (await InspectionData.GetAsync(supervisor, $"api/inspections/{id}/disputes")).EnumerateArray().Single();
        decided.GetProperty("decision").GetString().Should().Be("Upheld");
        decided.GetProperty("decisionNote").GetString().Should().Be("התיקון לא נראה בביקור.");

        await NavigateAsync($"inspections/{id}");
        await NavigateAsync($"inspections/{id}/disputes");
        await Expect(Page.GetByTestId($"dispute-{code}").GetByTestId("dispute-state")).ToHaveTextAsync("Finding upheld");
        await ExpectAccessibleAsync(Page, "disputes");
        await Screens.CaptureAsync(Page, "disputes");
    }

    /// <summary>Goes to a page of the app as its links do (the router, no new load of the app).</summary>
    private async Task NavigateAsync(string path, IPage? page = null)
    {
        page ??= Page;
        await page.EvaluateAsync("path => Blazor.navigateTo(path)", path);
        await Expect(page).ToHaveURLAsync(new Regex("/app/" + Regex.Escape(path) + "$"));
        await ReadyAsync(page);
    }
}
