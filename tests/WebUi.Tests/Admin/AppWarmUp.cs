using Microsoft.Playwright;

namespace Inspection.WebUi.Tests.Admin;

/// <summary>
/// Opens the app once when a test class's host has just started, with a long wait: the host's first answers
/// and the first WebAssembly start on a machine busy with other builds can take longer than a test waits for
/// a page, and that would fail the class's first test for no fault of the screen it tests.
/// </summary>
public static class AppWarmUp
{
    public static async Task OpenAsync(Uri address)
    {
        var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString() });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("app/sign-in", new PageGotoOptions { Timeout = 180_000 });
            await page.Locator("main h1").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 180_000 });
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
