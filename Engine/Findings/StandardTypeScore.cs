using Inspection.Standards.Model;

namespace Inspection.Engine.Findings;

/// <summary>
/// A result read by what its standards measure (structure, process or outcome): how many standards of
/// the type there are and were judged, the score over them alone (the same formula as the overall
/// score), and how much of the overall score they carry. Made by <see cref="StandardTypeScores"/>.
/// </summary>
/// <param name="Type">The type; null for standards of a version stored before types existed.</param>
/// <param name="Standards">Findings of standards of the type, whatever their status.</param>
/// <param name="Judged">Of those, judged (Met or NotMet).</param>
/// <param name="Met">Of those, met.</param>
/// <param name="Score">
/// The weighted share of met standards of the type per domain, weighted by domain weight over the domains
/// where one was judged (the overall score's formula over this type's standards only); null when none was judged.
/// </param>
/// <param name="Share">
/// The type's share of the overall score's weight: per domain the share of the judged weight its standards
/// hold, weighted as the overall score weighs domains. The shares of all types add up to 1 when anything was judged.
/// </param>
/// <param name="Contribution">
/// The points of the overall score its met standards earn; the contributions of all types add up to the overall score.
/// </param>
public sealed record StandardTypeScore(StandardType? Type, int Standards, int Judged, int Met, decimal? Score, decimal Share, decimal Contribution);
