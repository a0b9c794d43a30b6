using Inspection.Reports.Models;
using Inspection.Reports.Printing;
using Inspection.Reports.Rendering;
using Inspection.Reports.Samples;

namespace Inspection.Reports.Benchmarks;

/// <summary>Writes every report in both languages to a folder, as PDF and as HTML, for review.</summary>
internal static class SampleFiles
{
    public static async Task<int> WriteAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var samples = SampleReports.Load();
        await using var renderer = new ReportRenderer();
        await using var printer = new PdfPrinter();
        var reports = new (string Name, Func<ReportLanguage, Task<ReportHtml>> Render)[]
        {
            ("compliance", language => renderer.RenderAsync(samples.Compliance(), language)),
            ("compliance-300", language => renderer.RenderAsync(samples.Compliance(standards: 300), language)),
            ("improvement", language => renderer.RenderAsync(samples.Improvement(), language)),
            ("self-assessment", language => renderer.RenderAsync(samples.SelfAssessment(), language)),
            ("preparation-brief", language => renderer.RenderAsync(samples.Brief(), language)),
        };
        foreach (var (name, render) in reports)
        {
            foreach (var language in new[] { ReportLanguage.Hebrew, ReportLanguage.English })
            {
                var html = await render(language);
                var file = Path.Combine(folder, $"{name}-{(language == ReportLanguage.Hebrew ? "he" : "en")}");
                await File.WriteAllTextAsync(file + ".html", html.Html);
                await File.WriteAllBytesAsync(file + ".pdf", await printer.PrintAsync(html));
                Console.WriteLine(file + ".pdf");
            }
        }

        return 0;
    }
}
