namespace Inspection.Api.Comparison;

/// <summary>
/// One service type's comparison: each facility's latest result with its standing among peers, the
/// national, district and operator summaries with their spread, the domain x facility matrix, and
/// the standards most often failed.
/// </summary>
public sealed record ServiceTypeComparisonDto(
    string ServiceType,
    IReadOnlyList<string> RuleSets,
    IReadOnlyList<DomainColumnDto> Domains,
    IReadOnlyList<string> Grades,
    IReadOnlyList<FacilityComparisonDto> Facilities,
    GroupSummaryDto National,
    IReadOnlyList<GroupSummaryDto> Districts,
    IReadOnlyList<GroupSummaryDto> Operators,
    DomainMatrixDto Matrix,
    MostFailedDto MostFailed);
