namespace Inspection.Api.Comparison;

/// <summary>
/// The filters resolved against the database: a cycle gives its service type and period. Official
/// results are taken from the cycle when one is named, otherwise by visit date within the period.
/// </summary>
public sealed record ComparisonScope(Guid? CycleId, string? ServiceType, DateOnly From, DateOnly To, string? District, Guid? OperatorId, string? SizeBand, bool RankBySizeBand);
