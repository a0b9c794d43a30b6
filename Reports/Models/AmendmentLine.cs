using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>
/// A finding the supervisor amended, as the report prints it: computed and amended status (and grade), the
/// reason and evidence (the supervisor's own words), who amended it and when, and the district's review.
/// </summary>
/// <param name="Attachments">How many evidence attachments of the inspection the amendment rests on.</param>
public sealed record AmendmentLine(
    string StandardCode,
    LocalizedText Title,
    FindingStatus Computed,
    string? ComputedGrade,
    FindingStatus Amended,
    string? AmendedGrade,
    string Reason,
    string? Evidence,
    int Attachments,
    string AmendedBy,
    DateOnly AmendedOn,
    AmendmentReviewState Review,
    string? ReviewedBy,
    DateOnly? ReviewedOn,
    string? ReviewNote);
