namespace Inspection.Standards.Model;

/// <summary>Human text in Hebrew (the first language of the catalogs) and English.</summary>
/// <param name="He">Hebrew text.</param>
/// <param name="En">English text.</param>
public sealed record LocalizedText(string He, string En)
{
    /// <summary>Text with neither language, used where a catalog leaves optional text out.</summary>
    public static LocalizedText Empty { get; } = new(string.Empty, string.Empty);

    /// <summary>True when neither language has text.</summary>
    public bool IsEmpty => He.Length == 0 && En.Length == 0;

    /// <inheritdoc />
    public override string ToString() => En.Length > 0 ? En : He;
}
