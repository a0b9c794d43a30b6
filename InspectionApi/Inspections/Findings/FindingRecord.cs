using Inspection.Engine.Comparison;
using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Api.Inspections.Findings;

/// <summary>
/// A stored finding: the Engine's result for one standard, its resident tally, its evidence as JSON,
/// and for a deficiency its grade and where it stands after follow-ups. A provider may dispute it; a
/// withdrawn finding no longer counts (the inspection is re-scored without it). A supervisor's amendment, while it counts, is kept beside the
/// computed result (<see cref="AmendedStatus"/> ...), and what counts as a deficiency follows it.
/// </summary>
public sealed class FindingRecord
{
    private FindingRecord()
    {
    }

    internal FindingRecord(Guid inspectionId, Finding finding)
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
        Bar = finding.Standard.Level == Level.Resident ? finding.Standard.Bar : null;
        Rate = finding.Residents?.Rate;
        Applicable = finding.Residents?.Applicable;
        Known = finding.Residents?.Known;
        Satisfying = finding.Residents?.Satisfying;
        Standing = finding.Deficiency is null ? null : DeficiencyStanding.Open;
        EvidenceJson = FindingEvidence.ToJson(finding);
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

    /// <summary>Resident-level standards: the share of residents that must satisfy the rule.</summary>
    public decimal? Bar { get; private set; }

    public decimal? Rate { get; private set; }

    /// <summary>Resident-level standards: applicable residents, those with a known result, and those satisfying the rule.</summary>
    public int? Applicable { get; private set; }

    public int? Known { get; private set; }

    public int? Satisfying { get; private set; }

    public string EvidenceJson { get; private set; } = string.Empty;

    /// <summary>True once a supervisor withdrew the finding after a dispute.</summary>
    public bool Withdrawn { get; private set; }

    /// <summary>For a deficiency: where it stands after follow-ups.</summary>
    public DeficiencyStanding? Standing { get; private set; }

    /// <summary>The follow-up that last re-checked this deficiency.</summary>
    public Guid? CheckedByFollowUpId { get; private set; }

    /// <summary>Set while a supervisor's amendment counts: the status as amended (the fields above keep what was computed).</summary>
    public FindingStatus? AmendedStatus { get; private set; }

    /// <summary>An amended deficiency's severity, scope, grade and immediate jeopardy, as the Engine made them from the amendment.</summary>
    public Severity? AmendedSeverity { get; private set; }

    public Scope? AmendedScope { get; private set; }

    public string? AmendedGrade { get; private set; }

    public bool AmendedImmediateJeopardy { get; private set; }

    /// <summary>The status that counts: the amended one while an amendment counts, else the computed one.</summary>
    public FindingStatus CountedStatus => AmendedStatus ?? Status;

    /// <summary>A deficiency that counts: not met (as amended, when amended) and not withdrawn.</summary>
    public bool IsDeficiency => CountedStatus == FindingStatus.NotMet && !Withdrawn;

    /// <summary>A deficiency still to be corrected (not withdrawn, not resolved by a follow-up).</summary>
    public bool IsOpenDeficiency => IsDeficiency && Standing is not DeficiencyStanding.Resolved;

    /// <summary>The standard's outcome as comparisons read it: a withdrawn finding counts as not applicable, as in the re-scored result.</summary>
    public StandardOutcome ToOutcome() => new(StandardCode, Withdrawn ? FindingStatus.NotApplicable : CountedStatus);

    internal void Withdraw() => Withdrawn = true;

    /// <summary>Records the finding as the Engine made it from the supervisor's amendment; null when no amendment counts.</summary>
    internal void Amended(Finding? amended)
    {
        AmendedStatus = amended?.Status;
        AmendedSeverity = amended?.Deficiency?.Severity;
        AmendedScope = amended?.Deficiency?.Scope;
        AmendedGrade = amended?.Deficiency?.Grade;
        AmendedImmediateJeopardy = amended?.Deficiency?.ImmediateJeopardy ?? false;
        if (amended is { Status: FindingStatus.NotMet } && Standing is null)
        {
            Standing = DeficiencyStanding.Open;
        }
    }

    internal void Recheck(Guid followUpId, FindingStatus found)
    {
        CheckedByFollowUpId = followUpId;
        Standing = found switch
        {
            FindingStatus.Met or FindingStatus.NotApplicable => DeficiencyStanding.Resolved,
            FindingStatus.NotMet => DeficiencyStanding.Persisting,
            _ => DeficiencyStanding.Unverified,
        };
    }
}
