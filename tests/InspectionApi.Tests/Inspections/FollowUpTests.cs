using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inspection.Api.Tests.Inspections;

/// <summary>
/// Results follow the process: a follow-up re-checks the open deficiencies, each re-checked deficiency
/// of the inspection followed up stands resolved or persisting, and a follow-up that finds everything
/// corrected asks for no correction plan.
/// </summary>
public sealed class FollowUpTests : InspectionFlowFixture
{

    [Test]
    public async Task FollowUp_TwoCorrectedOneNot_ResolvesTwoAndLeavesOnePersisting()
    {
        var (path, findings) = await Flow.PlanApprovedAsync(
            new Dictionary<string, JsonNode?> { ["kitchen_clean"] = false, ["rn_every_shift"] = false },
            (resident, question, good) => question == "privacy_respected" && resident < 2 ? false : good);
        findings.Where(f => f.Value.Text("status") == "NotMet").Select(f => f.Key).Should().BeEquivalentTo("NUT-02", "RGT-04", "STF-01");

        var followUp = await Flow.Supervisor.PostJsonAsync($"{path}/follow-up", new { plannedDate = InspectionFlow.Today.AddDays(30) }, HttpStatusCode.Created);
        followUp.Text("kind").Should().Be("FollowUp");
        followUp.Strings("recheckedStandards").Should().Equal("NUT-02", "RGT-04", "STF-01");
        var followUpPath = $"/api/inspections/{followUp.Id()}";
        await Flow.Supervisor.PostJsonAsync($"{followUpPath}/start");
        var recheck = await Flow.Supervisor.GetJsonAsync($"{followUpPath}/questionnaire");
        await Flow.Supervisor.PutJsonAsync($"{followUpPath}/answers", new
        {
            version = 0,
            answers = LifecycleAnswers.Institution(recheck, InspectionFlow.Today, new Dictionary<string, JsonNode?> { ["rn_every_shift"] = false }),
            residents = LifecycleAnswers.Residents(recheck, InspectionFlow.Today, 3),
            census = InspectionFlow.Census(recheck, 3),
        });
        await Flow.Supervisor.PostJsonAsync($"{followUpPath}/submit");
        await Flow.Supervisor.PostJsonAsync($"{followUpPath}/evaluate");

        var original = await Flow.Supervisor.GetJsonAsync(path);
        var standing = original.GetProperty("standing");
        standing.GetProperty("deficiencies").GetInt32().Should().Be(3);
        standing.GetProperty("resolved").GetInt32().Should().Be(2);
        standing.GetProperty("persisting").GetInt32().Should().Be(1);
        standing.GetProperty("open").GetInt32().Should().Be(0);
        var after = await Flow.FindingsAsync(path);
        after["NUT-02"].Text("standing").Should().Be("Resolved");
        after["RGT-04"].Text("standing").Should().Be("Resolved");
        after["STF-01"].Text("standing").Should().Be("Persisting");

        // The persisting deficiency is the follow-up's own deficiency: the provider answers it with a plan.
        await Flow.Supervisor.PostJsonAsync($"{followUpPath}/issue-report");
        (await Flow.Provider.GetJsonAsync(followUpPath)).Strings("possibleActions").Should().Equal("SubmitCorrectionPlan");
    }

    [Test]
    public async Task FollowUp_EverythingCorrected_AsksForNoCorrectionPlan()
    {
        var (path, _) = await Flow.PlanApprovedAsync(new Dictionary<string, JsonNode?> { ["kitchen_clean"] = false });
        var followUp = await Flow.Supervisor.PostJsonAsync($"{path}/follow-up", new { plannedDate = InspectionFlow.Today.AddDays(10) }, HttpStatusCode.Created);
        var followUpPath = $"/api/inspections/{followUp.Id()}";
        await Flow.Supervisor.PostJsonAsync($"{followUpPath}/start");
        var recheck = await Flow.Supervisor.GetJsonAsync($"{followUpPath}/questionnaire");
        await Flow.Supervisor.PutJsonAsync($"{followUpPath}/answers", new { version = 0, answers = LifecycleAnswers.Institution(recheck, InspectionFlow.Today) });
        await Flow.Supervisor.PostJsonAsync($"{followUpPath}/submit");
        await Flow.Supervisor.PostJsonAsync($"{followUpPath}/evaluate");
        await Flow.Supervisor.PostJsonAsync($"{followUpPath}/issue-report");

        (await Flow.Provider.GetJsonAsync(followUpPath)).Strings("possibleActions").Should().BeEmpty("nothing is left to correct");
        var refused = await Flow.Provider.PutJsonAsync($"{followUpPath}/correction-plan", new { version = 0, actions = Array.Empty<object>() }, HttpStatusCode.Conflict);
        refused.Text("detail").Should().Contain("no deficiency");
        await Flow.Provider.PostJsonAsync($"{followUpPath}/correction-plan/submit", expected: HttpStatusCode.Conflict);
        (await Flow.Supervisor.GetJsonAsync(path)).GetProperty("standing").GetProperty("resolved").GetInt32().Should().Be(1);
    }

    [Test]
    public async Task ScheduleFollowUp_InThePast_Is400AndSchedulesNothing()
    {
        var (path, _) = await Flow.PlanApprovedAsync(new Dictionary<string, JsonNode?> { ["kitchen_clean"] = false });

        var refused = await Flow.Supervisor.PostJsonAsync($"{path}/follow-up", new { plannedDate = InspectionFlow.Today.AddDays(-1) }, HttpStatusCode.BadRequest);

        refused.GetProperty("errors").GetProperty("plannedDate")[0].GetString().Should().Contain("today or later");
        (await Flow.Supervisor.GetJsonAsync(path)).Text("status").Should().Be("CorrectionPlanApproved");
    }

    [Test]
    public async Task ScheduleFollowUp_NoOpenDeficiency_Is409()
    {
        var path = await Flow.EvaluatedAsync();
        await Flow.Supervisor.PostJsonAsync($"{path}/issue-report");

        var inspection = await Flow.Supervisor.GetJsonAsync(path);

        inspection.Strings("possibleActions").Should().Equal("Close");
        inspection.GetProperty("standing").GetProperty("deficiencies").GetInt32().Should().Be(0);
        (await Flow.Provider.GetJsonAsync(path)).Strings("possibleActions").Should().BeEmpty("a report without deficiencies needs no correction plan");
    }
}
