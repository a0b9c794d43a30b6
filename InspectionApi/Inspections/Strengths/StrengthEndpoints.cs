using Inspection.Api.Hosting;
using Inspection.Api.Inspections.Lifecycle;
using Inspection.Api.Jobs;
using Inspection.Api.Reports;
using Inspection.Engine.Strengths;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Inspections.Strengths;

/// <summary>
/// An inspection's strengths (learning from success): the successes its result names, and what the provider
/// recorded they did to achieve each, which the improvement report prints and headquarters lists.
/// </summary>
public static class StrengthEndpoints
{
    public static void MapStrengths(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/strengths", List).WithName("ListStrengths")
            .WithSummary("List strengths")
            .WithDescription("The successes the inspection's result names: standards met now that the previous inspection found not met, resident-level standards met far above the bar, domains whose score rose by more than the set margin since the previous inspection; each with what the provider recorded they did.")
            .ProducesProblem(404);
        group.MapPut("/{id:guid}/strengths/practice", RecordPractice).WithName("RecordStrengthPractice")
            .WithSummary("Record what worked")
            .WithDescription("The facility's provider says, for one strength of the inspection (named by kind and subject), what they did to achieve it, so that the success can be repeated; recording again replaces the text. Printed in the improvement report and listed to headquarters.")
            .ProducesProblem(400).ProducesInspectionProblems();
    }

    public static async Task<Results<Ok<List<StrengthDto>>, ProblemHttpResult>> List(
        Guid id, [AsParameters] InspectionServices services, InspectionStrengths strengths, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.Findings, cancellationToken);
        return inspection is null
            ? Problems.NotFound("The inspection")
            : TypedResults.Ok(await strengths.DescribeAsync(inspection, services.ViewerOf(inspection), cancellationToken));
    }

    /// <summary>Records (or replaces) the practice behind one strength; the improvement report is written again with it.</summary>
    public static async Task<Results<Ok<StrengthDto>, ProblemHttpResult>> RecordPractice(
        Guid id, RecordPracticeRequest request, [AsParameters] InspectionServices services, InspectionStrengths strengths, JobOutbox jobs,
        CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.Findings, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        if (!Enum.TryParse<StrengthKind>(request.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(request.Kind, out _))
        {
            return Problems.Invalid("kind", "expected deficiencyResolved, rateAboveBar or domainImproved");
        }

        var viewer = services.ViewerOf(inspection);
        var found = await strengths.FindAsync(inspection, viewer.RuleSet!, cancellationToken);
        var existing = await services.Db.Set<StrengthPractice>()
            .SingleOrDefaultAsync(p => p.InspectionId == id && p.Kind == kind && p.Subject == request.Subject, cancellationToken);
        var (practice, refusal) = StrengthPractice.Record(inspection, services.Role, found, kind, request.Subject!, existing, request.Practice!, services.UserId, services.Now);
        if (refusal is not null)
        {
            return refusal.ToProblem();
        }

        if (existing is null)
        {
            services.Db.Add(practice!);
        }

        var strength = found.Single(s => s.Kind == kind && s.Subject == practice!.Subject);

        if (inspection.Kind is InspectionKind.Regular or InspectionKind.Unannounced)
        {
            // The improvement report prints what worked: a practice recorded makes a new edition.
            ReportJob.Request(jobs, services.Db, id, $"what worked recorded for {kind} {practice!.Subject}");
        }

        return await services.SaveAsync(cancellationToken) is { } conflict
            ? conflict
            : TypedResults.Ok(InspectionStrengths.Describe(strength, viewer.RuleSet!, services.Language, practice));
    }
}
