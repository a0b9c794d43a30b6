namespace Inspection.Web.Headquarters;

/// <summary>A stored response the draft could not evaluate, and why.</summary>
public sealed record WhatIfFailure(Guid InspectionId, string Facility, string Reason);
