using Hangfire;
using Inspection.Api.Data;
using Inspection.Api.Jobs;
using Inspection.Reports.Models;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Reports;

/// <summary>
/// Writes an inspection's issued reports (<see cref="ReportKinds.Issued"/>) and keeps each as an edition:
/// a report that says something other than its latest edition becomes the next edition, in Hebrew and
/// English, with the day and the reason; one that says the same is left alone, so the job can run twice.
/// </summary>
public sealed class ReportJob(InspectionDbContext db, ReportSources sources, ReportPrinting printing, TimeProvider clock)
{
    /// <summary>Asks for the job in <paramref name="db"/>'s unit of work (it runs once the change that asked for it is saved).</summary>
    public static void Request(JobOutbox jobs, InspectionDbContext db, Guid inspectionId, string reason)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        jobs.Add<ReportJob>(db, job => job.RenderAsync(inspectionId, reason, CancellationToken.None));
    }

    [JobDisplayName("Reports of inspection {0}: {1}")]
    public async Task<string> RenderAsync(Guid inspectionId, string reason, CancellationToken cancellationToken)
    {
        var inspection = await sources.LoadAsync(inspectionId, cancellationToken);
        if (inspection is null)
        {
            return $"Inspection {inspectionId} does not exist: no report written.";
        }

        var outcomes = new List<string>();
        foreach (var report in ReportKinds.Issued)
        {
            var name = ReportKinds.Name(report);
            if (ReportSources.Unavailable(inspection, report) is { } why)
            {
                outcomes.Add($"{name}: not written, {why}");
                continue;
            }

            if (report == ReportKind.Improvement && !inspection.Findings.Any(f => f.Status == Engine.Findings.FindingStatus.NotMet))
            {
                outcomes.Add($"{name}: not written, the inspection found no deficiency");
                continue;
            }

            var model = await sources.BuildAsync(inspection, report, cancellationToken);
            var fingerprint = ReportFingerprint.Of(model);
            var latest = await db.ReportEditions.AsNoTracking()
                .Where(e => e.InspectionId == inspectionId && e.Report == report)
                .OrderByDescending(e => e.Number)
                .Select(e => new { e.Number, e.Fingerprint })
                .FirstOrDefaultAsync(cancellationToken);
            if (latest?.Fingerprint == fingerprint)
            {
                outcomes.Add($"{name}: edition {latest.Number} still says the same, no new edition");
                continue;
            }

            var hebrew = await printing.PdfAsync(model, ReportLanguage.Hebrew, cancellationToken);
            var english = await printing.PdfAsync(model, ReportLanguage.English, cancellationToken);
            var edition = new ReportEdition(inspectionId, report, (latest?.Number ?? 0) + 1, clock.GetUtcNow().UtcDateTime, reason, fingerprint, hebrew, english);
            db.ReportEditions.Add(edition);

            // Of two jobs issuing the same number at once, the unique index refuses the second save, which fails
            // this attempt; its retry finds the edition the other one issued and leaves it.
            await db.SaveChangesAsync(cancellationToken);
            outcomes.Add($"{name}: edition {edition.Number} issued ({hebrew.Length:N0} + {english.Length:N0} bytes)");
        }

        return string.Join("; ", outcomes) + ".";
    }
}
