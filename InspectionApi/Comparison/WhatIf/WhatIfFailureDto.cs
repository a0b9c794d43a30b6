namespace Inspection.Api.Comparison.WhatIf;

/// <summary>A stored response the draft could not evaluate, and why (for example an answer outside a range the draft narrowed).</summary>
public sealed record WhatIfFailureDto(Guid InspectionId, string Facility, string Reason);
