namespace Inspection.Web.Inspections;

/// <summary>A consequence that fired (a follow-up, an escalation).</summary>
public sealed record Consequence(string Code, string StandardCode, string Reason, int? FollowUpWithinDays, string? EscalateTo);
