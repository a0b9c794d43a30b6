namespace Inspection.Api.Inspections.Amendments;

/// <summary>
/// How a result uses the supervisor's judgment: the findings amended (counted as amended in scores, domains,
/// caps and the rating), how many await the district's review or were returned, and the sentence that says so.
/// </summary>
public sealed record AmendedFindingsDto(int Amended, IReadOnlyList<string> Standards, int PendingReview, int Returned, string Summary);
