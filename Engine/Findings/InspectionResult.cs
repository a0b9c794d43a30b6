using Inspection.Standards.Model;

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

/// <summary>A domain's score: the weighted share of met standards among those evaluated (Met or NotMet).</summary>
/// <param name="Score">Null when no standard of the domain was evaluated.</param>
public sealed record DomainScore(string Domain, decimal Weight, int Met, int NotMet, decimal? Score);

/// <summary>The rating: the band the score reaches, lowered by any cap that applies.</summary>
/// <param name="ScoreBand">The band the overall score alone reaches.</param>
/// <param name="Band">The band given, after caps.</param>
/// <param name="Caps">The caps that lowered the rating, with their reasons.</param>
public sealed record Rating(RatingBand ScoreBand, RatingBand Band, IReadOnlyList<RatingCap> Caps);
