using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inspection.Api.Tests.Inspections;

/// <summary>
/// Drives inspections of a northern care home (run by the operator <c>provider.shalom</c> speaks for)
/// through the API the way its users would, to the point a test needs.
/// </summary>
internal sealed class InspectionFlow(HttpClient supervisor, HttpClient provider)
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public HttpClient Supervisor => supervisor;

    public HttpClient Provider => provider;

    /// <summary>A care home in the northern district run by the operator the provider speaks for.</summary>
    public async Task<Guid> FacilityAsync()
    {
        var providers = (await provider.GetJsonAsync("/api/facilities")).EnumerateArray().Select(f => f.Id()).ToHashSet();
        var north = await supervisor.GetJsonAsync("/api/facilities?district=north&serviceType=elderly-care-home");
        return north.EnumerateArray().Select(f => f.Id()).First(providers.Contains);
    }

    /// <summary>A started regular inspection and its questionnaire.</summary>
    public async Task<(string Path, JsonElement Questionnaire)> StartedAsync(int daysAhead = 7)
    {
        var planned = await supervisor.PostJsonAsync("/api/inspections",
            new { facilityId = await FacilityAsync(), kind = "regular", plannedDate = Today.AddDays(daysAhead) }, HttpStatusCode.Created);
        var path = $"/api/inspections/{planned.Id()}";
        await supervisor.PostJsonAsync($"{path}/start");
        return (path, await supervisor.GetJsonAsync($"{path}/questionnaire"));
    }

    /// <summary>
    /// An inspection answered well except where <paramref name="institution"/> and <paramref name="adjust"/>
    /// say otherwise (a null institution answer leaves the question unanswered), submitted (as it stands when
    /// <paramref name="acceptIncomplete"/>) and evaluated; its path.
    /// </summary>
    public async Task<string> EvaluatedAsync(
        IReadOnlyDictionary<string, JsonNode?>? institution = null, int residents = 4, Func<int, string, JsonNode?, JsonNode?>? adjust = null,
        bool acceptIncomplete = false)
    {
        var (path, questionnaire) = await StartedAsync();
        await supervisor.PutJsonAsync($"{path}/answers", new
        {
            version = 0,
            answers = LifecycleAnswers.Institution(questionnaire, Today, institution),
            residents = LifecycleAnswers.Residents(questionnaire, Today, residents, adjust),
            census = Census(questionnaire, residents),
        });
        await supervisor.PostJsonAsync(acceptIncomplete ? $"{path}/submit?acceptIncomplete=true" : $"{path}/submit");
        await supervisor.PostJsonAsync($"{path}/evaluate");
        return path;
    }

    /// <summary>An evaluated inspection whose report is issued and whose correction plan (one action per deficiency) is approved.</summary>
    public async Task<(string Path, Dictionary<string, JsonElement> Findings)> PlanApprovedAsync(
        IReadOnlyDictionary<string, JsonNode?>? institution = null, Func<int, string, JsonNode?, JsonNode?>? adjust = null)
    {
        var path = await EvaluatedAsync(institution, adjust: adjust);
        await supervisor.PostJsonAsync($"{path}/issue-report");
        var findings = await FindingsAsync(path);
        var actions = findings.Values.Where(f => f.Text("status") == "NotMet")
            .Select(f => new { findingId = f.Id(), description = $"Correct {f.Text("standardCode")}", owner = "Director", dueDate = Today.AddDays(30) })
            .ToList();
        await provider.PutJsonAsync($"{path}/correction-plan", new { version = 0, actions });
        await provider.PostJsonAsync($"{path}/correction-plan/submit");
        await supervisor.PostJsonAsync($"{path}/correction-plan/approve", new { note = "Agreed." });
        return (path, findings);
    }

    public async Task<Dictionary<string, JsonElement>> FindingsAsync(string path, HttpClient? client = null) =>
        (await (client ?? supervisor).GetJsonAsync($"{path}/findings")).EnumerateArray().ToDictionary(f => f.Text("standardCode"), StringComparer.Ordinal);

    /// <summary>A census as the sample has it: every tracer with as many residents as were sampled (each sampled resident has every tracer).</summary>
    public static Dictionary<string, int> Census(JsonElement questionnaire, int residents) =>
        questionnaire.GetProperty("tracers").EnumerateArray().ToDictionary(t => t.Text("code"), _ => residents, StringComparer.Ordinal);
}
