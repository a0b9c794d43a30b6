using Microsoft.Playwright;

namespace Inspection.WebUi.Tests;

/// <summary>
/// Screenshots of the main screens, in both languages, written where a person looks for them:
/// <c>artifacts/screenshots/</c> at the repository's root (or <c>WEBUI_SCREENSHOTS</c>).
/// </summary>
public static class Screens
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("WEBUI_SCREENSHOTS")
        ?? Path.Combine(WebUiHost.RepositoryRoot(), "artifacts", "screenshots");

    /// <summary>Writes <c>{name}.{language}.png</c> of the page as it stands and returns its path.</summary>
    public static async Task<string> CaptureAsync(IPage page, string name)
    {
        var language = await page.Locator("html").GetAttributeAsync("lang");
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"{name}.{language}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        return file;
    }
}
