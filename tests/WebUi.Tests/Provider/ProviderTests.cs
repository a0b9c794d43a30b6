using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Inspection.WebUi.Tests.TestData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inspection.WebUi.Tests.Provider;

/// <summary>
/// The provider's screens: their facilities (never another operator's), a facility, the correction plan written and
/// submitted by the provider and approved by the supervisor, what is due soon, and the standing against anonymised peers.
/// </summary>
public sealed class ProviderTests : WebUiTest
{
    private const string Provider = "provider.shalom";
    private const string Supervisor = "supervisor.north";

    [Test]
    public async Task CorrectionPlan_WrittenAndSubmittedByTheProvider_IsHeldByTheApiAndApprovedByTheSupervisor()
    {
        using var supervisorApi = await ApiAsAsync(Supervisor);
        using var providerApi = await ApiAsAsync(Provider);
        var (facility, _) = await InspectionData.FacilityAsync(supervisorApi, "north", providerApi);
        var inspection = await new InspectionData(supervisorApi).IssuedAsync(facility, Failing.TwoInstitutionStandards);
        var path = $"api/inspections/{inspection}";
        var deficiencies = (await InspectionData.GetAsync(providerApi, $"{path}/findings")).EnumerateArray()
            .Where(f => f.GetProperty("status").GetString() == "NotMet").Select(f => f.GetProperty("standardCode").GetString()!).Order(StringComparer.Ordinal).ToList();
        deficiencies.Should().HaveCountGreaterThanOrEqualTo(2, "two institution standards were answered to fail");

        // The provider finds the open plan from the facility's page.
        await SignInAsync(Provider, "he");
        await GoAsync($"facilities/{facility}");
        await Page.Locator($"[data-testid=open-plan][href$='inspections/{inspection}/correction-plan']").ClickAsync();
        await Expect(Page.GetByTestId("deficiency")).ToHaveCountAsync(deficiencies.Count);
        await Expect(Page.GetByTestId("plan-status")).ToContainTextAsync("טרם נכתבה");
        for (var i = 0; i < deficiencies.Count; i++)
        {
            await Expect(Page.GetByTestId("deficiency").Nth(i)).ToContainTextAsync(deficiencies[i]);
        }

        // A first action, saved as a draft.
        var due = Enumerable.Range(0, deficiencies.Count).Select(i => InspectionData.Today.AddDays(20 + (10 * i))).ToList();
        await FillActionAsync(0, "הדרכת צוות המטבח ונוהל ניקיון יומי", "אחראית המטבח", due[0]);
        await Page.GetByTestId("save-draft").ClickAsync();
        await Expect(Page.GetByTestId("saved")).ToContainTextAsync("נשמר כטיוטה");
        await Expect(Page.GetByTestId("plan-status")).ToContainTextAsync("טיוטה");
        var draft = await InspectionData.GetAsync(providerApi, $"{path}/correction-plan");
        draft.GetProperty("status").GetString().Should().Be("Draft");
        draft.GetProperty("actions").GetArrayLength().Should().Be(1);

        await ExpectAccessibleAsync(Page, "correction plan");
        await Screens.CaptureAsync(Page, "provider-correction-plan");

        // Submitting with a deficiency unanswered is refused on the page, and nothing is sent.
        await Page.GetByTestId("submit-plan").ClickAsync();
        await Expect(Page.GetByTestId("invalid")).ToBeVisibleAsync();
        (await InspectionData.GetAsync(providerApi, path)).GetProperty("status").GetString().Should().Be("ReportIssued");

        // In English: the saved draft comes back from the API; the rest is written and the plan submitted.
        await UseLanguageAsync("en", Page);
        await Expect(Page.Locator("#description-0")).ToHaveValueAsync("הדרכת צוות המטבח ונוהל ניקיון יומי");
        await ExpectAccessibleAsync(Page, "correction plan");
        await Screens.CaptureAsync(Page, "provider-correction-plan");
        var owners = Enumerable.Range(0, deficiencies.Count).Select(i => i == 0 ? "אחראית המטבח" : $"Head nurse {i}").ToList();
        for (var i = 1; i < deficiencies.Count; i++)
        {
            await FillActionAsync(i, $"Corrective action {i}: roster and training", owners[i], due[i]);
        }

        await Page.GetByTestId("submit-plan").ClickAsync();
        await Expect(Page.GetByTestId("saved")).ToContainTextAsync("Submitted to the supervisor");
        await Expect(Page.GetByTestId("plan-status")).ToContainTextAsync("Submitted for review");
        await Expect(Page.GetByTestId("submit-plan")).ToHaveCountAsync(0);

        // The API holds an action per deficiency with its owner and due date, and the inspection waits for the review.
        var submitted = await InspectionData.GetAsync(providerApi, $"{path}/correction-plan");
        submitted.GetProperty("status").GetString().Should().Be("Submitted");
        var findings = (await InspectionData.GetAsync(providerApi, $"{path}/findings")).EnumerateArray()
            .ToDictionary(f => f.GetProperty("id").GetGuid(), f => f.GetProperty("standardCode").GetString()!);
        var held = submitted.GetProperty("actions").EnumerateArray()
            .Select(a => (Code: findings[a.GetProperty("findingId").GetGuid()], Owner: a.GetProperty("owner").GetString(), Due: a.GetProperty("dueDate").GetString()))
            .OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        held.Should().Equal(deficiencies.Select((code, i) => (code, (string?)owners[i], (string?)due[i].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        (await InspectionData.GetAsync(providerApi, path)).GetProperty("status").GetString().Should().Be("CorrectionPlanSubmitted");

        // The supervisor approves it on the same page; the provider's editing is not offered to them.
        var supervisorContext = await NewContextAsync(Tablet);
        var supervisorPage = await supervisorContext.NewPageAsync();
        Watch(supervisorPage);
        await SignInAsync(Supervisor, "en", supervisorPage);
        await GoAsync($"inspections/{inspection}/correction-plan", supervisorPage);
        await Expect(supervisorPage.GetByTestId("review")).ToBeVisibleAsync();
        await Expect(supervisorPage.GetByTestId("action")).ToHaveCountAsync(deficiencies.Count);
        await Expect(supervisorPage.GetByTestId("save-draft")).ToHaveCountAsync(0);
        await Expect(supervisorPage.GetByTestId("return-plan")).ToBeDisabledAsync();
        await supervisorPage.GetByTestId("approve-plan").ClickAsync();
        await Expect(supervisorPage.GetByTestId("saved")).ToContainTextAsync("approved");
        await Expect(supervisorPage.GetByTestId("plan-status")).ToContainTextAsync("Approved");
        await Expect(supervisorPage.GetByTestId("review")).ToHaveCountAsync(0);
        await supervisorContext.CloseAsync();

        (await InspectionData.GetAsync(providerApi, $"{path}/correction-plan")).GetProperty("status").GetString().Should().Be("Approved");
        (await InspectionData.GetAsync(providerApi, path)).GetProperty("status").GetString().Should().Be("CorrectionPlanApproved");
    }

    [Test]
    public async Task AnotherOperatorsFacility_ByItsAddress_IsNotFoundAndNeverListed()
    {
        using var adminApi = await ApiAsAsync("admin");
        using var providerApi = await ApiAsAsync(Provider);
        using var supervisorApi = await ApiAsAsync(Supervisor);

        // A facility of theirs with a report whose edition the host has written (the demo data's issued reports have none).
        var (facility, _) = await InspectionData.FacilityAsync(supervisorApi, "north", providerApi);
        await new InspectionData(supervisorApi).ReportWrittenAsync(facility, Failing.TwoInstitutionStandards);
        var all = (await InspectionData.GetAsync(adminApi, "api/facilities")).EnumerateArray()
            .ToDictionary(f => f.GetProperty("id").GetGuid(), f => f.GetProperty("name").GetString()!);
        var own = (await InspectionData.GetAsync(providerApi, "api/facilities")).EnumerateArray()
            .Select(f => f.GetProperty("id").GetGuid()).ToList();
        own.Should().NotBeEmpty().And.Contain(facility);
        var others = all.Where(f => !own.Contains(f.Key)).ToList();
        others.Should().NotBeEmpty();

        await SignInAsync(Provider, "he");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/app/facilities$"));
        await Expect(Page.GetByTestId("facility-row")).ToHaveCountAsync(own.Count);
        var listed = await Page.GetByTestId("facilities").InnerTextAsync();
        foreach (var id in own)
        {
            listed.Should().Contain(all[id]);
        }

        foreach (var (_, name) in others)
        {
            listed.Should().NotContain(name, "another operator's facility is never listed to a provider");
        }

        await ExpectAccessibleAsync(Page, "facilities");
        await Screens.CaptureAsync(Page, "provider-facilities");
        await UseLanguageAsync("en", Page);
        await Expect(Page.GetByTestId("facility-row")).ToHaveCountAsync(own.Count);
        await ExpectAccessibleAsync(Page, "facilities");
        await Screens.CaptureAsync(Page, "provider-facilities");

        // The facility's inspections as the API lists them to the provider (no unannounced visit before it happens).
        var visits = (await InspectionData.GetAsync(providerApi, $"api/inspections?facilityId={facility}")).EnumerateArray()
            .Count(i => i.GetProperty("kind").GetString() != "SelfAssessment");
        var unannouncedPlanned = (await InspectionData.GetAsync(adminApi, $"api/inspections?facilityId={facility}&status=Planned")).EnumerateArray()
            .Count(i => i.GetProperty("kind").GetString() == "Unannounced");
        await Page.GetByTestId("facility-row").GetByRole(AriaRole.Link, new() { Name = all[facility] }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync(all[facility]);
        await Expect(Page.GetByTestId("inspection-row")).ToHaveCountAsync(visits);
        TestContext.Out.WriteLine($"{visits} inspections listed to the provider; {unannouncedPlanned} unannounced visit(s) planned and hidden");
        await Expect(Page.GetByTestId("report-pdf").First).ToBeVisibleAsync();
        await ExpectAccessibleAsync(Page, "facility");
        await Screens.CaptureAsync(Page, "provider-facility");
        await UseLanguageAsync("he", Page);
        await Expect(Page.GetByTestId("inspections")).ToBeVisibleAsync();
        await ExpectAccessibleAsync(Page, "facility");
        await Screens.CaptureAsync(Page, "provider-facility");

        // An issued report opens as a PDF (fetched with the user's token).
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("report-pdf").First.ClickAsync());
        download.SuggestedFilename.Should().EndWith(".pdf");
        (await File.ReadAllBytesAsync(await download.PathAsync()))[..4].Should().Equal("%PDF"u8.ToArray());

        // Another operator's facility by its address: not found, exactly as one that does not exist.
        var (otherId, otherName) = others[0];
        await GoAsync($"facilities/{otherId}");
        await Expect(Page.GetByTestId("not-found")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("facility-details")).ToHaveCountAsync(0);
        await Expect(Page.GetByText(otherName)).ToHaveCountAsync(0);
    }

    [Test]
    public async Task DueSoonAndPeers_ShowThePlansActionsTheVisitsComingTheInboxAndTheStandingAmongPeers()
    {
        using var supervisorApi = await ApiAsAsync(Supervisor);
        using var providerApi = await ApiAsAsync(Provider);
        var (facility, _) = await InspectionData.FacilityAsync(supervisorApi, "north", providerApi);
        var inspection = await new InspectionData(supervisorApi).IssuedAsync(facility, Failing.TwoInstitutionStandards);
        var findings = (await InspectionData.GetAsync(providerApi, $"api/inspections/{inspection}/findings")).EnumerateArray()
            .Where(f => f.GetProperty("status").GetString() == "NotMet").Select(f => f.GetProperty("id").GetGuid()).ToList();
        var soon = InspectionData.Today.AddDays(5);
        await InspectionData.Json(await providerApi.PutAsJsonAsync($"api/inspections/{inspection}/correction-plan", new
        {
            version = 0,
            actions = findings.Select((id, i) => new { findingId = id, description = i == 0 ? "Due-soon action A" : $"Later action {i}", owner = "Director", dueDate = soon.AddDays(40 * i) }),
        }));
        var inspections = (await InspectionData.GetAsync(providerApi, "api/inspections")).EnumerateArray().ToList();
        var today = InspectionData.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var visitsComing = inspections.Count(i => i.GetProperty("status").GetString() == "Planned" && i.GetProperty("kind").GetString() != "SelfAssessment"
            && string.CompareOrdinal(i.GetProperty("plannedDate").GetString(), today) >= 0);
        var unread = (await InspectionData.GetAsync(providerApi, "api/notifications?unread=true")).GetProperty("unread").GetInt32();

        await SignInAsync(Provider, "en");
        await (await MenuAsync(Page)).GetByText("Due soon").ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Due soon");
        await Expect(Page.GetByTestId("due-action-text").Filter(new() { HasText = "Due-soon action A" })).ToHaveCountAsync(1);
        var order = (await Page.GetByTestId("due-action-text").AllInnerTextsAsync()).ToList();
        var soonIndex = order.FindIndex(r => r.Contains("Due-soon action A", StringComparison.Ordinal));
        soonIndex.Should().BeLessThan(order.FindIndex(r => r.Contains("Later action 1", StringComparison.Ordinal)), "actions are listed by due date");
        await Expect(Page.GetByTestId("due-action").Nth(soonIndex)).ToContainTextAsync("in 5 days");
        await Expect(Page.GetByTestId("visit")).ToHaveCountAsync(visitsComing);
        visitsComing.Should().BePositive("the demo data plans announced visits to the provider's facilities");
        await Expect(Page.GetByTestId("unread-count")).ToHaveTextAsync($"({unread})");
        await ExpectAccessibleAsync(Page, "due soon");
        await Screens.CaptureAsync(Page, "provider-due");
        await UseLanguageAsync("he", Page);
        await Expect(Page.GetByTestId("due-actions")).ToBeVisibleAsync();
        await ExpectAccessibleAsync(Page, "due soon");
        await Screens.CaptureAsync(Page, "provider-due");

        // Marking a notification read takes it off the list and out of the API's unread count.
        if (unread > 0)
        {
            await Page.GetByTestId("mark-read").First.ClickAsync();
            await Expect(Page.GetByTestId("unread-count")).ToHaveTextAsync($"({unread - 1})");
            (await InspectionData.GetAsync(providerApi, "api/notifications?unread=true")).GetProperty("unread").GetInt32().Should().Be(unread - 1);
        }

        // Against peers: the provider's own facilities by name, each with its rank among the service type's facilities.
        var to = InspectionData.Today;
        var comparison = await InspectionData.GetAsync(
            providerApi,
            $"api/comparison?from={to.AddMonths(-12).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={today}");
        var ownRows = comparison.GetProperty("serviceTypes").EnumerateArray().SelectMany(s => s.GetProperty("facilities").EnumerateArray())
            .Where(f => !f.GetProperty("anonymised").GetBoolean()).ToList();
        ownRows.Should().NotBeEmpty();
        await GoAsync("peers");
        await Expect(Page.GetByTestId("peer-standing")).ToHaveCountAsync(ownRows.Count);
        var first = ownRows[0];
        var card = Page.GetByTestId("peer-standing").Filter(new() { HasText = first.GetProperty("facility").GetString()! });
        await Expect(card.GetByTestId("rank")).ToContainTextAsync($"מקום {first.GetProperty("rank").GetInt32()} מתוך {first.GetProperty("peers").GetInt32()}");
        await Expect(card.GetByTestId("domain-row").First).ToBeVisibleAsync();
        await ExpectAccessibleAsync(Page, "peers");
        await Screens.CaptureAsync(Page, "provider-peers");
        await UseLanguageAsync("en", Page);
        await Expect(Page.GetByTestId("peer-standing")).ToHaveCountAsync(ownRows.Count);
        await ExpectAccessibleAsync(Page, "peers");
        await Screens.CaptureAsync(Page, "provider-peers");
    }

    private async Task FillActionAsync(int index, string description, string owner, DateOnly due)
    {
        await Page.Locator($"#description-{index}").FillAsync(description);
        await Page.Locator($"#owner-{index}").FillAsync(owner);
        await Page.Locator($"#due-{index}").FillAsync(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.Locator($"#due-{index}").BlurAsync();
    }
}
