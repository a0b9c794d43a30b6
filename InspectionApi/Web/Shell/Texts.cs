using Microsoft.JSInterop;

namespace Inspection.Web.Shell;

/// <summary>
/// The interface's language: Hebrew (right to left) first, English on request, kept on the device. Each
/// text is written at its place in both languages, <c>T["Save", "שמירה"]</c>, so that neither can be
/// forgotten and a reader sees both together.
/// </summary>
public sealed class Texts(IJSRuntime js)
{
    public const string Hebrew = "he";
    public const string English = "en";
    private const string StorageKey = "inspection.language";

    /// <summary>"he" or "en".</summary>
    public string Language { get; private set; } = Hebrew;

    public bool IsRightToLeft => Language == Hebrew;

    /// <summary>Raised after the language changed (the app rebuilds its pages in it).</summary>
    public event Action? Changed;

    /// <summary>The text in the current language.</summary>
    public string this[string english, string hebrew] => IsRightToLeft ? hebrew : english;

    /// <summary>Reads the language kept on the device and sets the document's language and direction.</summary>
    public async Task LoadAsync()
    {
        var kept = await js.InvokeAsync<string?>("localStorage.getItem", StorageKey);
        Language = kept == English ? English : Hebrew;
        await js.InvokeVoidAsync("inspectionApp.setLanguage", Language);
    }

    public async Task SetAsync(string language)
    {
        Language = language == English ? English : Hebrew;
        await js.InvokeVoidAsync("localStorage.setItem", StorageKey, Language);
        await js.InvokeVoidAsync("inspectionApp.setLanguage", Language);
        Changed?.Invoke();
    }

    /// <summary>A date as people of the current language write it.</summary>
    public string Date(DateOnly date) => date.ToString(IsRightToLeft ? "dd/MM/yyyy" : "d MMM yyyy", Culture);

    public string Date(DateTime? date) => date is { } d ? d.ToLocalTime().ToString(IsRightToLeft ? "dd/MM/yyyy HH:mm" : "d MMM yyyy HH:mm", Culture) : "";

    public System.Globalization.CultureInfo Culture => System.Globalization.CultureInfo.GetCultureInfo(IsRightToLeft ? "he-IL" : "en-GB");
}
