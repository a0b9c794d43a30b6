namespace Inspection.Reports.Models;

/// <summary>One action of a correction (or improvement) plan. Action and owner are the provider's own words.</summary>
public sealed record CorrectionActionLine(string Action, string Owner, DateOnly DueDate, CorrectionActionStatus Status, DateOnly? CompletedOn)
{
    /// <summary>True when the action is not done and its due date has passed on <paramref name="asOf"/>.</summary>
    public bool IsOverdueOn(DateOnly asOf) => Status is CorrectionActionStatus.Planned or CorrectionActionStatus.InProgress && DueDate < asOf;
}
