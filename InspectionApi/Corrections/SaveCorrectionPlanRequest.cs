using System.ComponentModel.DataAnnotations;

namespace Inspection.Api.Corrections;

/// <summary>The plan's actions, replacing the ones saved; <see cref="Version"/> is the plan's current version (0 for a new plan).</summary>
public sealed record SaveCorrectionPlanRequest(
    [property: Required(ErrorMessage = "send the version of the plan your changes are based on (0 for a new plan)")] int? Version,
    [property: MaxLength(500, ErrorMessage = "a plan holds at most 500 actions")] List<CorrectionActionRequest>? Actions);
