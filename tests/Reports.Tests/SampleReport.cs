using Inspection.Reports.Models;
using Inspection.Reports.Rendering;

namespace Inspection.Reports.Tests;

/// <summary>The four sample reports, by name, each printed once per language for the tests that read them.</summary>
internal static class SampleReport
{
    public static readonly string[] Names = ["compliance", "improvement", "self-assessment", "preparation-brief"];

    public static Task<Printed> Print(string name, ReportLanguage language) =>
        ReportsSetUp.PrintOnce(name, language, renderer => Render(renderer, name, language));

    private static Task<ReportHtml> Render(ReportRenderer renderer, string name, ReportLanguage language) => name switch
    {
        "compliance" => renderer.RenderAsync(ReportsSetUp.Samples.Compliance(), language),
        "improvement" => renderer.RenderAsync(ReportsSetUp.Samples.Improvement(), language),
        "self-assessment" => renderer.RenderAsync(ReportsSetUp.Samples.SelfAssessment(), language),
        _ => renderer.RenderAsync(ReportsSetUp.Samples.Brief(), language),
    };
}
