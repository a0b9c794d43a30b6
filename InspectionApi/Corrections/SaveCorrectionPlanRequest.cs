namespace Inspection.Api.Corrections;

public sealed record SaveCorrectionPlanRequest(int? Version, List<CorrectionActionRequest>? Actions);
