namespace Inspection.Api.Inspections.Results;

/// <summary>Where the inspection's deficiencies stand now: still open, resolved or persisting at a follow-up, unverified, withdrawn after a dispute.</summary>
public sealed record DeficiencyStandingDto(int Deficiencies, int Open, int Resolved, int Persisting, int Unverified, int Withdrawn);
