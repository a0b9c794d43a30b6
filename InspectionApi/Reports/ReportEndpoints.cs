using Inspection.Api.Access;
using Inspection.Api.Hosting;
using Inspection.Api.Inspections;
using Inspection.Api.Jobs;
using Inspection.Reports.Models;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Reports;

/// <summary>
/// An inspection's reports, for exactly those who may see the inspection: the issued editions of the
/// compliance and improvement reports (the latest, or any by number) as PDF, the self-assessment report
/// and the preparation brief printed on request, and any of them as a web page from the same components.
/// </summary>
public static class ReportEndpoints
{
    /// <summary>The report page's own policy: its styles are inline, and it has no script, no frame, no outside resource.</summary>
    public const string PageSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void MapReports(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/reports", List).WithName("ListReportEditions")
            .WithSummary("List report editions")
            .WithDescription("Each report of the inspection and its stored editions.")
            .ProducesProblem(404);
        group.MapGet("/{id:guid}/reports/{report}/pdf", Pdf).WithName("DownloadReport")
            .WithSummary("Download a report (PDF)")
            .WithDescription("The report's latest edition as a PDF.")
            .Produces(200, contentType: "application/pdf")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapGet("/{id:guid}/reports/{report}/editions/{number:int}/pdf", Edition).WithName("DownloadReportEdition")
            .WithSummary("Download a report edition (PDF)")
            .WithDescription("One stored edition of a report, as it was issued.")
            .Produces(200, contentType: "application/pdf")
            .ProducesProblem(404);
        group.MapGet("/{id:guid}/reports/{report}/html", Page).WithName("ReportPage")
            .WithSummary("Read a report (HTML)")
            .WithDescription("The report as a web page, as it would be printed.")
            .Produces(200, contentType: "text/html")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{id:guid}/reports/render", Render).WithName("RenderReports")
            .WithSummary("Render the reports again")
            .WithDescription("Asks for the inspection's reports to be rendered again in the background; answers 202.")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapGet("/{id:guid}/preparation-brief", Brief).WithName("PreparationBrief")
            .WithSummary("Read the preparation brief")
            .WithDescription("What a supervisor reads before a planned visit, as JSON: previous deficiencies and their correction, the last self-assessment and where it disagreed, open disputes, the score trend and the last census (the same model the brief's page and PDF print).")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }

    /// <summary>
    /// The preparation brief of a planned visit as JSON (the same model the brief's page and PDF print):
    /// previous deficiencies and their correction, the last self-assessment and where it disagreed, open
    /// disputes, the score trend and the tracer census last time. The supervisor's and headquarters'.
    /// </summary>
    public static async Task<Results<Ok<PreparationBrief>, ProblemHttpResult>> Brief(
        Guid id, [AsParameters] InspectionServices services, ReportSources sources, CancellationToken cancellationToken)
    {
        var (inspection, _, problem) = await FindAsync(id, ReportKinds.Name(ReportKind.PreparationBrief), services, sources, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return TypedResults.Ok(await sources.BriefAsync(inspection!, cancellationToken));
    }

    /// <summary>Every issued edition, newest first.</summary>
    public static async Task<Results<Ok<List<ReportEditionDto>>, ProblemHttpResult>> List(Guid id, [AsParameters] InspectionServices services, CancellationToken cancellationToken)
    {
        if (await services.FindAsync(id, InspectionParts.None, cancellationToken) is null)
        {
            return Problems.NotFound("The inspection");
        }

        var editions = await services.Db.ReportEditions.AsNoTracking()
            .Where(e => e.InspectionId == id)
            .Select(e => new { e.Report, e.Number, e.IssuedAt, e.Reason })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(editions
            .OrderByDescending(e => e.IssuedAt).ThenBy(e => e.Report)
            .Select(e =>
            {
                var path = $"/api/inspections/{id}/reports/{ReportKinds.Name(e.Report)}/editions/{e.Number}/pdf";
                return new ReportEditionDto(ReportKinds.Name(e.Report), e.Number, e.IssuedAt, e.Reason, path + "?lang=he", path + "?lang=en");
            })
            .ToList());
    }

    /// <summary>
    /// The report as PDF: for an issued report its latest edition (409 with <c>Retry-After</c> while the first
    /// is being written), for the self-assessment report and the preparation brief printed now.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Pdf(
        Guid id, string report, [AsParameters] InspectionServices services, ReportSources sources, ReportPrinting printing, IOptions<ReportOptions> options,
        CancellationToken cancellationToken)
    {
        var (inspection, kind, problem) = await FindAsync(id, report, services, sources, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var language = Language(services);
        if (!ReportKinds.IsIssued(kind))
        {
            var pdf = await printing.PdfAsync(await sources.BuildAsync(inspection!, kind, cancellationToken), language, cancellationToken);
            return File(pdf, kind, inspection!, services.Today, null, language);
        }

        var latest = await services.Db.ReportEditions.AsNoTracking()
            .Where(e => e.InspectionId == id && e.Report == kind)
            .OrderByDescending(e => e.Number)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            services.Http.Response.Headers.RetryAfter = ((int)options.Value.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problems.Conflict($"the {ReportKinds.Name(kind)} report of this inspection is being written: ask again in a moment");
        }

        return File(language == ReportLanguage.English ? latest.PdfEnglish : latest.PdfHebrew, kind, inspection!, DateOnly.FromDateTime(latest.IssuedAt), latest.Number, language);
    }

    /// <summary>One issued edition, by number.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Edition(
        Guid id, string report, int number, [AsParameters] InspectionServices services, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.None, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        var kind = ReportKinds.Parse(report);
        var edition = kind is null
            ? null
            : await services.Db.ReportEditions.AsNoTracking().SingleOrDefaultAsync(e => e.InspectionId == id && e.Report == kind && e.Number == number, cancellationToken);
        if (edition is null)
        {
            return Problems.NotFound($"Edition {number} of the report '{report}'");
        }

        var language = Language(services);
        return File(language == ReportLanguage.English ? edition.PdfEnglish : edition.PdfHebrew, edition.Report, inspection, DateOnly.FromDateTime(edition.IssuedAt), edition.Number, language);
    }

    /// <summary>The report as a web page, rendered now from the inspection as it stands, by the same components as the PDF.</summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Page(
        Guid id, string report, [AsParameters] InspectionServices services, ReportSources sources, ReportPrinting printing, CancellationToken cancellationToken)
    {
        var (inspection, kind, problem) = await FindAsync(id, report, services, sources, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var html = await printing.HtmlAsync(await sources.BuildAsync(inspection!, kind, cancellationToken), Language(services));
        services.Http.Response.Headers.ContentSecurityPolicy = PageSecurityPolicy;
        return TypedResults.Content(html.Html, "text/html; charset=utf-8");
    }

    /// <summary>Asks for the issued reports to be written again (a new edition only where they say something new).</summary>
    public static async Task<Results<Accepted, ProblemHttpResult>> Render(
        Guid id, [AsParameters] InspectionServices services, JobOutbox jobs, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.None, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        if (services.Role is not (Role.Supervisor or Role.Administrator))
        {
            return Problems.Forbidden("Only a supervisor or an administrator asks for an inspection's reports to be written.");
        }

        if (ReportKinds.Issued.Select(k => ReportSources.Unavailable(inspection, k)).FirstOrDefault(r => r is not null) is { } why)
        {
            return Problems.Conflict(why);
        }

        ReportJob.Request(jobs, services.Db, id, "asked for by a user");
        return await services.SaveAsync(cancellationToken) is { } conflict ? conflict : TypedResults.Accepted($"/api/inspections/{id}/reports");
    }

    private static async Task<(FacilityInspection? Inspection, ReportKind Kind, ProblemHttpResult? Problem)> FindAsync(
        Guid id, string report, InspectionServices services, ReportSources sources, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.None, cancellationToken);
        if (inspection is null)
        {
            return (null, default, Problems.NotFound("The inspection"));
        }

        if (ReportKinds.Parse(report) is not { } kind)
        {
            return (null, default, Problems.NotFound($"The report '{report}'"));
        }

        if (kind == ReportKind.PreparationBrief && services.Role is not (Role.Supervisor or Role.Administrator or Role.Analyst))
        {
            return (null, kind, Problems.Forbidden("The preparation brief is the supervisor's; the facility's provider does not read it."));
        }

        if (ReportSources.Unavailable(inspection, kind) is { } why)
        {
            return (null, kind, Problems.Conflict(why));
        }

        // The report reads everything of the inspection; the access check above was made on the light load.
        return (await sources.LoadAsync(id, cancellationToken), kind, null);
    }

    private static ReportLanguage Language(InspectionServices services) =>
        services.Language == Hosting.Language.En ? ReportLanguage.English : ReportLanguage.Hebrew;

    private static FileContentHttpResult File(byte[] pdf, ReportKind kind, FacilityInspection inspection, DateOnly date, int? edition, ReportLanguage language) =>
        TypedResults.File(pdf, "application/pdf", ReportFileName.For(kind, inspection.Facility?.LicenceNumber ?? string.Empty, date, edition, language));
}
