using Inspection.Api.Data;
using Inspection.Api.Inspections.Answers;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// Reads stored inspections for a what-if in four narrow queries (institution answers, residents, resident
/// answers, finding columns) instead of loading each aggregate with its entities: a cycle holds about
/// 400 answers and 50 findings (each with its evidence) per inspection, and the what-if needs only the
/// answers' values and the findings' status and grade.
/// </summary>
public static class StoredResponses
{
    public static async Task<List<StoredResponse>> LoadAsync(InspectionDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        var answers = (await db.InstitutionAnswers.AsNoTracking().Where(a => ids.Contains(a.InspectionId))
                .Select(a => new { a.InspectionId, a.QuestionCode, a.ValueJson }).ToListAsync(cancellationToken))
            .ToLookup(a => a.InspectionId, a => (a.QuestionCode, a.ValueJson));
        var residents = await db.SampledResidents.AsNoTracking().Where(r => ids.Contains(r.InspectionId))
            .Select(r => new { r.Id, r.InspectionId, r.Code, r.Tracers }).ToListAsync(cancellationToken);
        var residentAnswers = (await (
                    from resident in db.SampledResidents.AsNoTracking()
                    join answer in db.Set<ResidentAnswer>().AsNoTracking() on resident.Id equals answer.ResidentId
                    where ids.Contains(resident.InspectionId)
                    select new { answer.ResidentId, answer.QuestionCode, answer.ValueJson })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.ResidentId, a => (a.QuestionCode, a.ValueJson));
        var findings = (await OfficialResults.FindingsAsync(db, ids, cancellationToken)).ToLookup(f => f.InspectionId);
        var residentsOf = residents.ToLookup(r => r.InspectionId, r => new StoredResident(
            r.Code, r.Tracers.Length == 0 ? [] : r.Tracers.Split(','), [.. residentAnswers[r.Id]]));
        return [.. ids.Select(id => new StoredResponse(id, [.. answers[id]], [.. residentsOf[id]], [.. findings[id]]))];
    }
}
