using Inspection.Api.Data;
using Inspection.Api.Inspections;
using Inspection.Api.Inspections.Answers;
using Inspection.Api.Inspections.Findings;
using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// Reads stored inspections for a what-if straight from the tables (institution answers, residents,
/// resident answers, tracer census, finding columns, the previous visit's counted deficiencies), on the
/// context's connection, instead of materialising each aggregate: a cycle holds about 430 answers and 46
/// findings (each with its evidence) per inspection, and the what-if needs only the answers' JSON values,
/// the census and a few finding columns. Measured on the national picture, entity queries spent 3 to 4
/// times the processor time of these readers (<see cref="StoredRows"/>). The answers are aggregated by the
/// database into one text per inspection and per resident (<see cref="PackedAnswers"/>): a row per answer
/// cost more in the driver's per-row and per-column calls than the database spent finding the rows.
/// </summary>
public static class StoredResponses
{
    public static async Task<List<StoredResponse>> LoadAsync(InspectionDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var answers = new Dictionary<Guid, PackedAnswers>(ids.Count);
        var residents = new Dictionary<Guid, List<StoredResident>>(ids.Count);
        var census = new Dictionary<Guid, Dictionary<string, int>>(ids.Count);
        var previous = new Dictionary<Guid, List<PreviousDeficiency>>();
        var findings = new Dictionary<Guid, List<StoredFinding>>(ids.Count);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // The answers come packed, one text per inspection and per resident (PackedAnswers), not a row each.
            var institution = StoredRows.Table<InstitutionAnswer>(db);
            await StoredRows.ReadAsync(db, ids, $"SELECT {institution[nameof(InstitutionAnswer.InspectionId)]}, " +
                $"{StoredRows.Packed(db, institution[nameof(StoredAnswer.QuestionCode)], institution[nameof(StoredAnswer.ValueJson)])} " +
                $"FROM {institution.Name} WHERE {institution[nameof(InstitutionAnswer.InspectionId)]} IN ({{ids}}) GROUP BY {institution[nameof(InstitutionAnswer.InspectionId)]}", reader =>
                    answers[reader.GetFieldValue<Guid>(0)] = new PackedAnswers(reader.GetString(1)), cancellationToken);

            var sampled = StoredRows.Table<SampledResidentRecord>(db);
            var resident = StoredRows.Table<ResidentAnswer>(db);
            await StoredRows.ReadAsync(db, ids, $"SELECT r.{sampled[nameof(SampledResidentRecord.InspectionId)]}, r.{sampled[nameof(SampledResidentRecord.Code)]}, r.{sampled[nameof(SampledResidentRecord.Tracers)]}, " +
                $"(SELECT {StoredRows.Packed(db, $"a.{resident[nameof(StoredAnswer.QuestionCode)]}", $"a.{resident[nameof(StoredAnswer.ValueJson)]}")} FROM {resident.Name} a " +
                $"WHERE a.{resident[nameof(ResidentAnswer.ResidentId)]} = r.{sampled[nameof(SampledResidentRecord.Id)]}) " +
                $"FROM {sampled.Name} r WHERE r.{sampled[nameof(SampledResidentRecord.InspectionId)]} IN ({{ids}})", reader =>
                {
                    var tracers = reader.GetString(2);
                    Add(residents, reader.GetFieldValue<Guid>(0), new StoredResident(reader.GetString(1), tracers.Length == 0 ? [] : tracers.Split(','),
                        reader.IsDBNull(3) ? PackedAnswers.None : new PackedAnswers(reader.GetString(3))));
                }, cancellationToken);

            var counts = StoredRows.Table<TracerCount>(db);
            await StoredRows.ReadAsync(db, ids, $"SELECT {counts[nameof(TracerCount.InspectionId)]}, {counts[nameof(TracerCount.TracerCode)]}, {counts[nameof(TracerCount.Residents)]} " +
                $"FROM {counts.Name} WHERE {counts[nameof(TracerCount.InspectionId)]} IN ({{ids}})", reader =>
                {
                    var id = reader.GetFieldValue<Guid>(0);
                    if (!census.TryGetValue(id, out var tracers))
                    {
                        census[id] = tracers = new Dictionary<string, int>(StringComparer.Ordinal);
                    }

                    tracers[reader.GetString(1)] = reader.GetInt32(2);
                }, cancellationToken);

            // As FacilityInspection.CountedDeficiencies reads them: not met, not withdrawn, with a scope and a grade.
            var inspection = StoredRows.Table<FacilityInspection>(db);
            var finding = StoredRows.Table<FindingRecord>(db);
            await StoredRows.ReadAsync(db, ids, $"SELECT i.{inspection[nameof(FacilityInspection.Id)]}, f.{finding[nameof(FindingRecord.StandardCode)]}, f.{finding[nameof(FindingRecord.Severity)]}, " +
                $"f.{finding[nameof(FindingRecord.Scope)]}, f.{finding[nameof(FindingRecord.Grade)]}, f.{finding[nameof(FindingRecord.ImmediateJeopardy)]} " +
                $"FROM {inspection.Name} i JOIN {finding.Name} f ON f.{finding[nameof(FindingRecord.InspectionId)]} = i.{inspection[nameof(FacilityInspection.PreviousInspectionId)]} " +
                $"WHERE i.{inspection[nameof(FacilityInspection.Id)]} IN ({{ids}}) AND f.{finding[nameof(FindingRecord.Status)]} = '{nameof(FindingStatus.NotMet)}' " +
                $"AND f.{finding[nameof(FindingRecord.Withdrawn)]} = 0 AND f.{finding[nameof(FindingRecord.Scope)]} IS NOT NULL AND f.{finding[nameof(FindingRecord.Grade)]} IS NOT NULL", reader =>
                    Add(previous, reader.GetFieldValue<Guid>(0), new PreviousDeficiency(reader.GetString(1), Enum.Parse<Severity>(reader.GetString(2)),
                        Enum.Parse<Scope>(reader.GetString(3)), reader.GetString(4), reader.GetBoolean(5))), cancellationToken);

            foreach (var stored in await StoredRows.FindingsAsync(db, ids, cancellationToken))
            {
                Add(findings, stored.InspectionId, stored);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return [.. ids.Select(id => new StoredResponse(id, answers.GetValueOrDefault(id, PackedAnswers.None),
            residents.GetValueOrDefault(id) ?? [], findings.GetValueOrDefault(id) ?? [])
        {
            Census = census.GetValueOrDefault(id),
            PreviousDeficiencies = previous.TryGetValue(id, out var deficiencies)
                ? [.. deficiencies.OrderBy(d => d.StandardCode, StringComparer.Ordinal)]
                : null,
        })];
    }

    private static void Add<T>(Dictionary<Guid, List<T>> lists, Guid key, T item)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(item);
    }
}
