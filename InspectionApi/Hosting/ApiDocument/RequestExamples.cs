using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Inspection.Api.Hosting.ApiDocument;

/// <summary>
/// Example bodies for the main requests, by operation id, drawn from the shipped elderly-care-home
/// rule set so that they work against the demo data as they stand (ids aside).
/// </summary>
internal static class RequestExamples
{
    private static readonly Dictionary<string, Func<JsonNode>> Examples = new(StringComparer.Ordinal)
    {
        ["SignIn"] = () => new JsonObject { ["userName"] = "supervisor.north", ["password"] = "demo1234" },
        ["PlanInspection"] = () => new JsonObject
        {
            ["facilityId"] = "6f1c2d3e-0000-4000-8000-000000000001",
            ["kind"] = "regular",
            ["plannedDate"] = "2026-03-15",
        },
        ["SaveAnswers"] = () => new JsonObject
        {
            ["version"] = 0,
            ["answers"] = new JsonObject { ["fire_approval_valid"] = true, ["evacuation_drill_date"] = "2026-01-20", ["drill_night_scenario"] = false },
            ["residents"] = new JsonArray(new JsonObject
            {
                ["code"] = "R-017",
                ["tracers"] = new JsonArray("pressure-injury"),
                ["answers"] = new JsonObject { ["has_pressure_injury"] = true, ["braden_score"] = 11 },
            }),
            ["census"] = new JsonObject { ["pressure-injury"] = 6, ["falls-risk"] = 14 },
        },
        ["DisputeFinding"] = () => new JsonObject
        {
            ["reason"] = "The night drill was held on 12 January; its signed report was in the safety binder, not the office file the inspector read.",
        },
        ["DecideDispute"] = () => new JsonObject { ["decision"] = "withdrawn", ["note"] = "The signed drill report shows a night scenario." },
        ["SaveCorrectionPlan"] = () => CorrectionPlanExample(),
        ["SaveImprovementPlan"] = () => CorrectionPlanExample(),
    };

    public static Task AddAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId is { } id && Examples.TryGetValue(id, out var example)
            && operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true && json is OpenApiMediaType media)
        {
            media.Example = example();
        }

        return Task.CompletedTask;
    }

    /// <summary>The operation ids that carry an example (the tests check each really has one).</summary>
    public static IReadOnlyCollection<string> OperationIds => Examples.Keys;

    private static JsonObject CorrectionPlanExample() => new()
    {
        ["version"] = 0,
        ["actions"] = new JsonArray(new JsonObject
        {
            ["findingId"] = "0d9a7c52-1b2e-4f3a-9c4d-5e6f7a8b9c0d",
            ["description"] = "Hold a night-scenario evacuation drill with night-shift staffing, and file its signed report.",
            ["owner"] = "Head of nursing",
            ["dueDate"] = "2026-04-30",
        }),
    };
}
