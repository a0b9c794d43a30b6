using Inspection.Standards.Model;

namespace Inspection.Engine.Findings;

/// <summary>
/// Everything one evaluation produced: a finding per standard (in catalog order), domain scores, the
/// overall score and the rating with any caps that held it down; the evidence coverage, every cap
/// that held, every consequence that fired and the sampling plan.
/// </summary>
/// <param name="Rating">The final rating; null when there is no score or the result is not rated (see <see cref="NotRatedReasons"/>).</param>
public sealed record InspectionResult(
    RuleSetIdentity RuleSet,
    DateOnly InspectionDate,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<DomainScore> Domains,
    decimal? OverallScore,
    Rating? Rating)
{
    /// <summary>The band the overall score alone reaches (before caps, whether or not the result is rated).</summary>
    public RatingBand? ScoreBand { get; init; }

    /// <summary>The evidence coverage (DESIGN.md section 3).</summary>
    public EvidenceCoverage? Coverage { get; init; }

    /// <summary>
    /// Why there is no final rating: "not rated: insufficient evidence" with what is missing, a
    /// consequence that says so, or a consequence that could not be evaluated. Empty when nothing
    /// stands in the way of a rating (there may still be none when no standard was judged).
    /// </summary>
    public IReadOnlyList<string> NotRatedReasons { get; init; } = [];

    /// <summary>Every rating cap that held, with its reason and the deficiencies that triggered it.</summary>
    public IReadOnlyList<AppliedCap> Caps { get; init; } = [];

    /// <summary>Every consequence that fired, with the facts it matched, in catalog order.</summary>
    public IReadOnlyList<FiredConsequence> Consequences { get; init; } = [];

    /// <summary>The earliest follow-up visit a fired consequence asks for, in days from the inspection; null when none.</summary>
    public int? FollowUpWithinDays { get; init; }

    /// <summary>The highest level a fired consequence escalates to; null when none.</summary>
    public Escalation? EscalateTo { get; init; }

    /// <summary>Per tracer, how many residents with it were sampled and how many more must be.</summary>
    public IReadOnlyList<TracerSample> SamplingPlan { get; init; } = [];

    /// <summary>True when something stands in the way of a rating (see <see cref="NotRatedReasons"/>).</summary>
    public bool IsNotRated => NotRatedReasons.Count > 0;

    /// <summary>The findings that are deficiencies (not met).</summary>
    public IEnumerable<Finding> Deficiencies => Findings.Where(f => f.Deficiency is not null);

    /// <summary>The finding for a standard code, or null.</summary>
    public Finding? For(string standardCode) => Findings.FirstOrDefault(f => f.Standard.Code == standardCode);
}
