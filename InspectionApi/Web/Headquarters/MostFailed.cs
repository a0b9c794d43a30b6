namespace Inspection.Web.Headquarters;

/// <summary>The standards most often not met, nationally and per district and operator.</summary>
public sealed record MostFailed(IReadOnlyList<FailedStandard> National, IReadOnlyList<GroupFailures> Districts, IReadOnlyList<GroupFailures> Operators);
