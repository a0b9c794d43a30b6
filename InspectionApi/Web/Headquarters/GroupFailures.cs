namespace Inspection.Web.Headquarters;

/// <summary>A district's or an operator's most often failed standards.</summary>
public sealed record GroupFailures(string Key, string Name, IReadOnlyList<FailedStandard> Standards);
