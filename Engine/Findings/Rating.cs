using Inspection.Standards.Model;

namespace Inspection.Engine.Findings;

/// <summary>The rating: the band the score reaches, lowered by any cap that applies.</summary>
/// <param name="ScoreBand">The band the overall score alone reaches.</param>
/// <param name="Band">The band given, after caps.</param>
/// <param name="Caps">The caps that lowered the rating, with their reasons.</param>
public sealed record Rating(RatingBand ScoreBand, RatingBand Band, IReadOnlyList<RatingCap> Caps);
