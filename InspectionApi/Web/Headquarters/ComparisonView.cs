namespace Inspection.Web.Headquarters;

/// <summary>The comparison of facilities for the dashboard's filters, one part per service type.</summary>
public sealed record ComparisonView(IReadOnlyList<ServiceTypeView> ServiceTypes);
