namespace Inspection.Api.Corrections;

/// <summary>
/// The provider's plan of actions, each with an owner and a due date: a correction plan answering the
/// deficiencies of an external inspection (submitted, then approved or returned by the supervisor),
/// or an improvement plan after a self-assessment. Versioned: a save made against an older version is
/// refused.
/// </summary>
public sealed class CorrectionPlan
{
    private readonly List<CorrectionAction> _actions = [];

    private CorrectionPlan()
    {
    }

    public CorrectionPlan(Guid inspectionId, PlanPurpose purpose)
    {
        InspectionId = inspectionId;
        Purpose = purpose;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid InspectionId { get; private set; }

    public PlanPurpose Purpose { get; private set; }

    public CorrectionPlanStatus Status { get; private set; }

    public int Version { get; private set; }

    public string? ReviewNote { get; private set; }

    public IReadOnlyList<CorrectionAction> Actions => _actions;

    public void ReplaceActions(IEnumerable<CorrectionAction> actions)
    {
        _actions.Clear();
        _actions.AddRange(actions);
        Version++;
        if (Status == CorrectionPlanStatus.Returned)
        {
            Status = CorrectionPlanStatus.Draft;
        }
    }

    public void Submit()
    {
        Status = CorrectionPlanStatus.Submitted;
        Version++;
    }

    public void Review(bool approved, string? note)
    {
        Status = approved ? CorrectionPlanStatus.Approved : CorrectionPlanStatus.Returned;
        ReviewNote = note;
        Version++;
    }
}
