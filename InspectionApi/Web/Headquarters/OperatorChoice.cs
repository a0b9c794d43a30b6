namespace Inspection.Web.Headquarters;

/// <summary>An operator to choose in a filter.</summary>
public sealed record OperatorChoice(Guid Id, string Name);
