using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Inspections;

/// <summary>
/// Concurrent state changes of one inspection: exactly one wins, the others get 409, and nothing is
/// stored twice (the inspection's revision is a concurrency token; open disputes have a unique index).
/// </summary>
public sealed class WorkflowRaceTests : InspectionFlowFixture
{

    [Test]
    public async Task Evaluate_EightAtOnce_OneWinsAndEveryFindingIsStoredOnce()
    {
        var (path, questionnaire) = await Flow.StartedAsync();
        await Flow.Supervisor.PutJsonAsync($"{path}/answers", new
        {
            version = 0,
            answers = LifecycleAnswers.Institution(questionnaire, InspectionFlow.Today),
            residents = LifecycleAnswers.Residents(questionnaire, InspectionFlow.Today, 4),
            census = InspectionFlow.Census(questionnaire, 4),
        });
        await Flow.Supervisor.PostJsonAsync($"{path}/submit");
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Factory.ClientAsAsync("supervisor.north")));

        var responses = await Task.WhenAll(clients.Select(c => c.PostAsync(new Uri($"{path}/evaluate", UriKind.Relative), null)));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).Should().Be(7);
        var id = Guid.Parse(path.Split('/')[^1]);
        var stored = await Factory.ReadDatabaseAsync(db => db.Findings.Where(f => f.InspectionId == id).Select(f => f.StandardCode).ToListAsync());
        stored.Should().OnlyHaveUniqueItems().And.HaveCountGreaterThan(40, "the care-home catalog has 46 standards");
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Test]
    public async Task Start_TwiceAtOnce_OneWins()
    {
        var planned = await Flow.Supervisor.PostJsonAsync("/api/inspections",
            new { facilityId = await Flow.FacilityAsync(), kind = "regular", plannedDate = InspectionFlow.Today.AddDays(4) }, HttpStatusCode.Created);
        using var other = await Factory.ClientAsAsync("supervisor.north");

        var responses = await Task.WhenAll(
            Flow.Supervisor.PostAsync(new Uri($"/api/inspections/{planned.Id()}/start", UriKind.Relative), null),
            other.PostAsync(new Uri($"/api/inspections/{planned.Id()}/start", UriKind.Relative), null));

        responses.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Conflict]);
    }

    [Test]
    public async Task Dispute_SameFindingFourTimesAtOnce_OneOpenDispute()
    {
        var path = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?> { ["kitchen_clean"] = false });
        await Flow.Supervisor.PostJsonAsync($"{path}/issue-report");
        var kitchen = (await Flow.FindingsAsync(path))["NUT-02"];
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Factory.ClientAsAsync("provider.shalom")));

        var responses = await Task.WhenAll(clients.Select(c =>
            c.PostAsJsonAsync(new Uri($"{path}/findings/{kitchen.Id()}/disputes", UriKind.Relative), new { reason = "Cleaned an hour later" })));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).Should().Be(3);
        (await Flow.Provider.GetJsonAsync($"{path}/disputes")).GetArrayLength().Should().Be(1);
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }
}
