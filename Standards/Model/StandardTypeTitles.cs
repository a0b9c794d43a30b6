namespace Inspection.Standards.Model;

/// <summary>The names of the standard types in both languages, for results, reports and headquarters figures.</summary>
public static class StandardTypeTitles
{
    private static readonly LocalizedText Structure = new("מבנה", "Structure");
    private static readonly LocalizedText Process = new("תהליך", "Process");
    private static readonly LocalizedText Outcome = new("תוצאה", "Outcome");
    private static readonly LocalizedText Unclassified = new("לא מסווג", "Unclassified");

    /// <summary>The catalog name of a type (<c>structure</c>, <c>process</c>, <c>outcome</c>), or <c>unclassified</c> for none.</summary>
    public static string Code(StandardType? type) => type is { } value ? CatalogNames.Of(value) : "unclassified";

    /// <summary>The title of a type in Hebrew and English; "unclassified" for a standard of a version stored before types existed.</summary>
    public static LocalizedText Of(StandardType? type) => type switch
    {
        StandardType.Structure => Structure,
        StandardType.Process => Process,
        StandardType.Outcome => Outcome,
        _ => Unclassified,
    };
}
