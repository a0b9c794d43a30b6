namespace Inspection.Web.Headquarters;

/// <summary>A facility, read for the districts the filter offers.</summary>
public sealed record FacilityChoice(Guid Id, string Name, string ServiceType, string District);
