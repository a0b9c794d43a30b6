using System.Net;
using System.Text.Json.Nodes;

namespace Inspection.Api.Tests.Inspections;

/// <summary>A provider's self-assessment ends in an improvement plan of its own, never mixed into official results.</summary>
public sealed class ImprovementPlanTests : InspectionFlowFixture
{

    [Test]
    public async Task SelfAssessment_Evaluated_TakesAnImprovementPlanThatNobodyApproves()
    {
        var path = await EvaluatedSelfAssessmentAsync();
        var findings = await Flow.FindingsAsync(path, Flow.Provider);
        var weekend = findings["ACT-01"];

        var plan = await Flow.Provider.PutJsonAsync($"{path}/improvement-plan", new
        {
            version = 0,
            actions = new[] { new { findingId = weekend.Id(), description = "A weekend activity rota", owner = "Activities lead", dueDate = InspectionFlow.Today.AddDays(45) } },
        });

        plan.Text("purpose").Should().Be("Improvement");
        plan.Text("status").Should().Be("Draft");
        (await Flow.Provider.GetJsonAsync($"{path}/improvement-plan")).GetProperty("actions").GetArrayLength().Should().Be(1);
        await Flow.Provider.GetJsonAsync($"{path}/correction-plan", HttpStatusCode.NotFound);
        await Flow.Provider.PutJsonAsync($"{path}/correction-plan", new { version = 0, actions = Array.Empty<object>() }, HttpStatusCode.Conflict);
        await Flow.Supervisor.PutJsonAsync($"{path}/improvement-plan", new { version = 1, actions = Array.Empty<object>() }, HttpStatusCode.Forbidden);
        (await Flow.Provider.PostJsonAsync($"{path}/close")).Text("status").Should().Be("Closed");
    }

    [Test]
    public async Task ImprovementPlan_OnAnExternalInspection_Is409()
    {
        var path = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?> { ["kitchen_clean"] = false });
        await Flow.Supervisor.PostJsonAsync($"{path}/issue-report");

        var refused = await Flow.Provider.PutJsonAsync($"{path}/improvement-plan", new { version = 0, actions = Array.Empty<object>() }, HttpStatusCode.Conflict);

        refused.Text("detail").Should().Contain("correction plan");
    }

    [Test]
    public async Task CorrectionPlan_DueDateInThePast_Is400AndNothingIsSaved()
    {
        var path = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?> { ["kitchen_clean"] = false });
        await Flow.Supervisor.PostJsonAsync($"{path}/issue-report");
        var kitchen = (await Flow.FindingsAsync(path))["NUT-02"];

        var refused = await Flow.Provider.PutJsonAsync($"{path}/correction-plan", new
        {
            version = 0,
            actions = new[] { new { findingId = kitchen.Id(), description = "Clean", owner = "Chef", dueDate = InspectionFlow.Today.AddDays(-1) } },
        }, HttpStatusCode.BadRequest);

        refused.GetProperty("errors").GetProperty("actions[0]")[0].GetString().Should().Contain("has already passed");
        await Flow.Provider.GetJsonAsync($"{path}/correction-plan", HttpStatusCode.NotFound);
    }

    private async Task<string> EvaluatedSelfAssessmentAsync()
    {
        var planned = await Flow.Provider.PostJsonAsync("/api/inspections",
            new { facilityId = await Flow.FacilityAsync(), kind = "self-assessment", plannedDate = InspectionFlow.Today }, HttpStatusCode.Created);
        var path = $"/api/inspections/{planned.Id()}";
        var questionnaire = await Flow.Provider.GetJsonAsync($"{path}/questionnaire");
        await Flow.Provider.PutJsonAsync($"{path}/answers", new
        {
            version = 0,
            answers = LifecycleAnswers.Institution(questionnaire, InspectionFlow.Today, new Dictionary<string, JsonNode?> { ["weekend_activities"] = false }),
            residents = LifecycleAnswers.Residents(questionnaire, InspectionFlow.Today, 3),
            census = InspectionFlow.Census(questionnaire, 3),
        });
        await Flow.Provider.PostJsonAsync($"{path}/submit");
        await Flow.Provider.PostJsonAsync($"{path}/evaluate");
        return path;
    }
}
