using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inspection.Api.Tests.Inspections;

/// <summary>
/// A withdrawn finding leaves the result: the inspection is re-scored by the Engine as if the standard
/// did not apply, and the change is recorded with its reason.
/// </summary>
/// <remarks>
/// The care-home catalog (1.1.0) answered well except for a registered nurse on every shift (STF-01,
/// critical, weight 3, domain staffing) and a clean kitchen (NUT-02, major, weight 2, domain nutrition).
/// Domain weights: safety 3, health 3, nutrition 2, staffing 2, rights 3, care planning 2, activity 1 (16).
/// Staffing: STF-02 3 + STF-03 2 + STF-04 2 met of 10 = 0.7. Nutrition: 12 of 14 = 6/7. Others 1.
/// Overall = (3 + 3 + 2 x 6/7 + 2 x 0.7 + 3 + 2 + 1) / 16 = 0.944643: excellent by the score, capped at
/// adequate by the critical deficiency. STF-01 withdrawn: staffing 7 of 7 = 1, overall = (14 + 12/7) / 16
/// = 0.982143, no cap: excellent.
/// </remarks>
public sealed class RescoreTests : InspectionFlowFixture
{
    [Test]
    public async Task Withdraw_CriticalDeficiencyDisputed_RescoredWithoutItTheCapLiftedAndTheChangeRecorded()
    {
        var path = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?> { ["rn_every_shift"] = false, ["kitchen_clean"] = false });
        var before = (await Flow.Supervisor.GetJsonAsync($"{path}?lang=en")).GetProperty("result");
        before.GetProperty("overallScore").GetDecimal().Should().BeApproximately(0.944643m, 0.000001m);
        before.Text("scoreBand").Should().Be("excellent");
        before.Text("rating").Should().Be("adequate");
        var cap = before.GetProperty("caps").EnumerateArray().Single();
        cap.Text("code").Should().Be("critical-unmet");
        cap.Strings("standards").Should().Equal("STF-01");
        cap.GetProperty("lowered").GetBoolean().Should().BeTrue();
        Domain(before, "staffing").GetProperty("score").GetDecimal().Should().Be(0.7m);

        await Flow.Supervisor.PostJsonAsync($"{path}/issue-report");
        var nurse = (await Flow.FindingsAsync(path))["STF-01"];
        var dispute = await Flow.Provider.PostJsonAsync($"{path}/findings/{nurse.Id()}/disputes",
            new { reason = "The signed roster has a nurse on every shift." }, HttpStatusCode.Created);
        await Flow.Supervisor.PostJsonAsync($"{path}/disputes/{dispute.Id()}/decision", new { decision = "withdrawn", note = "Signed roster seen." });

        var inspection = await Flow.Supervisor.GetJsonAsync($"{path}?lang=en");
        var after = inspection.GetProperty("result");
        after.GetProperty("overallScore").GetDecimal().Should().BeApproximately(0.982143m, 0.000001m);
        after.Text("scoreBand").Should().Be("excellent");
        after.Text("rating").Should().Be("excellent");
        inspection.Text("rating").Should().Be("excellent");
        after.GetProperty("caps").GetArrayLength().Should().Be(0, "the critical deficiency that capped the rating was withdrawn");
        var staffing = Domain(after, "staffing");
        staffing.GetProperty("score").GetDecimal().Should().Be(1m);
        staffing.GetProperty("met").GetInt32().Should().Be(3);
        staffing.GetProperty("notMet").GetInt32().Should().Be(0);
        Domain(after, "nutrition").GetProperty("notMet").GetInt32().Should().Be(1, "the kitchen deficiency stands");
        after.GetProperty("coverage").GetProperty("share").GetDecimal().Should().Be(1m);
        after.GetProperty("coverage").Strings("unjudged").Should().BeEmpty("a withdrawn standard is not an unjudged one");
        var change = after.GetProperty("changes").EnumerateArray().Single();
        change.Text("reason").Should().Be("finding STF-01 withdrawn after a dispute");
        change.Text("ratingBefore").Should().Be("adequate");
        change.Text("ratingAfter").Should().Be("excellent");
        change.GetProperty("scoreBefore").GetDecimal().Should().BeApproximately(0.944643m, 0.000001m);
        change.GetProperty("scoreAfter").GetDecimal().Should().BeApproximately(0.982143m, 0.000001m);
        inspection.GetProperty("standing").GetProperty("withdrawn").GetInt32().Should().Be(1);
        (await Flow.FindingsAsync(path))["STF-01"].Text("status").Should().Be("NotMet", "the finding keeps what was found; it is withdrawn, not rewritten");
    }

    [Test]
    public async Task Uphold_Deficiency_ResultUnchanged()
    {
        var path = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?> { ["rn_every_shift"] = false });
        await Flow.Supervisor.PostJsonAsync($"{path}/issue-report");
        var before = (await Flow.Supervisor.GetJsonAsync(path)).GetProperty("result");
        var nurse = (await Flow.FindingsAsync(path))["STF-01"];
        var dispute = await Flow.Provider.PostJsonAsync($"{path}/findings/{nurse.Id()}/disputes", new { reason = "We disagree." }, HttpStatusCode.Created);

        await Flow.Supervisor.PostJsonAsync($"{path}/disputes/{dispute.Id()}/decision", new { decision = "upheld" });

        var after = (await Flow.Supervisor.GetJsonAsync(path)).GetProperty("result");
        after.Text("rating").Should().Be("adequate").And.Be(before.Text("rating"));
        after.GetProperty("overallScore").GetDecimal().Should().Be(before.GetProperty("overallScore").GetDecimal());
        after.GetProperty("changes").GetArrayLength().Should().Be(0);
    }

    private static JsonElement Domain(JsonElement result, string code) =>
        result.GetProperty("domains").EnumerateArray().Single(d => d.Text("domain") == code);
}
