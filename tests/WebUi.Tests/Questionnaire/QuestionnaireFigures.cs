using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inspection.WebUi.Tests.Questionnaire;

/// <summary>
/// The two figures of the interface, measured in the browser on loopback against the test host (which serves
/// the app's build output, not a trimmed publish): the first download, and the time from navigation to a usable
/// questionnaire with the app already loaded once. Figures, not timed assertions: the test asserts they were measured.
/// </summary>
public sealed class QuestionnaireFigures : WebUiTest
{
    private const int WarmRuns = 5;

    [Test]
    public async Task Figures_FirstDownloadAndTimeToAUsableQuestionnaire_AreMeasured()
    {
        var api = await ApiAsAsync("supervisor.north");
        var id = await PlanStartedAsync(api);

        // The first download: every response of a fresh context, from /app/ to the signed-in first page, as encoded on the wire.
        var sizes = new List<Task<long>>();
        Context.Response += (_, response) =>
        {
            if (!response.FromServiceWorker)
            {
                sizes.Add(BodySizeAsync(response));
            }
        };
        await Page.GotoAsync("app/");
        await ReadyAsync(Page);
        await Page.Locator("#username").FillAsync("supervisor.north");
        await Page.Locator("#password").FillAsync(DemoPassword);
        await Page.GetByTestId("sign-in").ClickAsync();
        await Expect(Page).Not.ToHaveURLAsync(new Regex("/sign-in"), new() { Timeout = 30_000 });
        await ReadyAsync(Page);
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var bytes = (await Task.WhenAll(sizes.ToList())).Sum();
        var responses = sizes.Count;

        // Warm: the same context navigates to the questionnaire; the page itself says when it became usable.
        var times = new List<double>();
        for (var run = 0; run < WarmRuns; run++)
        {
            await Page.GotoAsync($"app/inspections/{id}/questionnaire");
            var usable = await Page.WaitForFunctionAsync(
                "() => document.querySelector('[data-testid=questionnaire][data-ready=true]') && document.querySelector('[data-testid^=question-] input:not([disabled])') ? performance.now() : null",
                null, new PageWaitForFunctionOptions { Timeout = 60_000 });
            times.Add(await usable.JsonValueAsync<double>());
        }

        times.Sort();
        var median = times[times.Count / 2];
        var lines = new[]
        {
            string.Create(CultureInfo.InvariantCulture,
                $"questionnaire: first download, fresh context, /app/ to the signed-in first page (test host serves the build, not a publish: no trimming): {bytes} bytes ({bytes / 1_048_576.0:0.00} MiB) compressed as transferred, {responses} responses; target <= 5 MB"),
            string.Create(CultureInfo.InvariantCulture,
                $"questionnaire: navigation to a usable questionnaire (answers loaded, first input enabled), warm, loopback, build: median {median:0} ms over {WarmRuns} runs (min {times[0]:0}, max {times[^1]:0}); target <= 2000 ms"),
        };
        foreach (var line in lines)
        {
            await TestContext.Out.WriteLineAsync(line);
        }

        WriteFigures(lines);
        bytes.Should().BeGreaterThan(100_000, "the app's runtime and assemblies were downloaded and counted");
        responses.Should().BeGreaterThan(10);
        times.Should().OnlyContain(t => t > 0 && t < 60_000, "each run was timed from its navigation");
    }

    private static async Task<long> BodySizeAsync(IResponse response)
    {
        try
        {
            return (await response.Request.SizesAsync()).ResponseBodySize;
        }
        catch (PlaywrightException)
        {
            return 0;
        }
    }

    /// <summary>Replaces this test's lines in artifacts/figures/web-figures.txt, keeping other screens' figures.</summary>
    private static void WriteFigures(string[] lines)
    {
        var file = Path.Combine(WebUiHost.RepositoryRoot(), "artifacts", "figures", "web-figures.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var kept = File.Exists(file) ? File.ReadAllLines(file).Where(l => !l.StartsWith("questionnaire:", StringComparison.Ordinal)) : [];
        File.WriteAllLines(file, kept.Concat(lines.Select(l => $"{l} ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)")));
    }

    private static async Task<Guid> PlanStartedAsync(HttpClient api)
    {
        var facilities = await api.GetFromJsonAsync<JsonElement>("api/facilities?district=north&serviceType=elderly-care-home");
        var facility = facilities.EnumerateArray().Last().GetProperty("id").GetGuid();
        using var response = await api.PostAsJsonAsync("api/inspections",
            new { facilityId = facility, kind = "regular", plannedDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(200) });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await api.PostAsync($"api/inspections/{id}/start", null)).EnsureSuccessStatusCode();
        return id;
    }
}
