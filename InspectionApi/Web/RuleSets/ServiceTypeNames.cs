using Inspection.Web.Shell;

namespace Inspection.Web.RuleSets;

/// <summary>The service types the catalog knows, as the API names them, with their names in both languages.</summary>
public static class ServiceTypeNames
{
    public static IReadOnlyList<string> All { get; } = ["elderly-care-home", "youth-residential", "disability-hostel", "addiction-treatment"];

    public static string Name(Texts t, string serviceType) => serviceType switch
    {
        "elderly-care-home" => t["Care homes for older people", "בתי אבות"],
        "youth-residential" => t["Residential care for youth", "פנימיות לילדים ונוער"],
        "disability-hostel" => t["Hostels for adults with disabilities", "מעונות לאנשים עם מוגבלות"],
        "addiction-treatment" => t["Addiction treatment", "טיפול בהתמכרויות"],
        _ => serviceType,
    };
}
