namespace Inspection.Web.Inspections;

/// <summary>The supervisor's amendment that counts for a finding.</summary>
public sealed record FindingAmendment(string ComputedStatus, string Status, string? Scope, string? Grade, string Reason, string AmendedByName, DateTime AmendedAt, string Review);
