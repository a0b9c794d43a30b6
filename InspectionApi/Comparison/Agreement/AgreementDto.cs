namespace Inspection.Api.Comparison.Agreement;

/// <summary>
/// How well providers' self-assessments agree with external inspections: per pair, per standard, per
/// facility, operator, district and nationally; and the self-assessments with no external inspection to
/// compare with.
/// </summary>
public sealed record AgreementDto(
    ComparisonScope Scope,
    GroupAgreementDto National,
    IReadOnlyList<GroupAgreementDto> Districts,
    IReadOnlyList<GroupAgreementDto> Operators,
    IReadOnlyList<GroupAgreementDto> Facilities,
    IReadOnlyList<StandardAgreementDto> Standards,
    IReadOnlyList<AgreementPairDto> Pairs,
    IReadOnlyList<Guid> Unpaired);
