using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Inspection.Api.Facilities;
using Inspection.Api.Inspections;

namespace Inspection.Api.Tests.BadInput;

/// <summary>
/// Fresh inspections of a northern care home run by Beit Shalom, planned through the API, so each
/// test starts from a state it made itself (and other tests' inspections stay untouched).
/// </summary>
public static class TestInspections
{
    /// <summary>Inspects the northern district.</summary>
    public const string Supervisor = "supervisor.north";

    /// <summary>Speaks for Beit Shalom, whose care home the inspections are of.</summary>
    public const string OwnProvider = "provider.shalom";

    /// <summary>Speaks for Nitzan Care, another operator.</summary>
    public const string OtherProvider = "provider.nitzan";

    public const string CareHome = "elderly-care-home";

    public static async Task<FacilityDto> CareHomeAsync(HttpClient supervisor)
    {
        var facilities = await supervisor.GetFromJsonAsync<List<FacilityDto>>($"/api/facilities?serviceType={CareHome}");
        return facilities!.First(f => f.OperatorName == "Beit Shalom Association");
    }

    public static async Task<InspectionDto> PlanAsync(HttpClient supervisor, string kind = "regular")
    {
        var facility = await CareHomeAsync(supervisor);
        var plannedDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var response = await supervisor.PostAsJsonAsync("/api/inspections", new { facilityId = facility.Id, kind, plannedDate });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<InspectionDto>())!;
    }

    public static async Task<InspectionDto> StartedAsync(HttpClient supervisor)
    {
        var planned = await PlanAsync(supervisor);
        var response = await supervisor.PostAsync($"/api/inspections/{planned.Id}/start", null);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<InspectionDto>())!;
    }

    /// <summary>A started inspection with institution answers and one sampled resident saved (answers version 1).</summary>
    public static async Task<InspectionDto> AnsweredAsync(HttpClient supervisor)
    {
        var started = await StartedAsync(supervisor);
        var response = await supervisor.PutAsJsonAsync($"/api/inspections/{started.Id}/answers", new
        {
            version = 0,
            answers = new Dictionary<string, object>
            {
                ["fire_approval_valid"] = true,
                ["evacuation_drill_date"] = "2026-10-01",
                ["physician_visit_frequency"] = "weekly",
                ["resident_count"] = 40,
            },
            residents = new[]
            {
                new { code = "R01", tracers = new[] { "depression" }, answers = new Dictionary<string, object> { ["gds_score"] = 4, ["continence_status"] = "continent" } },
            },
        });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await supervisor.GetFromJsonAsync<InspectionDto>($"/api/inspections/{started.Id}"))!;
    }
}
