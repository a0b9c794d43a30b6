namespace Inspection.Web.Provider;

/// <summary>The supervisor's amendment of a finding, as far as a plan reads it.</summary>
public sealed record PlanFindingAmendment(string Status, string? Scope, string? Grade, bool Current);
