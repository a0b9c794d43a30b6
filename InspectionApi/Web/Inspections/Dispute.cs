namespace Inspection.Web.Inspections;

/// <summary>A provider's dispute of a finding and the supervisor's decision (null while open).</summary>
public sealed record Dispute(Guid Id, Guid FindingId, string Reason, DateTime RaisedAt, string? Decision, string? DecisionNote, DateTime? DecidedAt)
{
    public bool IsOpen => Decision is null;
}
