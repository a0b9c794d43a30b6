namespace Inspection.Web.Inspections;

/// <summary>Where an inspection's evaluation stands (Pending and Retrying: the job server has it).</summary>
public sealed record EvaluationState(string State, int FailedAttempts, string? LastError, DateTime? EvaluatedAt);
