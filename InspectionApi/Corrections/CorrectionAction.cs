namespace Inspection.Api.Corrections;

/// <summary>One action of a correction plan, for one deficiency.</summary>
public sealed class CorrectionAction
{
    private CorrectionAction()
    {
    }

    public CorrectionAction(Guid findingId, string description, string owner, DateOnly dueDate)
    {
        FindingId = findingId;
        Description = description;
        Owner = owner;
        DueDate = dueDate;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PlanId { get; private set; }

    public Guid FindingId { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public string Owner { get; private set; } = string.Empty;

    public DateOnly DueDate { get; private set; }
}
