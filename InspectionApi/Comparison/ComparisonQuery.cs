namespace Inspection.Api.Comparison;

/// <summary>
/// The filters of every headquarters figure, from the query string: a cycle, or a period (visit dates
/// from and to, both included) optionally of one service type; then district, operator and size band.
/// <see cref="Peers"/> says whom a facility is ranked among: its service type (the default) or its
/// service type and size band.
/// </summary>
public sealed record ComparisonQuery(Guid? CycleId, string? ServiceType, DateOnly? From, DateOnly? To, string? District, Guid? OperatorId, string? SizeBand, string? Peers)
{
    public const string PeersBySizeBand = "size-band";
    public const string PeersByServiceType = "service-type";

    public bool RankBySizeBand => string.Equals(Peers, PeersBySizeBand, StringComparison.Ordinal);

    /// <summary>What is wrong with the filters, by field; empty when they can be used.</summary>
    public Dictionary<string, string[]> Problems()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (CycleId is null && (From is null || To is null))
        {
            errors[nameof(CycleId)] = ["name a cycle (cycleId), or a period (from and to, as yyyy-MM-dd)"];
        }

        if (From is { } from && To is { } to && to < from)
        {
            errors[nameof(To)] = ["the period ends before it starts"];
        }

        if (ServiceType is not null && !Standards.Model.ServiceTypes.All.Contains(ServiceType))
        {
            errors[nameof(ServiceType)] = [$"expected one of: {string.Join(", ", Standards.Model.ServiceTypes.All)}"];
        }

        if (SizeBand is not null && !SizeBands.All.Contains(SizeBand))
        {
            errors[nameof(SizeBand)] = [$"expected one of: {string.Join(", ", SizeBands.All)}"];
        }

        if (Peers is not null && Peers is not (PeersBySizeBand or PeersByServiceType))
        {
            errors[nameof(Peers)] = [$"expected one of: {PeersByServiceType}, {PeersBySizeBand}"];
        }

        return errors;
    }
}
