namespace Inspection.Web.Provider;

/// <summary>One action of a plan: the finding it answers, what will be done, who is responsible and by when.</summary>
public sealed record PlanAction(Guid Id, Guid FindingId, string Description, string Owner, DateOnly DueDate);
