using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Inspections;

/// <summary>
/// Two people editing the same answers or the same correction plan: a save made against a version
/// that has moved on is refused with the current version, and nothing of it is stored.
/// </summary>
public sealed class LifecycleConcurrencyTests
{
    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow);
    private InspectionApiFactory _factory = null!;
    private HttpClient _supervisor = null!;
    private HttpClient _administrator = null!;
    private HttpClient _director = null!;
    private HttpClient _headNurse = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        _supervisor = await _factory.ClientAsAsync("supervisor.north");
        _administrator = await _factory.ClientAsAsync("admin");
        // Two people of the same provider, each with their own client.
        _director = await _factory.ClientAsAsync("provider.shalom");
        _headNurse = await _factory.ClientAsAsync("provider.shalom");
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _supervisor.Dispose();
        _administrator.Dispose();
        _director.Dispose();
        _headNurse.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task SaveAnswers_SecondClientAtTheSameVersion_Is409WithCurrentVersionAndStoresNothing()
    {
        var (id, questionnaire) = await StartedInspectionAsync();
        var path = $"/api/inspections/{id}/answers";
        await _supervisor.PutJsonAsync(path, new { version = 0, answers = new Dictionary<string, object> { ["fire_approval_valid"] = true } });
        var loadedBySupervisor = (await _supervisor.GetJsonAsync(path)).GetProperty("version").GetInt32();
        var loadedByAdministrator = (await _administrator.GetJsonAsync(path)).GetProperty("version").GetInt32();
        loadedBySupervisor.Should().Be(1);
        loadedByAdministrator.Should().Be(1);

        var first = await _supervisor.PutJsonAsync(path, new { version = loadedBySupervisor, answers = new Dictionary<string, object> { ["kitchen_clean"] = true } });
        var second = await _administrator.PutJsonAsync(path, new
        {
            version = loadedByAdministrator,
            answers = new Dictionary<string, object> { ["kitchen_clean"] = false, ["rn_every_shift"] = true, ["fire_approval_valid"] = false },
            residents = LifecycleAnswers.Residents(questionnaire, _today, 2),
        }, HttpStatusCode.Conflict);

        first.GetProperty("version").GetInt32().Should().Be(2);
        second.GetProperty("currentVersion").GetInt32().Should().Be(2);
        second.GetProperty("current").GetProperty("answers").GetProperty("kitchen_clean").GetBoolean().Should().BeTrue("the reply shows what the other client saved");
        var stored = await StoredAnswersAsync(id);
        stored.Version.Should().Be(2);
        stored.Answers.Should().BeEquivalentTo(new Dictionary<string, string> { ["fire_approval_valid"] = "true", ["kitchen_clean"] = "true" });
        stored.Residents.Should().Be(0);
    }

    [Test]
    public async Task SaveAnswers_TwoClientsAtOnce_OneWinsAndTheOtherIs409()
    {
        var (id, _) = await StartedInspectionAsync();
        var path = new Uri($"/api/inspections/{id}/answers", UriKind.Relative);

        var responses = await Task.WhenAll(
            _supervisor.PutAsJsonAsync(path, new { version = 0, answers = new Dictionary<string, object> { ["kitchen_clean"] = true, ["rn_every_shift"] = true } }),
            _administrator.PutAsJsonAsync(path, new { version = 0, answers = new Dictionary<string, object> { ["kitchen_clean"] = false, ["call_bells_working"] = false } }));

        responses.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Conflict],
            "answers were {0} and {1}", await responses[0].Content.ReadAsStringAsync(), await responses[1].Content.ReadAsStringAsync());
        var winner = responses[0].StatusCode == HttpStatusCode.OK ? 0 : 1;
        using (var loser = JsonDocument.Parse(await responses[1 - winner].Content.ReadAsStringAsync()))
        {
            // Whether the loser saw the winner's version or lost at the database, it is told the current version.
            loser.RootElement.GetProperty("currentVersion").GetInt32().Should().Be(1);
        }

        var stored = await StoredAnswersAsync(id);
        stored.Version.Should().Be(1);
        stored.Answers.Should().BeEquivalentTo(winner == 0
            ? new Dictionary<string, string> { ["kitchen_clean"] = "true", ["rn_every_shift"] = "true" }
            : new Dictionary<string, string> { ["kitchen_clean"] = "false", ["call_bells_working"] = "false" });
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task SaveCorrectionPlan_SecondClientAtTheSameVersion_Is409WithCurrentVersionAndStoresNothing()
    {
        var (id, deficiencies) = await ReportIssuedAsync();
        var path = $"/api/inspections/{id}/correction-plan";
        var draft = await _director.PutJsonAsync(path, new { version = 0, actions = deficiencies.Select(f => Action(f, "First draft", "Director")) });
        var loadedByDirector = (await _director.GetJsonAsync(path)).GetProperty("version").GetInt32();
        var loadedByHeadNurse = (await _headNurse.GetJsonAsync(path)).GetProperty("version").GetInt32();
        loadedByDirector.Should().Be(draft.GetProperty("version").GetInt32());
        loadedByHeadNurse.Should().Be(loadedByDirector);

        var first = await _director.PutJsonAsync(path, new { version = loadedByDirector, actions = deficiencies.Select(f => Action(f, "Director's plan", "Director")) });
        var second = await _headNurse.PutJsonAsync(path,
            new { version = loadedByHeadNurse, actions = deficiencies.Take(1).Select(f => Action(f, "Head nurse's plan", "Head nurse")) }, HttpStatusCode.Conflict);

        first.GetProperty("version").GetInt32().Should().Be(loadedByDirector + 1);
        second.GetProperty("currentVersion").GetInt32().Should().Be(loadedByDirector + 1);
        var stored = await _factory.ReadDatabaseAsync(db => db.CorrectionPlans.Include(p => p.Actions).AsNoTracking().SingleAsync(p => p.InspectionId == id));
        stored.Version.Should().Be(loadedByDirector + 1);
        stored.Actions.Select(a => (a.Description, a.Owner)).Should().AllBeEquivalentTo(("Director's plan", "Director"));
        stored.Actions.Select(a => a.FindingId).Should().BeEquivalentTo(deficiencies);
    }

    [Test]
    public async Task SaveCorrectionPlan_AfterSubmission_Is409AndThePlanStays()
    {
        var (id, deficiencies) = await ReportIssuedAsync();
        var path = $"/api/inspections/{id}/correction-plan";
        var draft = await _director.PutJsonAsync(path, new { version = 0, actions = deficiencies.Select(f => Action(f, "Director's plan", "Director")) });
        var submitted = await _director.PostJsonAsync($"{path}/submit");

        await _headNurse.PutJsonAsync(path, new { version = submitted.GetProperty("version").GetInt32(), actions = Array.Empty<object>() }, HttpStatusCode.Conflict);

        var stored = await _director.GetJsonAsync(path);
        stored.Text("status").Should().Be("Submitted");
        stored.GetProperty("actions").GetArrayLength().Should().Be(draft.GetProperty("actions").GetArrayLength());
    }

    private async Task<(Guid Id, JsonElement Questionnaire)> StartedInspectionAsync()
    {
        var facility = await FacilityAsync();
        var planned = await _supervisor.PostJsonAsync("/api/inspections",
            new { facilityId = facility, kind = "regular", plannedDate = _today.AddDays(2) }, HttpStatusCode.Created);
        await _supervisor.PostJsonAsync($"/api/inspections/{planned.Id()}/start");
        return (planned.Id(), await _supervisor.GetJsonAsync($"/api/inspections/{planned.Id()}/questionnaire"));
    }

    /// <summary>An inspection whose report is issued with two deficiencies (their finding ids).</summary>
    private async Task<(Guid Id, List<Guid> Deficiencies)> ReportIssuedAsync()
    {
        var (id, questionnaire) = await StartedInspectionAsync();
        var path = $"/api/inspections/{id}";
        await _supervisor.PutJsonAsync($"{path}/answers", new
        {
            version = 0,
            answers = LifecycleAnswers.Institution(questionnaire, _today, new Dictionary<string, JsonNode?> { ["rn_every_shift"] = false, ["kitchen_clean"] = false }),
            residents = LifecycleAnswers.Residents(questionnaire, _today, 3),
        });
        await _supervisor.PostJsonAsync($"{path}/submit");
        await _supervisor.PostJsonAsync($"{path}/evaluate");
        await _supervisor.PostJsonAsync($"{path}/issue-report");
        var findings = await _supervisor.GetJsonAsync($"{path}/findings");
        var deficiencies = findings.EnumerateArray().Where(f => f.Text("status") == "NotMet").Select(f => f.Id()).ToList();
        deficiencies.Should().HaveCount(2);
        return (id, deficiencies);
    }

    private async Task<Guid> FacilityAsync()
    {
        var own = (await _director.GetJsonAsync("/api/facilities")).EnumerateArray().Select(f => f.Id()).ToHashSet();
        var north = await _supervisor.GetJsonAsync("/api/facilities?district=north&serviceType=elderly-care-home");
        return north.EnumerateArray().Select(f => f.Id()).First(own.Contains);
    }

    private object Action(Guid findingId, string description, string owner) =>
        new { findingId, description, owner, dueDate = _today.AddDays(45) };

    private Task<(int Version, Dictionary<string, string> Answers, int Residents)> StoredAnswersAsync(Guid id) =>
        _factory.ReadDatabaseAsync(async db => (
            await db.Inspections.Where(i => i.Id == id).Select(i => i.AnswersVersion).SingleAsync(),
            await db.InstitutionAnswers.Where(a => a.InspectionId == id).ToDictionaryAsync(a => a.QuestionCode, a => a.ValueJson),
            await db.SampledResidents.CountAsync(r => r.InspectionId == id)));
}
