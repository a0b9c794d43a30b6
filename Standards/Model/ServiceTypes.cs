namespace Inspection.Standards.Model;

/// <summary>The kinds of facility the catalogs are written for.</summary>
public static class ServiceTypes
{
    /// <summary>Care homes for older people.</summary>
    public const string ElderlyCareHome = "elderly-care-home";

    /// <summary>Residential care for children and youth at risk.</summary>
    public const string YouthResidential = "youth-residential";

    /// <summary>Hostels and residential homes for adults with disabilities.</summary>
    public const string DisabilityHostel = "disability-hostel";

    /// <summary>Residential addiction treatment programmes.</summary>
    public const string AddictionTreatment = "addiction-treatment";

    /// <summary>All known service types.</summary>
    public static IReadOnlyList<string> All { get; } = [ElderlyCareHome, YouthResidential, DisabilityHostel, AddictionTreatment];
}
