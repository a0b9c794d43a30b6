using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Inspection.Reports.Components;
using Inspection.Reports.Models;
using Inspection.Standards.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inspection.Reports.Rendering;

/// <summary>
/// Renders report models to HTML with the Razor components, through ASP.NET Core's
/// <see cref="HtmlRenderer"/>. Razor encodes every piece of text it writes, so user text (a facility
/// name, a dispute reason) can never become markup. Thread-safe: renders run on the renderer's dispatcher.
/// </summary>
public sealed class ReportRenderer : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public ReportRenderer()
    {
        // The default encoder writes every non-ASCII letter as an entity, which makes a Hebrew report
        // six times larger; this one still encodes markup characters but leaves letters as they are.
        _services = new ServiceCollection()
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    public Task<ReportHtml> RenderAsync(ComplianceReport report, ReportLanguage language = ReportLanguage.Hebrew)
    {
        ArgumentNullException.ThrowIfNull(report);
        return RenderAsync<ComplianceReportView>(report, report.Visit, Labels.ComplianceReport, language);
    }

    public Task<ReportHtml> RenderAsync(ImprovementReport report, ReportLanguage language = ReportLanguage.Hebrew)
    {
        ArgumentNullException.ThrowIfNull(report);
        return RenderAsync<ImprovementReportView>(report, report.Visit, Labels.ImprovementReport, language);
    }

    public Task<ReportHtml> RenderAsync(SelfAssessmentReport report, ReportLanguage language = ReportLanguage.Hebrew)
    {
        ArgumentNullException.ThrowIfNull(report);
        return RenderAsync<SelfAssessmentReportView>(report, report.Visit, Labels.SelfAssessmentReport, language);
    }

    public Task<ReportHtml> RenderAsync(PreparationBrief report, ReportLanguage language = ReportLanguage.Hebrew)
    {
        ArgumentNullException.ThrowIfNull(report);
        return RenderAsync<PreparationBriefView>(report, report.Visit, Labels.PreparationBrief, language);
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync().ConfigureAwait(false);
        await _services.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<ReportHtml> RenderAsync<TView>(object report, FacilityVisit visit, LocalizedText kind, ReportLanguage language)
        where TView : IComponent
    {
        var title = language == ReportLanguage.English ? kind.En : kind.He;
        RenderFragment body = builder =>
        {
            builder.OpenComponent<TView>(0);
            builder.AddComponentParameter(1, "Report", report);
            builder.CloseComponent();
        };
        var date = language == ReportLanguage.English
            ? visit.IssuedOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture)
            : visit.IssuedOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var html = await RenderAsync<ReportDocument>(new Dictionary<string, object?>
        {
            [nameof(ReportDocument.Language)] = language,
            [nameof(ReportDocument.Title)] = $"{title} · {visit.FacilityName}",
            [nameof(ReportDocument.ChildContent)] = body,
        }).ConfigureAwait(false);
        var header = await RenderAsync<PageHeader>(new Dictionary<string, object?>
        {
            [nameof(PageHeader.Language)] = language,
            [nameof(PageHeader.Facility)] = visit.FacilityName,
            [nameof(PageHeader.Title)] = title,
            [nameof(PageHeader.Date)] = date,
        }).ConfigureAwait(false);
        var footer = await RenderAsync<PageFooter>(new Dictionary<string, object?> { [nameof(PageFooter.Language)] = language }).ConfigureAwait(false);
        return new ReportHtml(title, html, header, footer);
    }

    private Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters)
        where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters)).ConfigureAwait(false);
            return output.ToHtmlString();
        });
}
