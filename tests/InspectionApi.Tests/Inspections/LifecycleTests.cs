using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inspection.Api.Tests.Inspections;

/// <summary>
/// Whole inspection cycles through HTTP, as the users of each role would run them: a regular inspection
/// from plan to follow-up with disputes and a correction plan, and a provider's self-assessment.
/// </summary>
public sealed class LifecycleTests
{
    /// <summary>Standards the regular inspection is answered to fail: one critical and one major institution standard, one resident standard.</summary>
    private static readonly string[] Failing = ["NUT-02", "RGT-04", "STF-01"];

    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow);
    private InspectionApiFactory _factory = null!;
    private HttpClient _supervisor = null!;
    private HttpClient _provider = null!;
    private HttpClient _analyst = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        _supervisor = await _factory.ClientAsAsync("supervisor.north");
        _provider = await _factory.ClientAsAsync("provider.shalom");
        _analyst = await _factory.ClientAsAsync("analyst");
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _supervisor.Dispose();
        _provider.Dispose();
        _analyst.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task RegularInspection_PlannedThroughCorrectionPlanAndFollowUp_ClosesWithDeficienciesResolved()
    {
        var facility = await FacilityAsync();

        // Plan and start.
        var planned = await _supervisor.PostJsonAsync("/api/inspections",
            new { facilityId = facility, kind = "regular", plannedDate = _today.AddDays(7) }, HttpStatusCode.Created);
        ShouldStand(planned, "Planned", "Start", "Cancel");
        var id = planned.Id();
        var path = $"/api/inspections/{id}";
        var started = await _supervisor.PostJsonAsync($"{path}/start");
        ShouldStand(started, "InProgress", "Submit");
        started.GetProperty("visitDate").GetString().Should().Be(_today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        var questionnaire = await _supervisor.GetJsonAsync($"{path}/questionnaire");
        questionnaire.GetProperty("recheckedStandards").ValueKind.Should().Be(JsonValueKind.Null);
        questionnaire.GetProperty("tracers").GetArrayLength().Should().BePositive();

        // Answer in parts, the way a supervisor saves during a visit; the same save twice changes nothing.
        var institution = LifecycleAnswers.Institution(questionnaire, _today, new Dictionary<string, JsonNode?>
        {
            ["rn_every_shift"] = false,
            ["kitchen_clean"] = false,
        });
        var residents = LifecycleAnswers.Residents(questionnaire, _today, 4,
            (resident, question, good) => question == "privacy_respected" && resident < 2 ? false : good);
        string[] staffing = ["rn_every_shift", "night_care_staff", "training_topics"];
        var walkRound = institution.Where(a => !staffing.Contains(a.Key)).ToDictionary();
        var roster = institution.Where(a => staffing.Contains(a.Key)).ToDictionary();

        var saved = await _supervisor.PutJsonAsync($"{path}/answers", new { version = 0, answers = walkRound });
        saved.GetProperty("version").GetInt32().Should().Be(1);
        var repeated = await _supervisor.PutJsonAsync($"{path}/answers", new { version = 1, answers = walkRound });
        repeated.GetProperty("version").GetInt32().Should().Be(1, "nothing changed");
        repeated.GetProperty("answers").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(walkRound.Keys);

        saved = await _supervisor.PutJsonAsync($"{path}/answers", new { version = 1, residents });
        saved.GetProperty("version").GetInt32().Should().Be(2);
        repeated = await _supervisor.PutJsonAsync($"{path}/answers", new { version = 2, residents });
        repeated.GetProperty("version").GetInt32().Should().Be(2, "nothing changed");
        repeated.GetProperty("residents").GetArrayLength().Should().Be(4);

        // Submitting before the roster is checked is refused, naming what is missing; nothing moves.
        var incomplete = await _supervisor.PostJsonAsync($"{path}/submit", expected: HttpStatusCode.Conflict);
        var listed = incomplete.GetProperty("incomplete").EnumerateArray().ToDictionary(s => s.Text("standardCode"), s => s.Strings("missingAnswers"));
        listed.Should().ContainKey("STF-01").WhoseValue.Should().Equal("rn_every_shift");
        listed.Should().ContainKey("STF-03").WhoseValue.Should().Equal("training_topics");
        listed.Keys.Should().NotContain(["SAF-01", "RGT-04"], "their answers are in");
        ShouldStand(await _supervisor.GetJsonAsync(path), "InProgress", "Submit");

        saved = await _supervisor.PutJsonAsync($"{path}/answers", new { version = 2, answers = roster });
        saved.GetProperty("version").GetInt32().Should().Be(3);
        var answers = await _supervisor.GetJsonAsync($"{path}/answers");
        answers.GetProperty("answers").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(institution.Keys);
        answers.GetProperty("residents").EnumerateArray().Select(r => r.Strings("tracers").Count).Should().AllSatisfy(n => n.Should().BePositive());

        // Submit, evaluate: the findings are stored with their evidence.
        ShouldStand(await _supervisor.PostJsonAsync($"{path}/submit"), "Submitted", "Reopen", "Evaluate");
        await _supervisor.PutJsonAsync($"{path}/answers", new { version = 3, answers = roster }, HttpStatusCode.Conflict);
        var evaluated = await _supervisor.PostJsonAsync($"{path}/evaluate");
        ShouldStand(evaluated, "Evaluated", "IssueReport");
        evaluated.GetProperty("overallScore").GetDecimal().Should().BeInRange(0.5m, 1m);
        evaluated.GetProperty("rating").GetString().Should().NotBeNullOrEmpty();

        var findings = await FindingsAsync(_supervisor, path);
        findings.Values.Select(f => f.Text("status")).Should().OnlyContain(s => s == "Met" || s == "NotMet" || s == "NotApplicable");
        findings.Where(f => f.Value.Text("status") == "NotMet").Select(f => f.Key).Should().BeEquivalentTo(Failing);
        var nurse = findings["STF-01"];
        nurse.Text("severity").Should().Be("critical");
        nurse.GetProperty("grade").GetString().Should().NotBeNullOrEmpty();
        nurse.GetProperty("evidence").GetProperty("rule").GetString().Should().Be("q.rn_every_shift");
        nurse.GetProperty("evidence").GetProperty("ruleSet").GetProperty("contentHash").GetString().Should().Be(questionnaire.Text("contentHash"));
        nurse.GetProperty("evidence").GetProperty("answersRead").EnumerateArray()
            .Should().ContainSingle(a => a.Text("question") == "rn_every_shift");
        var privacy = findings["RGT-04"];
        privacy.GetProperty("rate").GetDecimal().Should().Be(0.5m);
        privacy.Text("scope").Should().Be("widespread");
        privacy.GetProperty("evidence").GetProperty("residents").Strings("failing")
            .Should().BeEquivalentTo(LifecycleAnswers.ResidentCode(0), LifecycleAnswers.ResidentCode(1));

        // The report goes out; the provider disputes two findings: one is withdrawn, the other upheld.
        ShouldStand(await _supervisor.PostJsonAsync($"{path}/issue-report"), "ReportIssued", "Close");
        ShouldStand(await _provider.GetJsonAsync(path), "ReportIssued", "SubmitCorrectionPlan");
        var nurseDispute = await _provider.PostJsonAsync($"{path}/findings/{nurse.Id()}/disputes",
            new { reason = "The roster shown was a draft; the signed roster has a nurse on every shift." }, HttpStatusCode.Created);
        var kitchenDispute = await _provider.PostJsonAsync($"{path}/findings/{findings["NUT-02"].Id()}/disputes",
            new { reason = "The kitchen was cleaned an hour after the visit." }, HttpStatusCode.Created);
        (await _supervisor.PostJsonAsync($"{path}/disputes/{nurseDispute.Id()}/decision", new { decision = "withdrawn", note = "Signed roster seen." }))
            .Text("decision").Should().Be("Withdrawn");
        (await _supervisor.PostJsonAsync($"{path}/disputes/{kitchenDispute.Id()}/decision", new { decision = "upheld", note = "Observed on the visit." }))
            .Text("decision").Should().Be("Upheld");
        findings = await FindingsAsync(_provider, path);
        findings["STF-01"].GetProperty("withdrawn").GetBoolean().Should().BeTrue();
        findings["NUT-02"].GetProperty("withdrawn").GetBoolean().Should().BeFalse();
        (await _provider.GetJsonAsync($"{path}/disputes")).EnumerateArray().Select(d => d.Text("decision")).Should().Equal("Withdrawn", "Upheld");

        // The correction plan: every open deficiency needs an action; returned once, then approved.
        var kitchen = PlanAction(findings["NUT-02"], "Daily cleaning checklist signed by the shift manager", "Kitchen manager");
        var privacyAction = PlanAction(findings["RGT-04"], "Curtains and covers for personal care; staff briefing", "Head nurse");
        await _provider.PutJsonAsync($"{path}/correction-plan",
            new { version = 0, actions = new[] { PlanAction(findings["STF-01"], "Nothing to do", "Director") } }, HttpStatusCode.BadRequest);
        var plan = await _provider.PutJsonAsync($"{path}/correction-plan", new { version = 0, actions = new[] { kitchen } });
        plan.Text("status").Should().Be("Draft");
        var uncovered = await _provider.PostJsonAsync($"{path}/correction-plan/submit", expected: HttpStatusCode.Conflict);
        uncovered.Strings("uncovered").Should().Equal("RGT-04");
        plan = await _provider.PutJsonAsync($"{path}/correction-plan", new { version = plan.GetProperty("version").GetInt32(), actions = new[] { kitchen, privacyAction } });
        plan.GetProperty("actions").GetArrayLength().Should().Be(2);
        (await _provider.PostJsonAsync($"{path}/correction-plan/submit")).Text("status").Should().Be("Submitted");
        ShouldStand(await _supervisor.GetJsonAsync(path), "CorrectionPlanSubmitted", "ApproveCorrectionPlan", "ReturnCorrectionPlan");

        var returned = await _supervisor.PostJsonAsync($"{path}/correction-plan/return", new { note = "Give the privacy action a date within 30 days." });
        returned.Text("status").Should().Be("Returned");
        ShouldStand(await _provider.GetJsonAsync(path), "ReportIssued", "SubmitCorrectionPlan");
        plan = await _provider.GetJsonAsync($"{path}/correction-plan");
        plan.Text("reviewNote").Should().Be("Give the privacy action a date within 30 days.");
        var privacySooner = PlanAction(findings["RGT-04"], "Curtains and covers for personal care; staff briefing", "Head nurse", days: 21);
        plan = await _provider.PutJsonAsync($"{path}/correction-plan", new { version = plan.GetProperty("version").GetInt32(), actions = new[] { kitchen, privacySooner } });
        plan.Text("status").Should().Be("Draft");
        (await _provider.PostJsonAsync($"{path}/correction-plan/submit")).Text("status").Should().Be("Submitted");
        (await _supervisor.PostJsonAsync($"{path}/correction-plan/approve", new { note = "Agreed." })).Text("status").Should().Be("Approved");
        ShouldStand(await _supervisor.GetJsonAsync(path), "CorrectionPlanApproved", "ScheduleFollowUp", "Close");

        // The follow-up re-checks the open deficiencies only, and finds them corrected.
        var followUp = await _supervisor.PostJsonAsync($"{path}/follow-up", new { plannedDate = _today.AddDays(30) }, HttpStatusCode.Created);
        followUp.Text("kind").Should().Be("FollowUp");
        followUp.Id("followUpOfId").Should().Be(id);
        followUp.Strings("recheckedStandards").Should().Equal("NUT-02", "RGT-04");
        ShouldStand(await _supervisor.GetJsonAsync(path), "FollowUpScheduled", "Close");
        ShouldStand(followUp, "Planned", "Start", "Cancel");
        var followUpPath = $"/api/inspections/{followUp.Id()}";
        await _supervisor.PostJsonAsync($"{followUpPath}/start");
        var recheck = await _supervisor.GetJsonAsync($"{followUpPath}/questionnaire");
        recheck.Strings("recheckedStandards").Should().Equal("NUT-02", "RGT-04");
        LifecycleAnswers.QuestionCodes(recheck).Should().Equal("fridge_temp_log_complete", "kitchen_clean", "privacy_respected");
        await _supervisor.PutJsonAsync($"{followUpPath}/answers", new
        {
            version = 0,
            answers = LifecycleAnswers.Institution(recheck, _today),
            residents = LifecycleAnswers.Residents(recheck, _today, 3),
        });
        ShouldStand(await _supervisor.PostJsonAsync($"{followUpPath}/submit"), "Submitted", "Reopen", "Evaluate");
        var reEvaluated = await _supervisor.PostJsonAsync($"{followUpPath}/evaluate");
        reEvaluated.GetProperty("overallScore").ValueKind.Should().Be(JsonValueKind.Null, "a follow-up scores no whole inspection");
        var rechecked = await FindingsAsync(_supervisor, followUpPath);
        rechecked.Keys.Should().Equal("NUT-02", "RGT-04");
        rechecked.Values.Select(f => f.Text("status")).Should().AllBe("Met");

        var standing = (await _supervisor.GetJsonAsync(path)).GetProperty("standing");
        standing.GetProperty("resolved").GetInt32().Should().Be(2, "the follow-up found both open deficiencies corrected");
        standing.GetProperty("open").GetInt32().Should().Be(0);
        standing.GetProperty("withdrawn").GetInt32().Should().Be(1);
        (await FindingsAsync(_supervisor, path))["NUT-02"].Text("standing").Should().Be("Resolved");

        ShouldStand(await _supervisor.PostJsonAsync($"{followUpPath}/issue-report"), "ReportIssued", "Close");
        ShouldStand(await _supervisor.PostJsonAsync($"{followUpPath}/close"), "Closed");
        ShouldStand(await _supervisor.PostJsonAsync($"{path}/close"), "Closed");
        await _supervisor.PostJsonAsync($"{path}/close", expected: HttpStatusCode.Conflict);

        // Every move is in the audit log, with the status before and after.
        (await StatusChangesAsync(id)).Should().Equal(
            ("Planned", "InProgress"),
            ("InProgress", "Submitted"),
            ("Submitted", "Evaluated"),
            ("Evaluated", "ReportIssued"),
            ("ReportIssued", "CorrectionPlanSubmitted"),
            ("CorrectionPlanSubmitted", "ReportIssued"),
            ("ReportIssued", "CorrectionPlanSubmitted"),
            ("CorrectionPlanSubmitted", "CorrectionPlanApproved"),
            ("CorrectionPlanApproved", "FollowUpScheduled"),
            ("FollowUpScheduled", "Closed"));
        (await StatusChangesAsync(followUp.Id())).Should().Equal(
            ("Planned", "InProgress"),
            ("InProgress", "Submitted"),
            ("Submitted", "Evaluated"),
            ("Evaluated", "ReportIssued"),
            ("ReportIssued", "Closed"));
    }

    [Test]
    public async Task SelfAssessment_RunByTheProvider_EvaluatesAndCloses()
    {
        var facility = await FacilityAsync();

        var planned = await _provider.PostJsonAsync("/api/inspections",
            new { facilityId = facility, kind = "self-assessment", plannedDate = _today }, HttpStatusCode.Created);
        planned.Text("kind").Should().Be("SelfAssessment");
        planned.GetProperty("supervisorId").ValueKind.Should().Be(JsonValueKind.Null);
        ShouldStand(planned, "Planned", "Start", "Cancel");
        var path = $"/api/inspections/{planned.Id()}";
        (await _supervisor.GetJsonAsync(path)).Strings("possibleActions").Should().BeEmpty("a self-assessment is the provider's own");
        ShouldStand(await _provider.PostJsonAsync($"{path}/start"), "InProgress", "Submit");

        var questionnaire = await _provider.GetJsonAsync($"{path}/questionnaire");
        await _provider.PutJsonAsync($"{path}/answers", new
        {
            version = 0,
            answers = LifecycleAnswers.Institution(questionnaire, _today, new Dictionary<string, JsonNode?> { ["weekend_activities"] = false }),
            residents = LifecycleAnswers.Residents(questionnaire, _today, 3),
        });
        ShouldStand(await _provider.PostJsonAsync($"{path}/submit"), "Submitted", "Reopen", "Evaluate");
        var evaluated = await _provider.PostJsonAsync($"{path}/evaluate");
        ShouldStand(evaluated, "Evaluated", "Close");
        evaluated.GetProperty("overallScore").GetDecimal().Should().BePositive();

        var findings = await FindingsAsync(_provider, path);
        findings.Where(f => f.Value.Text("status") == "NotMet").Select(f => f.Key).Should().Equal("ACT-01");
        await _provider.PostJsonAsync($"{path}/findings/{findings["ACT-01"].Id()}/disputes", new { reason = "Our own finding" }, HttpStatusCode.Forbidden);
        await _provider.PostJsonAsync($"{path}/issue-report", expected: HttpStatusCode.Conflict);

        ShouldStand(await _provider.PostJsonAsync($"{path}/close"), "Closed");
        (await StatusChangesAsync(planned.Id())).Should().Equal(
            ("Planned", "InProgress"), ("InProgress", "Submitted"), ("Submitted", "Evaluated"), ("Evaluated", "Closed"));
    }

    [Test]
    public async Task IssueReport_WhileInProgress_Is409NamingThePossibleMoves()
    {
        var planned = await _supervisor.PostJsonAsync("/api/inspections",
            new { facilityId = await FacilityAsync(), kind = "regular", plannedDate = _today.AddDays(3) }, HttpStatusCode.Created);
        var path = $"/api/inspections/{planned.Id()}";
        await _supervisor.PostJsonAsync($"{path}/start");

        var refused = await _supervisor.PostJsonAsync($"{path}/issue-report", expected: HttpStatusCode.Conflict);

        refused.Text("detail").Should().Contain("in progress").And.Contain("possible now: submit");
        ShouldStand(await _supervisor.GetJsonAsync(path), "InProgress", "Submit");
    }

    [Test]
    public async Task Start_ByTheProvider_IsForbiddenAndNothingMoves()
    {
        var planned = await _supervisor.PostJsonAsync("/api/inspections",
            new { facilityId = await FacilityAsync(), kind = "regular", plannedDate = _today.AddDays(5) }, HttpStatusCode.Created);
        var path = $"/api/inspections/{planned.Id()}";

        await _provider.PostJsonAsync($"{path}/start", expected: HttpStatusCode.Forbidden);

        ShouldStand(await _supervisor.GetJsonAsync(path), "Planned", "Start", "Cancel");
    }

    /// <summary>A care home in the northern district run by the operator provider.shalom speaks for.</summary>
    private async Task<Guid> FacilityAsync()
    {
        var providers = (await _provider.GetJsonAsync("/api/facilities")).EnumerateArray().Select(f => f.Id()).ToHashSet();
        var north = await _supervisor.GetJsonAsync("/api/facilities?district=north&serviceType=elderly-care-home");
        return north.EnumerateArray().Select(f => f.Id()).First(providers.Contains);
    }

    private static async Task<Dictionary<string, JsonElement>> FindingsAsync(HttpClient client, string path) =>
        (await client.GetJsonAsync($"{path}/findings")).EnumerateArray().ToDictionary(f => f.Text("standardCode"), StringComparer.Ordinal);

    private object PlanAction(JsonElement finding, string description, string owner, int days = 60) =>
        new { findingId = finding.Id(), description, owner, dueDate = _today.AddDays(days) };

    /// <summary>Status changes of an inspection as the audit log recorded them, oldest first.</summary>
    private async Task<List<(string Before, string After)>> StatusChangesAsync(Guid id)
    {
        var entries = await _analyst.GetJsonAsync($"/api/audit?entity=FacilityInspection&entityId={id}&take=1000");
        return [.. entries.EnumerateArray()
            .Where(e => e.Text("action") == "Modified")
            .OrderBy(e => e.GetProperty("id").GetInt64())
            .Select(e => (Before: Status(e, "before"), After: Status(e, "after")))
            .Where(change => change.Before != change.After)];

        static string Status(JsonElement entry, string side) =>
            JsonDocument.Parse(entry.Text(side)).RootElement.GetProperty("Status").ToString();
    }

    private static void ShouldStand(JsonElement inspection, string status, params string[] possibleActions)
    {
        inspection.Text("status").Should().Be(status);
        inspection.Strings("possibleActions").Should().BeEquivalentTo(possibleActions, $"the {inspection.Text("kind")} inspection is {status}");
    }
}
