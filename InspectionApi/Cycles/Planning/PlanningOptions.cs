namespace Inspection.Api.Cycles.Planning;

/// <summary>The planner and its companions (section "Planning" of configuration).</summary>
public sealed class PlanningOptions
{
    public const string Section = "Planning";

    /// <summary>
    /// Whether the planner, the correction reminders and the headquarters refresh do their work when they
    /// run (default on). Off, they record that they were switched off and change nothing.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
