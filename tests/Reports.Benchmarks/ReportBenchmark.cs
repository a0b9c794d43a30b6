using System.Diagnostics;
using System.Globalization;
using Inspection.Reports.Models;
using Inspection.Reports.Printing;
using Inspection.Reports.Rendering;
using Inspection.Reports.Samples;

namespace Inspection.Reports.Benchmarks;

/// <summary>
/// Times one compliance report of 300 findings with a warm browser, and a batch of 100 reports of the
/// shipped catalog printed two at a time; samples the browser's memory (the sum of its processes'
/// resident sets) throughout. Beside each wall-clock time it prints the processor time spent (this
/// process and the browser's), which tells a slow machine from a busy one.
/// </summary>
internal static class ReportBenchmark
{
    private static readonly TimeSpan SingleTarget = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan BatchTarget = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(bool quick)
    {
        var warmRuns = quick ? 3 : 8;
        var batchSize = quick ? 20 : 100;
        var samples = SampleReports.Load();
        var large = samples.Compliance(standards: 300);
        var batch = Enumerable.Range(0, batchSize).Select(i => samples.Compliance(seed: 100 + i)).ToList();

        await using var renderer = new ReportRenderer();
        await using var printer = new PdfPrinter(new PdfPrinterOptions { MaxConcurrentPrints = 2 });
        using var browser = new BrowserSampler(printer);
        var self = Process.GetCurrentProcess();

        var watch = Stopwatch.StartNew();
        var pdf = await printer.PrintAsync(await renderer.RenderAsync(large));
        var cold = watch.Elapsed;

        var renders = new List<TimeSpan>();
        var totals = new List<TimeSpan>();
        var processor = Processor(self, browser);
        for (var i = 0; i < warmRuns; i++)
        {
            watch.Restart();
            var html = await renderer.RenderAsync(large, i % 2 == 0 ? ReportLanguage.Hebrew : ReportLanguage.English);
            renders.Add(watch.Elapsed);
            pdf = await printer.PrintAsync(html);
            totals.Add(watch.Elapsed);
        }

        var singleProcessor = (Processor(self, browser) - processor) / warmRuns;
        processor = Processor(self, browser);
        watch.Restart();
        var sizes = await Task.WhenAll(batch.Select(async (report, i) =>
        {
            var html = await renderer.RenderAsync(report, i % 2 == 0 ? ReportLanguage.Hebrew : ReportLanguage.English);
            return (await printer.PrintAsync(html)).Length;
        }));
        var batchTime = watch.Elapsed;
        var batchProcessor = Processor(self, browser) - processor;

        var single = Median(totals);
        var per100 = batchTime * (100.0 / batchSize);
        Console.WriteLine($"""
            Reports benchmark: compliance report of {large.Findings.Count()} findings ({large.Domains.Count} domains), {pdf.Length / 1024} KB PDF
            machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(quick ? "quick run" : "full run")}, load average {LoadAverage()}, {printer.Launches} browser launch(es)
            cold (first print, browser launch included): {Ms(cold)}
            warm, one report of 300 findings: median {Ms(single)} (min {Ms(totals.Min())}, max {Ms(totals.Max())}) over {warmRuns}; HTML render median {Ms(Median(renders))}; processor time per report {Ms(singleProcessor)}   target <= {Ms(SingleTarget)}: {(single <= SingleTarget ? "met" : "MISSED")}
            batch of {batchSize} compliance reports ({batch[0].Findings.Count()} findings each), 2 at a time: {batchTime.TotalSeconds:0.0} s, {sizes.Average() / 1024:0} KB average, processor time {batchProcessor.TotalSeconds:0.0} s{(batchSize == 100 ? string.Empty : $" (x{100.0 / batchSize:0.#} = {per100.TotalSeconds:0.0} s for 100)")}   target <= {BatchTarget.TotalSeconds:0} s for 100: {(per100 <= BatchTarget ? "met" : "MISSED")}
            browser peak memory (sum of Chromium processes' RSS, sampled every 50 ms): {browser.PeakBytes / (1024.0 * 1024):0} MiB
            """);
        return 0;
    }

    private static TimeSpan Processor(Process self, BrowserSampler browser)
    {
        self.Refresh();
        return self.TotalProcessorTime + browser.ProcessorTime();
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
