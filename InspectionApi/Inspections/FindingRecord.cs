using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Api.Inspections;

/// <summary>
/// A stored finding: the Engine's result for one standard, with its evidence as JSON, and — for a
/// deficiency — its grade. A provider may dispute it; a withdrawn finding no longer counts as a deficiency.
/// </summary>
public sealed class FindingRecord
{
    private FindingRecord()
    {
    }

    public FindingRecord(Guid inspectionId, Finding finding, string evidenceJson)
    {
        InspectionId = inspectionId;
        StandardCode = finding.Standard.Code;
        Domain = finding.Standard.Domain;
        Level = finding.Standard.Level;
        Status = finding.Status;
        Severity = finding.Standard.Severity;
        Scope = finding.Deficiency?.Scope;
        Grade = finding.Deficiency?.Grade;
        ImmediateJeopardy = finding.Deficiency?.ImmediateJeopardy ?? false;
        Rate = finding.Residents?.Rate;
        EvidenceJson = evidenceJson;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid InspectionId { get; private set; }

    public string StandardCode { get; private set; } = string.Empty;

    public string Domain { get; private set; } = string.Empty;

    public Level Level { get; private set; }

    public FindingStatus Status { get; private set; }

    public Severity Severity { get; private set; }

    public Scope? Scope { get; private set; }

    public string? Grade { get; private set; }

    public bool ImmediateJeopardy { get; private set; }

    public decimal? Rate { get; private set; }

    public string EvidenceJson { get; private set; } = string.Empty;

    /// <summary>True once a supervisor withdrew the finding after a dispute.</summary>
    public bool Withdrawn { get; private set; }

    public bool IsDeficiency => Status == FindingStatus.NotMet && !Withdrawn;

    public void Withdraw() => Withdrawn = true;
}
