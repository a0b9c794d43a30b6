namespace Inspection.Api.Comparison.Amendments;

/// <summary>
/// How often supervisors amended computed findings over the official results in scope (every evaluated regular
/// or unannounced inspection of the cycle or period, with the comparison's filters): nationally, per standard
/// (highest rate first, each linking to the what-if), per supervisor and per district.
/// </summary>
public sealed record AmendmentRatesDto(
    AmendmentRateDto National, IReadOnlyList<StandardAmendmentRateDto> Standards, IReadOnlyList<AmendmentRateDto> Supervisors, IReadOnlyList<AmendmentRateDto> Districts);
