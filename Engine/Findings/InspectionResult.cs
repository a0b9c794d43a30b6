namespace Inspection.Engine.Findings;

/// <summary>
/// Everything one evaluation produced: a finding per standard (in catalog order), domain scores, the
/// overall score and the rating with any caps that held it down.
/// </summary>
public sealed record InspectionResult(
    RuleSetIdentity RuleSet,
    DateOnly InspectionDate,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<DomainScore> Domains,
    decimal? OverallScore,
    Rating? Rating)
{
    /// <summary>The findings that are deficiencies (not met).</summary>
    public IEnumerable<Finding> Deficiencies => Findings.Where(f => f.Deficiency is not null);

    /// <summary>The finding for a standard code, or null.</summary>
    public Finding? For(string standardCode) => Findings.FirstOrDefault(f => f.Standard.Code == standardCode);
}
