using Inspection.Api.Data;
using Inspection.Api.Inspections;
using Inspection.Api.RuleSets;
using Inspection.Standards.Model;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Comparison;

/// <summary>
/// Reads the stored results headquarters figures are made of, on the stored columns only (overall
/// score, rating, domain-score rows, finding rows), with no tracking. Self-assessments never count.
/// </summary>
public static class OfficialResults
{
    /// <summary>Evaluated external inspections: regular and unannounced, not cancelled.</summary>
    public static IQueryable<FacilityInspection> Official(this IQueryable<FacilityInspection> inspections) =>
        inspections.Where(i => i.EvaluatedAt != null && i.Status != InspectionStatus.Cancelled
            && (i.Kind == InspectionKind.Regular || i.Kind == InspectionKind.Unannounced));

    /// <summary>Inspections of facilities within the scope's district, operator and size band.</summary>
    public static IQueryable<FacilityInspection> OfFacilitiesIn(this IQueryable<FacilityInspection> inspections, ComparisonScope scope, ComparisonOptions options)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(options);
        if (scope.ServiceType is { } serviceType)
        {
            inspections = inspections.Where(i => i.Facility!.ServiceType == serviceType);
        }

        if (scope.District is { } district)
        {
            inspections = inspections.Where(i => i.Facility!.District == district);
        }

        if (scope.OperatorId is { } operatorId)
        {
            inspections = inspections.Where(i => i.Facility!.OperatorId == operatorId);
        }

        if (scope.SizeBand is { } band)
        {
            var (from, to) = options.RangeOf(band);
            inspections = inspections.Where(i => i.Facility!.Capacity >= from && i.Facility.Capacity < to);
        }

        return inspections;
    }

    /// <summary>Inspections in the scope's cycle, or visited within its period.</summary>
    public static IQueryable<FacilityInspection> InPeriod(this IQueryable<FacilityInspection> inspections, ComparisonScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.CycleId is { } cycleId)
        {
            return inspections.Where(i => i.CycleId == cycleId);
        }

        var (from, to) = (scope.From, scope.To);
        return inspections.Where(i => i.VisitDate >= from && i.VisitDate <= to);
    }

    /// <summary>Each facility's latest official result in the scope.</summary>
    public static async Task<List<OfficialResult>> LatestAsync(InspectionDbContext db, ComparisonScope scope, ComparisonOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var results = await Project(db.Inspections.AsNoTracking().Official().InPeriod(scope).OfFacilitiesIn(scope, options)).ToListAsync(cancellationToken);
        return Latest(results);
    }

    /// <summary>The latest result of each facility among <paramref name="results"/> (by visit date, then id).</summary>
    public static List<OfficialResult> Latest(IEnumerable<OfficialResult> results) =>
        [.. results.GroupBy(r => r.FacilityId).Select(g => g.OrderByDescending(r => r.VisitDate).ThenByDescending(r => r.InspectionId).First())];

    public static IQueryable<OfficialResult> Project(IQueryable<FacilityInspection> inspections) =>
        inspections.Select(i => new OfficialResult(
            i.Id, i.FacilityId, i.Facility!.Name, i.Facility.ServiceType, i.Facility.District, i.Facility.OperatorId, i.Facility.Operator!.Name,
            i.Facility.Capacity, i.CycleId, i.VisitDate ?? i.PlannedDate, i.RuleSetVersionId, i.OverallScore, i.Rating,
            i.Coverage != null ? i.Coverage.Share : null));

    /// <summary>The findings of <paramref name="inspectionIds"/>, as the figures read them.</summary>
    public static Task<List<StoredFinding>> FindingsAsync(InspectionDbContext db, IReadOnlyCollection<Guid> inspectionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(inspectionIds);
        return StoredRows.FindingsAsync(db, inspectionIds, cancellationToken);
    }

    /// <summary>The stored domain scores of <paramref name="inspectionIds"/>.</summary>
    public static Task<List<StoredDomainScore>> DomainScoresAsync(InspectionDbContext db, IReadOnlyCollection<Guid> inspectionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Inspections.Results.DomainScoreRecord>().AsNoTracking().Where(d => inspectionIds.Contains(d.InspectionId))
            .Select(d => new StoredDomainScore(d.InspectionId, d.Domain, d.Score))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The rule sets of the versions the results were made with, by version id.</summary>
    public static async Task<Dictionary<Guid, RuleSet>> RuleSetsAsync(InspectionDbContext db, RuleSetLibrary library, IEnumerable<Guid> versionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(library);
        var ids = versionIds.Distinct().ToList();
        var versions = await db.RuleSetVersions.AsNoTracking().Where(v => ids.Contains(v.Id)).ToListAsync(cancellationToken);
        return versions.ToDictionary(v => v.Id, v => library.Get(v).RuleSet);
    }
}
