namespace Inspection.Reports.Models;

/// <summary>The follow-up result for one deficiency.</summary>
public sealed record FollowUpLine(DateOnly VisitedOn, FollowUpStanding Standing, decimal? Rate);
