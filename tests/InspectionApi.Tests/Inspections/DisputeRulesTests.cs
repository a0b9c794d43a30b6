using System.Net;
using System.Text.Json.Nodes;

namespace Inspection.Api.Tests.Inspections;

/// <summary>What a dispute may be about, and when it can be decided.</summary>
public sealed class DisputeRulesTests : InspectionFlowFixture
{

    [Test]
    public async Task Dispute_AMetFinding_Is409AndNothingIsRaised()
    {
        var path = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?> { ["kitchen_clean"] = false });
        await Flow.Supervisor.PostJsonAsync($"{path}/issue-report");
        var met = (await Flow.FindingsAsync(path)).Values.First(f => f.Text("status") == "Met");

        var refused = await Flow.Provider.PostJsonAsync($"{path}/findings/{met.Id()}/disputes", new { reason = "We agree, but still" }, HttpStatusCode.Conflict);

        refused.Text("detail").Should().Contain("only a deficiency can be disputed");
        (await Flow.Provider.GetJsonAsync($"{path}/disputes")).GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task Decide_AfterTheInspectionIsClosed_Is409AndTheDisputeStaysOpen()
    {
        var path = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?> { ["kitchen_clean"] = false });
        await Flow.Supervisor.PostJsonAsync($"{path}/issue-report");
        var kitchen = (await Flow.FindingsAsync(path))["NUT-02"];
        var dispute = await Flow.Provider.PostJsonAsync($"{path}/findings/{kitchen.Id()}/disputes", new { reason = "Cleaned right after" }, HttpStatusCode.Created);
        await Flow.Supervisor.PostJsonAsync($"{path}/close");

        var refused = await Flow.Supervisor.PostJsonAsync($"{path}/disputes/{dispute.Id()}/decision", new { decision = "withdrawn" }, HttpStatusCode.Conflict);

        refused.Text("detail").Should().Contain("closed");
        (await Flow.Supervisor.GetJsonAsync($"{path}/disputes")).EnumerateArray().Single().GetProperty("decision").ValueKind
            .Should().Be(System.Text.Json.JsonValueKind.Null);
        (await Flow.FindingsAsync(path))["NUT-02"].GetProperty("withdrawn").GetBoolean().Should().BeFalse();
    }

    [TestCase("7")]
    [TestCase("Upheld, Withdrawn")]
    [TestCase("1")]
    public async Task Decide_DecisionNotByItsName_Is400(string decision)
    {
        var path = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?> { ["kitchen_clean"] = false });
        await Flow.Supervisor.PostJsonAsync($"{path}/issue-report");
        var kitchen = (await Flow.FindingsAsync(path))["NUT-02"];
        var dispute = await Flow.Provider.PostJsonAsync($"{path}/findings/{kitchen.Id()}/disputes", new { reason = "Cleaned right after" }, HttpStatusCode.Created);

        await Flow.Supervisor.PostJsonAsync($"{path}/disputes/{dispute.Id()}/decision", new { decision }, HttpStatusCode.BadRequest);

        (await Flow.Supervisor.GetJsonAsync($"{path}/disputes")).EnumerateArray().Single().GetProperty("decision").ValueKind
            .Should().Be(System.Text.Json.JsonValueKind.Null);
    }
}
