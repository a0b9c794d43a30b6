namespace Inspection.Api.Cycles.Planning;

/// <summary>What one planner run did for one cycle (its summary goes to the job-run log).</summary>
public sealed class PlanningRun(Guid cycleId, DateOnly day)
{
    private readonly List<string> _notes = [];

    public Guid CycleId { get; } = cycleId;

    public DateOnly Day { get; } = day;

    public int Regular { get; set; }

    public int Unannounced { get; set; }

    public int FollowUps { get; set; }

    public int LateFollowUps { get; set; }

    public int Invitations { get; set; }

    public int Escalations { get; set; }

    public int Reassigned { get; set; }

    public int BeyondMaxInterval { get; set; }

    /// <summary>What could not be planned, and why (the first 20 kept).</summary>
    public IReadOnlyList<string> Notes => _notes;

    public int NotesDropped { get; private set; }

    public void Note(string note)
    {
        if (_notes.Count < 20)
        {
            _notes.Add(note);
        }
        else
        {
            NotesDropped++;
        }
    }

    public override string ToString() =>
        $"Cycle {CycleId} as of {Day:yyyy-MM-dd}: {Regular} regular and {Unannounced} unannounced visit(s), {FollowUps} follow-up(s) ({LateFollowUps} after their deadline), "
        + $"{Invitations} self-assessment invitation(s), {Escalations} escalation(s), {Reassigned} visit(s) given to another supervisor, {BeyondMaxInterval} beyond the longest interval"
        + (_notes.Count == 0 ? "." : $". Not planned: {string.Join("; ", _notes)}{(NotesDropped > 0 ? $" (and {NotesDropped} more)" : string.Empty)}.");
}
