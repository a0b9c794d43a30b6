namespace Inspection.Api.Inspections.Findings;

/// <summary>A provider's dispute of a finding, and the supervisor's decision; both are kept.</summary>
public sealed class FindingDispute
{
    private FindingDispute()
    {
    }

    internal FindingDispute(Guid findingId, Guid inspectionId, string reason, Guid raisedBy, DateTime raisedAt)
    {
        FindingId = findingId;
        InspectionId = inspectionId;
        Reason = reason;
        RaisedBy = raisedBy;
        RaisedAt = raisedAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid FindingId { get; private set; }

    public Guid InspectionId { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public Guid RaisedBy { get; private set; }

    public DateTime RaisedAt { get; private set; }

    public DisputeDecision? Decision { get; private set; }

    public string? DecisionNote { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    internal void Decide(DisputeDecision decision, string? note, Guid by, DateTime at)
    {
        Decision = decision;
        DecisionNote = note;
        DecidedBy = by;
        DecidedAt = at;
    }
}
