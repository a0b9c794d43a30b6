using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inspection.WebUi.Tests.Questionnaire;

/// <summary>
/// A supervisor's visit on a tablet: the questionnaire by domain, show-if, the census and the resident sample, a stretch
/// without a connection (a reload included), a conflict with a save made elsewhere, and the submission.
/// </summary>
public sealed class QuestionnaireTests : WebUiTest
{
    private const string Supervisor = "supervisor.north";

    /// <summary>A 1 x 1 PNG: the API checks a photo by its content.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private static int _days = 30;

    /// <summary>
    /// The same supervisor signs in twice a test (the API client and the browser): the class's tests together go past
    /// the default throttle of 10 sign-ins per user in 5 minutes, which the API's own tests cover.
    /// </summary>
    protected override void Configure(WebUiHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        host.Settings["Auth:SignInAttemptsPerUser"] = "40";
    }

    [Test]
    public async Task Visit_FilledAcrossDomainsWithAnOfflineStretchAndAReload_EverythingReachesTheApiInOrder()
    {
        var api = await ApiAsAsync(Supervisor);
        var id = await PlanAsync(api);
        await SignInAsync(Supervisor, "he");
        await OpenAsync(id);

        // Planned: nothing can be answered until the visit starts.
        await Expect(Question("drill_night_scenario").Locator("input").First).ToBeDisabledAsync();
        await Page.GetByTestId("start").ClickAsync();
        await Expect(Page.GetByTestId("inspection-status")).ToHaveTextAsync("בביצוע");

        // Safety (the first domain): an answer, and a show-if question that appears only after "yes".
        await Expect(Page.GetByTestId("question-hazards_observed")).ToHaveCountAsync(0);
        await Question("drill_night_scenario").GetByTestId("yes").ClickAsync();
        await Question("hazards_found").GetByTestId("yes").ClickAsync();
        await Expect(Page.GetByTestId("question-hazards_observed")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("progress-safety")).ToContainTextAsync("נענו 2 מתוך");

        // Nutrition: a yes that opens a date question.
        await Page.GetByRole(AriaRole.Tab, new() { Name = "תזונה וסיוע בארוחות" }).ClickAsync();
        await Question("menu_approved_by_dietitian").GetByTestId("yes").ClickAsync();
        await Question("menu_review_date").Locator("input[type=date]").FillAsync("2026-10-01");
        await Question("menu_review_date").Locator("input[type=date]").PressAsync("Tab");
        await ExpectAllSavedAsync();

        // As on any visit after the first: the app opened once with the service worker in control, which keeps its files.
        await Page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null", null, new() { Timeout = 30_000 });
        await Page.ReloadAsync();
        await ReadyAsync(Page);
        await Expect(Page.GetByTestId("questionnaire")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 30_000 });

        // The connection drops: answers go on, kept on the device and said to be unsaved.
        await GoOfflineAsync();
        await Page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^כוח אדם והכשרה") }).ClickAsync();
        await FillNumberAsync("resident_count", "38");
        await FillNumberAsync("resident_count", "41");
        await Page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^זכויות, כבוד ופרטיות") }).ClickAsync();
        await Question("complaints_log_kept").GetByTestId("no").ClickAsync();
        await Expect(Question("complaints_log_kept").GetByTestId("unsaved")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("save-state")).ToContainTextAsync("אין חיבור: 3 שינויים שמורים במכשיר");
        await Expect(Page.GetByTestId("unsaved-changes")).ToContainTextAsync("3");

        // A reload without a connection: the app comes from the service worker, the answers from IndexedDB.
        await Page.ReloadAsync();
        await ReadyAsync(Page);
        await Expect(Page.GetByTestId("questionnaire")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 30_000 });
        await Expect(Page.GetByTestId("save-state")).ToHaveAttributeAsync("data-pending", "3");
        await Expect(Page.GetByTestId("from-device")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^כוח אדם והכשרה") }).ClickAsync();
        await Expect(Number("resident_count")).ToHaveValueAsync("41");
        (await AnswersAsync(api, id)).GetProperty("answers").TryGetProperty("resident_count", out _).Should().BeFalse("nothing was sent while offline");

        // Back online: everything is sent, in order (the later number wins).
        await GoOnlineAsync();
        await ExpectAllSavedAsync();
        await Expect(Page.GetByTestId("from-device")).ToHaveCountAsync(0);
        var saved = (await AnswersAsync(api, id)).GetProperty("answers");
        saved.GetProperty("drill_night_scenario").GetBoolean().Should().BeTrue();
        saved.GetProperty("hazards_found").GetBoolean().Should().BeTrue();
        saved.GetProperty("menu_review_date").GetString().Should().Be("2026-10-01");
        saved.GetProperty("resident_count").GetDecimal().Should().Be(41);
        saved.GetProperty("complaints_log_kept").GetBoolean().Should().BeFalse();

        // The census and the resident sample, with the sampling plan saying what is still needed.
        await Page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^דיירים") }).ClickAsync();
        await Page.GetByTestId("census-falls-risk").FillAsync("4");
        await Page.GetByTestId("census-falls-risk").PressAsync("Tab");
        await AddResidentAsync("R-01");
        await AddResidentAsync("R-02");
        await Page.GetByTestId("tracer-R-01-falls-risk").CheckAsync();
        await Page.GetByTestId("cell-R-01-can_be_interviewed").Locator("select").SelectOptionAsync("true");
        await Page.GetByTestId("cell-R-01-falls_last_half_year").Locator("input").FillAsync("2");
        await Page.GetByTestId("cell-R-01-falls_last_half_year").Locator("input").PressAsync("Tab");
        await Expect(Page.GetByTestId("cell-R-01-post_fall_review")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("cell-R-02-post_fall_review")).ToHaveCountAsync(0);
        await ExpectAllSavedAsync();
        await Expect(Page.GetByTestId("sampling-need").First).ToContainTextAsync("יש לדגום עוד");

        var answers = await AnswersAsync(api, id);
        answers.GetProperty("census").GetProperty("falls-risk").GetInt32().Should().Be(4);
        var residents = answers.GetProperty("residents").EnumerateArray().ToList();
        residents.Select(r => r.GetProperty("code").GetString()).Should().Equal("R-01", "R-02");
        residents[0].GetProperty("tracers").EnumerateArray().Select(t => t.GetString()).Should().Equal("falls-risk");
        residents[0].GetProperty("answers").GetProperty("can_be_interviewed").GetBoolean().Should().BeTrue();
        residents[0].GetProperty("answers").GetProperty("falls_last_half_year").GetDecimal().Should().Be(2);
    }

    [Test]
    public async Task Photo_TakenOffline_IsKeptOnTheDeviceThroughAReloadAndSentWhenTheConnectionReturns()
    {
        var api = await ApiAsAsync(Supervisor);
        var id = await PlanAsync(api);
        (await api.PostAsync($"api/inspections/{id}/start", null)).EnsureSuccessStatusCode();
        await SignInAsync(Supervisor, "he");
        await OpenAsync(id);
        await Page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null", null, new() { Timeout = 30_000 });

        await GoOfflineAsync();
        await Page.Locator("#photo-drill_night_scenario").SetInputFilesAsync(new FilePayload { Name = "night-drill.png", MimeType = "image/png", Buffer = Png });
        await Expect(Page.GetByTestId("photos-waiting-drill_night_scenario")).ToContainTextAsync("1 תמונות שמורות במכשיר");
        await Expect(Page.GetByTestId("save-state")).ToContainTextAsync("אין חיבור: 1 שינויים שמורים במכשיר");
        await Expect(Page.GetByTestId("problem")).ToHaveCountAsync(0);

        await Page.ReloadAsync();
        await ReadyAsync(Page);
        await Expect(Page.GetByTestId("questionnaire")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 30_000 });
        await Expect(Page.GetByTestId("save-state")).ToHaveAttributeAsync("data-pending", "1");
        await Expect(Page.GetByTestId("photos-waiting-drill_night_scenario")).ToBeVisibleAsync();
        (await api.GetFromJsonAsync<JsonElement>($"api/inspections/{id}/attachments")).GetArrayLength().Should().Be(0, "nothing was sent while offline");

        await GoOnlineAsync();
        await ExpectAllSavedAsync();
        await Expect(Page.GetByTestId("photos-drill_night_scenario")).ToContainTextAsync("1 תמונות צורפו");
        await Expect(Page.GetByTestId("photos-waiting-drill_night_scenario")).ToHaveCountAsync(0);
        var attachments = (await api.GetFromJsonAsync<JsonElement>($"api/inspections/{id}/attachments")).EnumerateArray().ToList();
        attachments.Should().ContainSingle();
        attachments[0].GetProperty("questionCode").GetString().Should().Be("drill_night_scenario");
        attachments[0].GetProperty("fileName").GetString().Should().Be("night-drill.png");
        var stored = await api.GetByteArrayAsync($"api/inspections/{id}/attachments/{attachments[0].GetProperty("id").GetGuid()}");
        stored.Should().Equal(Png, "the photo's bytes waited on the device unchanged");
    }

    [Test]
    public async Task Conflict_AnAnswerSavedElsewhereFirst_IsShownWithBothValuesAndSettledByTheUser()
    {
        var api = await ApiAsAsync(Supervisor);
        var id = await PlanAsync(api);
        (await api.PostAsync($"api/inspections/{id}/start", null)).EnsureSuccessStatusCode();
        await SaveAsync(api, id, new { version = 0, answers = new { resident_count = 40, night_care_staff = 3 } });
        await SignInAsync(Supervisor, "en");
        await OpenAsync(id);
        await Page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Staffing") }).ClickAsync();
        await Expect(Number("resident_count")).ToHaveValueAsync("40");

        // Offline on the tablet, two changes; meanwhile someone else saves one of the same answers.
        await GoOfflineAsync();
        await FillNumberAsync("resident_count", "45");
        await FillNumberAsync("night_care_staff", "5");
        await SaveAsync(api, id, new { version = 1, answers = new { resident_count = 42 } });
        await GoOnlineAsync();

        var conflict = Page.GetByTestId("conflict-resident_count");
        await Expect(conflict).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(conflict.GetByTestId("mine")).ToContainTextAsync("45");
        await Expect(conflict.GetByTestId("theirs")).ToContainTextAsync("42");
        await Expect(Page.GetByTestId("save-state")).ToContainTextAsync("1 conflict(s) to settle");
        var held = await AnswersAsync(api, id);
        held.GetProperty("answers").GetProperty("resident_count").GetDecimal().Should().Be(42, "nothing is overwritten before the user chooses");
        held.GetProperty("answers").GetProperty("night_care_staff").GetDecimal().Should().Be(3, "the inspection's sending waits for the conflict");

        await conflict.GetByTestId("keep-mine").ClickAsync();
        await ExpectAllSavedAsync();
        var settled = (await AnswersAsync(api, id)).GetProperty("answers");
        settled.GetProperty("resident_count").GetDecimal().Should().Be(45);
        settled.GetProperty("night_care_staff").GetDecimal().Should().Be(5);

        // Once more, taking theirs: the device drops its value and shows the saved one.
        await GoOfflineAsync();
        await FillNumberAsync("night_care_staff", "7");
        var version = (await AnswersAsync(api, id)).GetProperty("version").GetInt32();
        await SaveAsync(api, id, new { version, answers = new { night_care_staff = 6 } });
        await GoOnlineAsync();
        await Page.GetByTestId("conflict-night_care_staff").GetByTestId("take-theirs").ClickAsync(new() { Timeout = 20_000 });
        await ExpectAllSavedAsync();
        await Expect(Number("night_care_staff")).ToHaveValueAsync("6");
        (await AnswersAsync(api, id)).GetProperty("answers").GetProperty("night_care_staff").GetDecimal().Should().Be(6);
    }

    [Test]
    public async Task Submit_Incomplete_ListsWhatIsMissingWithLinksThenSubmitsAndLinksToTheFindings()
    {
        var api = await ApiAsAsync(Supervisor);
        var id = await PlanAsync(api);
        (await api.PostAsync($"api/inspections/{id}/start", null)).EnsureSuccessStatusCode();
        await SaveAsync(api, id, new { version = 0, answers = new { fire_approval_valid = true, call_bells_working = true } });
        await SignInAsync(Supervisor, "en");
        await OpenAsync(id);

        await Page.GetByRole(AriaRole.Tab, new() { Name = "Submit" }).ClickAsync();
        await Expect(Page.GetByTestId("incomplete-answer").First).ToBeVisibleAsync();
        var link = Page.GetByTestId("missing-drill_night_scenario");
        await Expect(link).ToContainTextAsync("night scenario");
        await link.ClickAsync();
        await Expect(Question("drill_night_scenario")).ToBeInViewportAsync();
        await Question("drill_night_scenario").GetByTestId("yes").ClickAsync();
        await ExpectAllSavedAsync();

        await Page.GetByRole(AriaRole.Tab, new() { Name = "Submit" }).ClickAsync();
        await Page.GetByTestId("submit").ClickAsync();
        await Expect(Page.GetByTestId("problem")).ToContainTextAsync("cannot be judged yet");
        await Expect(Page.GetByTestId("missing-drill_night_scenario")).ToHaveCountAsync(0);
        await Page.GetByTestId("submit-incomplete").ClickAsync();

        await Expect(Page.GetByTestId("findings-link")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(Page.GetByTestId("findings-link")).ToHaveAttributeAsync("href", $"inspections/{id}/findings");
        var inspection = await api.GetFromJsonAsync<JsonElement>($"api/inspections/{id}");
        inspection.GetProperty("evaluation").GetProperty("state").GetString().Should().Be("Evaluated");
        (await AnswersAsync(api, id)).GetProperty("answers").GetProperty("drill_night_scenario").GetBoolean().Should().BeTrue();
    }

    [TestCase("he")]
    [TestCase("en")]
    public async Task Questionnaire_HasNoSeriousAccessibilityViolation(string language)
    {
        var api = await ApiAsAsync(Supervisor);
        var id = await PlanAsync(api);
        (await api.PostAsync($"api/inspections/{id}/start", null)).EnsureSuccessStatusCode();
        await SaveAsync(api, id, new
        {
            version = 0,
            answers = new { drill_night_scenario = true, hazards_found = false },
            residents = new[] { new { code = "R-01", tracers = new[] { "falls-risk" }, answers = new { can_be_interviewed = true } } },
            census = new Dictionary<string, int> { ["falls-risk"] = 3 },
        });
        await SignInAsync(Supervisor, language);
        await OpenAsync(id);

        await ExpectAccessibleAsync(Page, "questionnaire");
        await Screens.CaptureAsync(Page, "questionnaire");
        await Page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex(language == "he" ? "^דיירים" : "^Residents") }).ClickAsync();
        await Expect(Page.GetByTestId("resident-grid")).ToBeVisibleAsync();
        await ExpectAccessibleAsync(Page, "questionnaire-residents");
        await Screens.CaptureAsync(Page, "questionnaire-residents");
    }

    /// <summary>A regular visit to a northern care home, planned (not started) on a day no other test uses.</summary>
    private static async Task<Guid> PlanAsync(HttpClient api)
    {
        var facilities = await api.GetFromJsonAsync<JsonElement>("api/facilities?district=north&serviceType=elderly-care-home");
        var facility = facilities.EnumerateArray().First().GetProperty("id").GetGuid();
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(Interlocked.Increment(ref _days));
        using var response = await api.PostAsJsonAsync("api/inspections", new { facilityId = facility, kind = "regular", plannedDate = day });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task SaveAsync(HttpClient api, Guid id, object body)
    {
        using var response = await api.PutAsJsonAsync($"api/inspections/{id}/answers", body);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> AnswersAsync(HttpClient api, Guid id) =>
        await api.GetFromJsonAsync<JsonElement>($"api/inspections/{id}/answers");

    private async Task OpenAsync(Guid id)
    {
        await GoAsync($"inspections/{id}/questionnaire");
        await Expect(Page.GetByTestId("questionnaire")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 30_000 });
    }

    /// <summary>
    /// The connection drops: the browser says so (navigator.onLine, the offline event) and every API request fails as
    /// unreachable. Chromium's offline emulation alone once let a request reach the API from a page the service worker
    /// controls (the server saved it, the page never heard back), so API requests are also aborted here.
    /// </summary>
    private async Task GoOfflineAsync()
    {
        await Context.SetOfflineAsync(true);
        await Context.RouteAsync("**/api/**", route => route.AbortAsync("internetdisconnected"));
    }

    private async Task GoOnlineAsync()
    {
        await Context.UnrouteAsync("**/api/**");
        await Context.SetOfflineAsync(false);
    }

    private ILocator Question(string code) => Page.GetByTestId($"question-{code}");

    /// <summary>The number field of a question (beside it, the photo input).</summary>
    private ILocator Number(string code) => Question(code).GetByRole(AriaRole.Spinbutton);

    private async Task FillNumberAsync(string code, string value)
    {
        var input = Number(code);
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }

    private async Task AddResidentAsync(string code)
    {
        await Page.GetByTestId("resident-code").FillAsync(code);
        await Page.GetByTestId("add-resident").ClickAsync();
        await Expect(Page.GetByTestId($"resident-{code}")).ToBeVisibleAsync();
    }

    private async Task ExpectAllSavedAsync() =>
        await Expect(Page.GetByTestId("save-state")).ToHaveAttributeAsync("data-pending", "0", new() { Timeout = 20_000 });
}
