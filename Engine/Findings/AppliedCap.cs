using Inspection.Standards.Model;

namespace Inspection.Engine.Findings;

/// <summary>A rating cap that held, with the deficiencies that triggered it.</summary>
/// <param name="Cap">The cap, with its reason.</param>
/// <param name="Standards">The codes of the deficient standards that triggered it, in catalog order.</param>
/// <param name="Lowered">Whether it lowered the rating below the band the score reaches (a cap at or above that band changes nothing).</param>
public sealed record AppliedCap(RatingCap Cap, IReadOnlyList<string> Standards, bool Lowered);
