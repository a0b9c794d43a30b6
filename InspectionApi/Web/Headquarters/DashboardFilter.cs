using System.Globalization;

namespace Inspection.Web.Headquarters;

/// <summary>
/// The dashboard's filters, as they stand in the page address (so that a view can be shared): a cycle, or a
/// year of every service type (or one); then district, operator, size band, and whom facilities are ranked among.
/// </summary>
public sealed record DashboardFilter(Guid? CycleId, int? Year, string? ServiceType, string? District, Guid? OperatorId, string? SizeBand, string? Peers)
{
    /// <summary>The filters' names in the page address and in the API's query.</summary>
    public static class Keys
    {
        public const string Cycle = "cycleId";
        public const string Year = "year";
        public const string ServiceType = "serviceType";
        public const string District = "district";
        public const string Operator = "operatorId";
        public const string SizeBand = "sizeBand";
        public const string Peers = "peers";
    }

    /// <summary>The page address's parameters (null ones are left out of the address).</summary>
    public Dictionary<string, object?> AddressParameters() => new(StringComparer.Ordinal)
    {
        [Keys.Cycle] = CycleId?.ToString(),
        [Keys.Year] = CycleId is null ? Year?.ToString(CultureInfo.InvariantCulture) : null,
        [Keys.ServiceType] = CycleId is null ? ServiceType : null,
        [Keys.District] = District,
        [Keys.Operator] = OperatorId?.ToString(),
        [Keys.SizeBand] = SizeBand,
        [Keys.Peers] = Peers,
    };

    /// <summary>The query string of the comparison, its exports and its agreement (a cycle, or the year as a period).</summary>
    public string ApiQuery()
    {
        var parts = new List<string>();
        if (CycleId is { } cycle)
        {
            parts.Add($"{Keys.Cycle}={cycle}");
        }
        else
        {
            var year = Year ?? DateTime.Today.Year;
            parts.Add(FormattableString.Invariant($"from={year:D4}-01-01&to={year:D4}-12-31"));
            Add(parts, Keys.ServiceType, ServiceType);
        }

        Add(parts, Keys.District, District);
        Add(parts, Keys.Operator, OperatorId?.ToString());
        Add(parts, Keys.SizeBand, SizeBand);
        Add(parts, Keys.Peers, Peers);
        return string.Join('&', parts);
    }

    /// <summary>The query string of a service type's trends (the same district, operator and size band).</summary>
    public string TrendQuery(string serviceType)
    {
        var parts = new List<string>();
        Add(parts, Keys.ServiceType, serviceType);
        Add(parts, Keys.District, District);
        Add(parts, Keys.Operator, OperatorId?.ToString());
        Add(parts, Keys.SizeBand, SizeBand);
        return string.Join('&', parts);
    }

    private static void Add(List<string> parts, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parts.Add($"{key}={Uri.EscapeDataString(value)}");
        }
    }
}
