using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inspection.Api.Tests.Access;
using Inspection.Api.Tests.Jobs;
using Inspection.Reports.Models;
using Inspection.Reports.Tests.Pdf;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Inspections;

/// <summary>
/// Professional judgment over real HTTP, the real Engine and SQLite: the supervisor amends a computed finding,
/// the computed one stays recorded beside it, the inspection is re-scored by the Engine, the district reviews
/// the amendment, and the compliance report (real Chromium, read back with PdfPig) prints it.
/// </summary>
/// <remarks>
/// The care-home catalog (1.1.0) answered well except for a registered nurse on every shift (STF-01, critical,
/// weight 3, staffing) and a clean kitchen (NUT-02, major, weight 2, nutrition), as in <see cref="RescoreTests"/>:
/// overall 0.944643, excellent by the score, capped at adequate by the critical deficiency. STF-01 amended to met:
/// staffing 10 of 10 = 1, overall = (3 + 3 + 2 x 6/7 + 2 + 3 + 2 + 1) / 16 = 0.982143, no cap: excellent.
/// </remarks>
public sealed class AmendmentTests : InspectionFlowFixture
{
    private static readonly Dictionary<string, JsonNode?> NurseAndKitchen = new() { ["rn_every_shift"] = false, ["kitchen_clean"] = false };

    private HttpClient _reviewer = null!;
    private HttpClient _analyst = null!;

    protected override async Task PrepareAsync()
    {
        _reviewer = await SecondSupervisor.CreateAsync(Factory);
        _analyst = await Factory.ClientAsAsync("analyst");
    }

    [OneTimeTearDown]
    public void DisposeClients()
    {
        _reviewer.Dispose();
        _analyst.Dispose();
    }

    [Test]
    public async Task Amend_CriticalDeficiencyToMet_RecordedBesideTheComputedRescoredReplacedByASecondAndAudited()
    {
        var path = await Flow.EvaluatedAsync(NurseAndKitchen);
        var nurse = (await Flow.FindingsAsync(path))["STF-01"];

        var amendment = await Flow.Supervisor.PostJsonAsync($"{path}/findings/{nurse.Id()}/amendment",
            new { status = "met", reason = "The agency nurse covered the night shift; the roster was not updated.", evidence = "Signed agency invoice for every night of the month." },
            HttpStatusCode.Created);

        amendment.Text("computedStatus").Should().Be("NotMet");
        amendment.Text("computedGrade").Should().NotBeNullOrEmpty();
        amendment.Text("status").Should().Be("Met");
        amendment.Text("review").Should().Be("Pending");
        amendment.Text("amendedByName").Should().Be("Supervisor, northern district");
        amendment.GetProperty("current").GetBoolean().Should().BeTrue();
        var result = (await Flow.Supervisor.GetJsonAsync($"{path}?lang=en")).GetProperty("result");
        result.GetProperty("overallScore").GetDecimal().Should().BeApproximately(0.982143m, 0.000001m);
        result.Text("rating").Should().Be("excellent");
        result.GetProperty("caps").GetArrayLength().Should().Be(0, "the critical deficiency that capped the rating was amended to met");
        var staffing = result.GetProperty("domains").EnumerateArray().Single(d => d.Text("domain") == "staffing");
        staffing.GetProperty("met").GetInt32().Should().Be(4);
        staffing.GetProperty("notMet").GetInt32().Should().Be(0);
        var amended = result.GetProperty("amended");
        amended.GetProperty("amended").GetInt32().Should().Be(1);
        amended.Strings("standards").Should().Equal("STF-01");
        amended.Text("summary").Should().Be("1 finding amended by the supervisor; scores and rating use the amended findings (1 awaiting the district's review)");
        var change = result.GetProperty("changes").EnumerateArray().Single();
        change.Text("reason").Should().Be("finding STF-01 amended by the supervisor: not met -> met");
        change.Text("ratingBefore").Should().Be("adequate");
        change.Text("ratingAfter").Should().Be("excellent");
        var finding = (await Flow.FindingsAsync(path))["STF-01"];
        finding.Text("status").Should().Be("NotMet", "the computed finding stays recorded");
        finding.GetProperty("amendment").Text("status").Should().Be("Met");
        finding.GetProperty("amendment").Text("reason").Should().StartWith("The agency nurse");

        var second = await Flow.Supervisor.PostJsonAsync($"{path}/findings/{nurse.Id()}/amendment",
            new { status = "not-met", scope = "isolated", reason = "One night shift had no nurse after all.", evidence = "The invoice misses the 12th." },
            HttpStatusCode.Created);

        var history = (await Flow.Supervisor.GetJsonAsync($"{path}/amendments")).EnumerateArray().ToList();
        history.Should().HaveCount(2, "a second amendment replaces the first, and both stay recorded");
        history[0].Id().Should().Be(amendment.Id());
        history[0].GetProperty("current").GetBoolean().Should().BeFalse();
        history[0].Text("ending").Should().Be("Replaced");
        history[1].Id().Should().Be(second.Id());
        history[1].GetProperty("current").GetBoolean().Should().BeTrue();
        var after = (await Flow.Supervisor.GetJsonAsync($"{path}?lang=en")).GetProperty("result");
        after.GetProperty("overallScore").GetDecimal().Should().BeApproximately(0.944643m, 0.000001m, "STF-01 is not met again");
        after.Text("rating").Should().Be("adequate", "a critical deficiency, of isolated scope now (grade G), caps the rating");
        after.GetProperty("caps").EnumerateArray().Single().Strings("standards").Should().Equal("STF-01");
        after.GetProperty("changes").GetArrayLength().Should().Be(2);
        (await Flow.FindingsAsync(path))["STF-01"].GetProperty("amendment").Text("scope").Should().Be("isolated");
        var audit = await Factory.ReadDatabaseAsync(db => db.AuditLog.Where(e => e.Entity == "Amendment").ToListAsync());
        audit.Where(e => e.Action == "Added").Select(e => e.EntityId).Should().BeEquivalentTo([amendment.Id().ToString(), second.Id().ToString()]);
        audit.Should().Contain(e => e.Action == "Modified" && e.EntityId == amendment.Id().ToString() && e.After!.Contains("\"Ending\":\"Replaced\""));
        audit.Should().OnlyContain(e => e.UserName == "supervisor.north");
    }

    [Test]
    public async Task Withdraw_Amendment_ComputedFindingCountsAgainAndTheAmendmentStaysRecorded()
    {
        var path = await Flow.EvaluatedAsync(NurseAndKitchen);
        var nurse = (await Flow.FindingsAsync(path))["STF-01"];
        await Flow.Supervisor.PostJsonAsync($"{path}/findings/{nurse.Id()}/amendment",
            new { status = "not-applicable", reason = "Nursing is contracted out for this wing.", evidence = "Contract seen." }, HttpStatusCode.Created);

        using var withdrawn = await Flow.Supervisor.DeleteAsync($"{path}/findings/{nurse.Id()}/amendment");

        withdrawn.StatusCode.Should().Be(HttpStatusCode.OK, await withdrawn.Content.ReadAsStringAsync());
        var result = (await Flow.Supervisor.GetJsonAsync(path)).GetProperty("result");
        result.GetProperty("overallScore").GetDecimal().Should().BeApproximately(0.944643m, 0.000001m);
        result.Text("rating").Should().Be("adequate");
        result.GetProperty("amended").ValueKind.Should().Be(JsonValueKind.Null);
        result.GetProperty("changes").EnumerateArray().Last().Text("reason").Should().Be("amendment of finding STF-01 withdrawn by the supervisor: the computed finding (not met) counts again");
        var history = (await Flow.Supervisor.GetJsonAsync($"{path}/amendments")).EnumerateArray().Single();
        history.Text("ending").Should().Be("Withdrawn");
        (await Flow.FindingsAsync(path))["STF-01"].GetProperty("amendment").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Test]
    public async Task Review_ReturnedAmendmentBlocksTheReportUntilAmendedAgainAndAccepted_ThenTheReportPrintsIt()
    {
        var path = await Flow.EvaluatedAsync(NurseAndKitchen);
        var nurse = (await Flow.FindingsAsync(path))["STF-01"];
        var first = await Flow.Supervisor.PostJsonAsync($"{path}/findings/{nurse.Id()}/amendment",
            new { status = "met", reason = "The roster was out of date.", evidence = "Agency invoices." }, HttpStatusCode.Created);

        async Task<string> Review(HttpClient client, JsonElement amendment, object body, HttpStatusCode status)
        {
            using var response = await client.PostAsJsonAsync($"{path}/amendments/{amendment.Id()}/review", body);
            return await response.ShouldBeProblemAsync(status);
        }

        (await Review(_reviewer, first, new { decision = "return" }, HttpStatusCode.BadRequest)).Should().Contain("say why the amendment is returned");
        var returned = await _reviewer.PostJsonAsync($"{path}/amendments/{first.Id()}/review", new { decision = "return", note = "Invoices are not a roster: attach the shift log." });
        returned.Text("review").Should().Be("Returned");
        returned.Text("reviewedByName").Should().Be("Second supervisor, northern district");
        using var issue = await Flow.Supervisor.PostAsync($"{path}/issue-report", null);
        var blocked = await issue.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        blocked.Should().Contain("the district returned the amendment of STF-01");
        var inspection = await Flow.Supervisor.GetJsonAsync($"{path}?lang=en");
        inspection.Text("status").Should().Be("Evaluated");
        inspection.Strings("possibleActions").Should().NotContain("IssueReport");
        inspection.GetProperty("result").GetProperty("amended").GetProperty("returned").GetInt32().Should().Be(1);
        inspection.GetProperty("result").Text("rating").Should().Be("excellent", "a returned amendment still counts until the supervisor acts on it");

        var again = await Flow.Supervisor.PostJsonAsync($"{path}/findings/{nurse.Id()}/amendment",
            new { status = "met", reason = "The shift log shows a nurse on every shift.", evidence = "Shift log, pages 3-9." }, HttpStatusCode.Created);
        (await Review(Flow.Supervisor, again, new { decision = "accept" }, HttpStatusCode.Forbidden)).Should().Contain("someone other than the supervisor who made it");
        (await Review(_reviewer, first, new { decision = "accept" }, HttpStatusCode.Conflict)).Should().Contain("a later amendment replaced it");
        await Review(Flow.Provider, again, new { decision = "accept" }, HttpStatusCode.Forbidden);
        var accepted = await _reviewer.PostJsonAsync($"{path}/amendments/{again.Id()}/review", new { decision = "accept" });
        accepted.Text("review").Should().Be("Accepted");
        (await Review(_reviewer, again, new { decision = "return", note = "On second thoughts." }, HttpStatusCode.Conflict)).Should().Contain("already reviewed: accepted");
        await Flow.Supervisor.PostJsonAsync($"{path}/issue-report");
        var audit = await Factory.ReadDatabaseAsync(db => db.AuditLog.Where(e => e.Entity == "Amendment" && e.UserName == "supervisor.north.two").ToListAsync());
        audit.Should().HaveCount(2, "the return and the acceptance are audited");

        await JobsTestHost.UntilAsync(async () =>
            (await Flow.Supervisor.GetJsonAsync($"{path}/reports")).EnumerateArray().Any(e => e.Text("report") == "compliance"), $"the compliance report of {path}", 180);
        using var response = await Flow.Provider.GetAsync($"{path}/reports/compliance/pdf?lang=en");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var pdf = ReportPdf.Read(await response.Content.ReadAsByteArrayAsync(), ReportLanguage.English);
        foreach (var phrase in new[]
        {
            "Professional judgment: amended findings", "1 finding amended by the supervisor; scores and rating use the amended finding.",
            "amended; computed: Not met", "The shift log shows a nurse on every shift.", "Shift log, pages 3-9.", "Supervisor, northern district",
            "Second supervisor, northern district", "Accepted",
        })
        {
            pdf.Contains(phrase).Should().BeTrue("the report prints '{0}':\n{1}", phrase, pdf.Text);
        }

        pdf.Contains("The roster was out of date.").Should().BeFalse("only the amendment that counts is printed");
    }

    [Test]
    public async Task Amend_BadOrUntimelyRequests_RefusedWithProblemDetailsAndNothingRecorded()
    {
        var path = await Flow.EvaluatedAsync(NurseAndKitchen);
        var findings = await Flow.FindingsAsync(path);
        var nurse = $"{path}/findings/{findings["STF-01"].Id()}/amendment";
        var met = findings.Values.First(f => f.Text("status") == "Met");
        var before = (await Flow.Supervisor.GetJsonAsync(path)).GetProperty("result").GetProperty("overallScore").GetDecimal();

        static async Task<string> Refused(HttpClient client, string url, object body, HttpStatusCode status)
        {
            using var response = await client.PostAsJsonAsync(url, body);
            return await response.ShouldBeProblemAsync(status);
        }

        (await Refused(Flow.Supervisor, nurse, new { status = "incomplete", reason = "r", evidence = "e" }, HttpStatusCode.BadRequest)).Should().Contain("expected met, not-met or not-applicable");
        (await Refused(Flow.Supervisor, nurse, new { reason = "r", evidence = "e" }, HttpStatusCode.BadRequest)).Should().Contain("expected met, not-met or not-applicable");
        (await Refused(Flow.Supervisor, nurse, new { status = "met", grade = "G", reason = "r", evidence = "e" }, HttpStatusCode.BadRequest))
            .Should().Contain("only a deficiency (not met) has a scope and grade");
        (await Refused(Flow.Supervisor, nurse, new { status = "not-met", grade = "G", reason = "r", evidence = "e" }, HttpStatusCode.BadRequest))
            .Should().Contain("name the scope with the grade 'G'");
        (await Refused(Flow.Supervisor, nurse, new { status = "not-met", scope = "isolated", grade = "Z", reason = "r", evidence = "e" }, HttpStatusCode.BadRequest))
            .Should().Contain("'Z' is not a grade of the rule set's grid for the scope isolated; allowed: A, D, G");
        (await Refused(Flow.Supervisor, nurse, new { status = "not-met", scope = "everywhere", reason = "r", evidence = "e" }, HttpStatusCode.BadRequest))
            .Should().Contain("expected isolated, pattern or widespread");
        (await Refused(Flow.Supervisor, nurse, new { status = "met", reason = "  ", evidence = "e" }, HttpStatusCode.BadRequest)).Should().Contain("say why the computed finding is amended");
        (await Refused(Flow.Supervisor, nurse, new { status = "met", reason = "r" }, HttpStatusCode.BadRequest)).Should().Contain("name the evidence");
        (await Refused(Flow.Supervisor, nurse, new { status = "met", reason = "r", attachments = new[] { Guid.NewGuid() } }, HttpStatusCode.BadRequest))
            .Should().Contain("not attachments of this inspection");
        (await Refused(Flow.Supervisor, nurse, new { status = "not-met", reason = "r", evidence = "e" }, HttpStatusCode.BadRequest)).Should().Contain("the amendment changes nothing");
        (await Refused(Flow.Supervisor, $"{path}/findings/{met.Id()}/amendment", new { status = "not-met", reason = "r", evidence = "e" }, HttpStatusCode.BadRequest))
            .Should().Contain("needs its scope");
        await Refused(Flow.Supervisor, $"{path}/findings/{Guid.NewGuid()}/amendment", new { status = "met", reason = "r", evidence = "e" }, HttpStatusCode.NotFound);
        await Refused(Flow.Provider, nurse, new { status = "met", reason = "r", evidence = "e" }, HttpStatusCode.Forbidden);
        await Refused(_analyst, nurse, new { status = "met", reason = "r", evidence = "e" }, HttpStatusCode.Forbidden);
        (await Refused(_reviewer, nurse, new { status = "met", reason = "r", evidence = "e" }, HttpStatusCode.Forbidden))
            .Should().Contain("Only the inspection's own supervisor", "another supervisor of the district reviews amendments but does not make them");

        (await Flow.Supervisor.GetJsonAsync($"{path}/amendments")).GetArrayLength().Should().Be(0, "nothing refused is recorded");
        (await Flow.Supervisor.GetJsonAsync(path)).GetProperty("result").GetProperty("overallScore").GetDecimal().Should().Be(before);

        await Flow.Supervisor.PostJsonAsync($"{path}/issue-report");
        (await Refused(Flow.Supervisor, nurse, new { status = "met", reason = "r", evidence = "e" }, HttpStatusCode.Conflict))
            .Should().Contain("after issue, the provider disputes a finding and the supervisor decides the dispute");
    }
}
