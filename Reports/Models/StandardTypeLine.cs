using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>
/// One row of the table by standard type (the Engine's <c>StandardTypeScore</c>): the type's standards, how
/// many were judged and met, the score over them alone, their share of the overall score's weight, and the
/// part of the overall score they earn.
/// </summary>
/// <param name="Type">The type; null for the standards of a version stored before types existed.</param>
public sealed record StandardTypeLine(StandardType? Type, LocalizedText Title, int Standards, int Judged, int Met, decimal? Score, decimal Share, decimal Contribution);
