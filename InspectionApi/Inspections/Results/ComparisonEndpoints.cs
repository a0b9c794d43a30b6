using Inspection.Api.Hosting;
using Inspection.Api.Inspections.Findings;
using Inspection.Api.Inspections.Lifecycle;
using Inspection.Engine.Comparison;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Inspections.Results;

/// <summary>
/// An evaluated full visit compared with the facility's previous one, from their stored findings by the
/// Engine's <see cref="DeficiencyComparison"/>: a withdrawn finding counts as not applicable, as in the
/// re-scored result, and the visit before the previous one tells a repeated deficiency from a new one.
/// </summary>
public static class ComparisonEndpoints
{
    public static void MapComparison(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/comparison", Compare).WithName("CompareInspection")
            .WithSummary("Compare with the previous visit")
            .WithDescription("Each standard's finding next to the facility's previous inspection's: improved, worse or the same.")
            .ProducesProblem(404).ProducesProblem(409);

    public static async Task<Results<Ok<ComparisonDto>, ProblemHttpResult>> Compare(Guid id, [AsParameters] InspectionServices services, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.Findings, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        if (!inspection.IsFullVisit)
        {
            return Refusal.NotNow(inspection.Kind == InspectionKind.FollowUp
                ? "a follow-up re-checks deficiencies of the inspection it follows up: their standing is shown there"
                : "a self-assessment is not compared with official inspections").ToProblem();
        }

        if (inspection.EvaluatedAt is null)
        {
            return Refusal.NotNow("the inspection is not evaluated yet: there is nothing to compare").ToProblem();
        }

        var previous = await LoadAsync(inspection.PreviousInspectionId, services, cancellationToken);
        var beforePrevious = await LoadAsync(previous?.PreviousInspectionId, services, cancellationToken);
        var movements = DeficiencyComparison.Compare(
            inspection.Findings.Select(f => f.ToOutcome()),
            previous?.Findings.Select(f => f.ToOutcome()) ?? [],
            beforePrevious?.Findings.Where(f => f.IsDeficiency).Select(f => f.StandardCode));

        var viewer = services.ViewerOf(inspection);
        var now = inspection.Findings.ToDictionary(f => f.StandardCode, StringComparer.Ordinal);
        var then = previous?.Findings.ToDictionary(f => f.StandardCode, StringComparer.Ordinal) ?? [];
        var titles = viewer.RuleSet!.Standards.ToDictionary(s => s.Code, s => s.Title.In(viewer.Language), StringComparer.Ordinal);
        var rows = movements
            .Select(m => new DeficiencyMovementDto(m.StandardCode, titles.GetValueOrDefault(m.StandardCode) ?? m.StandardCode, m.Change.ToString(),
                m.Previous?.ToString(), m.Current?.ToString(), Grade(then.GetValueOrDefault(m.StandardCode)), Grade(now.GetValueOrDefault(m.StandardCode))))
            .ToList();
        int Count(DeficiencyChange change) => movements.Count(m => m.Change == change);
        return TypedResults.Ok(new ComparisonDto(
            inspection.Id,
            previous is null ? null : new ComparedInspectionDto(previous.Id, previous.Kind.ToString(), previous.VisitDate, previous.RuleSetVersion!.Moniker, previous.OverallScore, previous.Rating),
            beforePrevious?.Id,
            Count(DeficiencyChange.New), Count(DeficiencyChange.Resolved), Count(DeficiencyChange.Persisting), Count(DeficiencyChange.Repeated), Count(DeficiencyChange.Unverified),
            rows));
    }

    /// <summary>A deficiency's grade, unless it was withdrawn.</summary>
    private static string? Grade(FindingRecord? finding) => finding is { IsDeficiency: true } ? finding.Grade : null;

    /// <summary>
    /// An earlier visit of the same facility with its findings. It is loaded whoever asks: it is the
    /// visit the inspection the caller may see was evaluated against.
    /// </summary>
    private static async Task<FacilityInspection?> LoadAsync(Guid? id, InspectionServices services, CancellationToken cancellationToken) =>
        id is { } previousId
            ? await services.Db.Inspections.Include(i => i.Findings).Include(i => i.RuleSetVersion).AsSplitQuery().AsNoTracking()
                .SingleOrDefaultAsync(i => i.Id == previousId, cancellationToken)
            : null;
}
