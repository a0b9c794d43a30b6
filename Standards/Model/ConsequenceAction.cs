namespace Inspection.Standards.Model;

/// <summary>What follows when a consequence fires; at least one part is set.</summary>
/// <param name="FollowUpWithinDays">A follow-up visit is due within this many days of the inspection.</param>
/// <param name="EscalateTo">The result is escalated to this level.</param>
/// <param name="RaiseGrade">The matched deficiency's grade is raised one step (its severity one step up in the grid).</param>
/// <param name="NotRated">The inspection gets no final rating.</param>
public sealed record ConsequenceAction(int? FollowUpWithinDays, Escalation? EscalateTo, bool RaiseGrade, bool NotRated)
{
    /// <summary>True when no part is set (a consequence that does nothing).</summary>
    public bool IsEmpty => FollowUpWithinDays is null && EscalateTo is null && !RaiseGrade && !NotRated;
}
