using Inspection.Engine.Findings;

namespace Inspection.Api.Comparison;

/// <summary>The columns of a stored finding that headquarters figures read.</summary>
public readonly record struct StoredFinding(Guid InspectionId, string StandardCode, FindingStatus Status, string? Grade, bool Withdrawn)
{
    /// <summary>A deficiency that counts: not met and not withdrawn after a dispute.</summary>
    public bool IsDeficiency => Status == FindingStatus.NotMet && !Withdrawn;

    /// <summary>Judged (met or not met) and not withdrawn.</summary>
    public bool IsJudged => Status is FindingStatus.Met or FindingStatus.NotMet && !Withdrawn;
}
