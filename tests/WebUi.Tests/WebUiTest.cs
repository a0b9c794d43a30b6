using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Inspection.WebUi.Tests;

/// <summary>
/// A fixture of browser tests: one host per test class, a fresh browser context (tablet viewport, nothing kept)
/// per test. A test fails when the page logs an error, breaks the content security policy or shows Blazor's
/// error bar, whatever it asserted itself.
/// </summary>
public abstract class WebUiTest
{
    public const string DemoPassword = "demo1234";

    /// <summary>A tablet held upright, as supervisors carry during a visit.</summary>
    public static readonly ViewportSize Tablet = new() { Width = 768, Height = 1024 };

    private readonly List<string> _errors = [];

    protected WebUiHost Host { get; private set; } = null!;

    protected IBrowserContext Context { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    /// <summary>Settings a test class needs before its host starts.</summary>
    protected virtual void Configure(WebUiHost host)
    {
    }

    [OneTimeSetUp]
    public void StartHost()
    {
        Host = new WebUiHost();
        Configure(Host);
        Host.StartServer();
    }

    [OneTimeTearDown]
    public void StopHost() => Host?.Dispose();

    [SetUp]
    public async Task OpenBrowserAsync()
    {
        _errors.Clear();
        Context = await NewContextAsync(Tablet);
        Page = await Context.NewPageAsync();
        Watch(Page);
    }

    [TearDown]
    public async Task CloseBrowserAsync()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed && Page is not null && !Page.IsClosed)
        {
            var file = Path.Combine(Screens.Folder, "failures", $"{TestContext.CurrentContext.Test.Name}.png");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            TestContext.Out.WriteLine($"screenshot of the failure: {file}");
        }

        if (Context is not null)
        {
            await Context.CloseAsync();
        }

        _errors.Should().BeEmpty("the page logged no error, broke no content security policy and showed no error bar");
    }

    /// <summary>
    /// An HTTP client on the host's REST API signed in as a demo user, for preparing what a test needs
    /// (an inspection to fill, a submitted one) and for checking what the browser saved.
    /// </summary>
    protected async Task<HttpClient> ApiAsAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = Host.Address };
        using var response = await client.PostAsJsonAsync("api/auth/token", new { userName, password = DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A new, empty browser context on the host (another device, or another user).</summary>
    protected async Task<IBrowserContext> NewContextAsync(ViewportSize viewport) =>
        await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.Address.ToString(),
            ViewportSize = viewport,
            HasTouch = viewport.Width < 1024,
            Locale = "he-IL",
            AcceptDownloads = true,
        });

    /// <summary>Records what <paramref name="page"/> logs as an error, so that the test fails on it.</summary>
    protected void Watch(IPage page)
    {
        page.Console += (_, message) =>
        {
            // A request refused while offline or by the API (shown on the page) is logged by the browser, not by the app.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
                && !message.Text.Contains("net::ERR_INTERNET_DISCONNECTED", StringComparison.Ordinal))
            {
                _errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => _errors.Add($"page error: {error}");
    }

    /// <summary>Opens a page of the app (a path under <c>/app/</c>) and waits until Blazor has drawn it.</summary>
    protected async Task GoAsync(string path, IPage? page = null)
    {
        page ??= Page;
        await page.GotoAsync("app/" + path.TrimStart('/'));
        await ReadyAsync(page);
    }

    /// <summary>Waits until the app has started and drawn a page (its heading).</summary>
    protected static async Task ReadyAsync(IPage page) =>
        await page.Locator("main h1").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 90_000 });

    /// <summary>Signs in as a demo user in <paramref name="language"/> ("he" or "en") and waits for the role's first page.</summary>
    protected async Task SignInAsync(string userName, string language = "he", IPage? page = null)
    {
        page ??= Page;
        await GoAsync("sign-in", page);
        await UseLanguageAsync(language, page);
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync(DemoPassword);
        await page.GetByTestId("sign-in").ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in"), new() { Timeout = 30_000 });
        await ReadyAsync(page);
    }

    /// <summary>The main menu, opened first where the screen is too narrow to keep it open.</summary>
    protected static async Task<ILocator> MenuAsync(IPage page)
    {
        var opener = page.GetByTestId("menu-button");
        if (!await page.Locator(".mud-drawer--open").IsVisibleAsync() && await opener.IsVisibleAsync())
        {
            await opener.ClickAsync();
            await page.Locator(".mud-drawer--open").WaitForAsync();
        }

        return page.Locator(".mud-drawer nav");
    }

    /// <summary>Switches the interface to <paramref name="language"/> when it is in the other one.</summary>
    protected static async Task UseLanguageAsync(string language, IPage page)
    {
        if (await page.Locator("html").GetAttributeAsync("lang") != language)
        {
            await page.GetByTestId("language-switch").ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            await ReadyAsync(page);
        }
    }

    /// <summary>Fails when axe-core finds a serious or critical violation on the page as it stands.</summary>
    protected static async Task ExpectAccessibleAsync(IPage page, string screen)
    {
        var result = await page.RunAxe();
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")
            .ToList();
        serious.Should().BeEmpty($"the screen '{screen}' in '{await page.Locator("html").GetAttributeAsync("lang")}' has no serious or critical accessibility violation");
    }
}
