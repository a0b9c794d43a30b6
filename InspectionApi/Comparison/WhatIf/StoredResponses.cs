using Inspection.Api.Data;
using Inspection.Api.Inspections.Answers;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// Reads stored inspections for a what-if straight from the tables (institution answers, residents,
/// resident answers, finding columns), on the context's connection, instead of materialising each
/// aggregate: a cycle holds about 430 answers and 46 findings (each with its evidence) per inspection, and
/// the what-if needs only the answers' JSON values and the findings' status and grade. Measured on the
/// national picture, entity queries spent 3 to 4 times the processor time of these readers (<see cref="StoredRows"/>).
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

        var answers = new Dictionary<Guid, List<(string, string)>>();
        var residents = new Dictionary<Guid, (Guid InspectionId, string Code, string Tracers, List<(string, string)> Answers)>();
        var findings = new Dictionary<Guid, List<StoredFinding>>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var institution = StoredRows.Table<InstitutionAnswer>(db);
            await StoredRows.ReadAsync(db, ids, $"SELECT {institution[nameof(InstitutionAnswer.InspectionId)]}, {institution[nameof(StoredAnswer.QuestionCode)]}, {institution[nameof(StoredAnswer.ValueJson)]} " +
                $"FROM {institution.Name} WHERE {institution[nameof(InstitutionAnswer.InspectionId)]} IN ({{ids}})", reader =>
                    Add(answers, reader.GetFieldValue<Guid>(0), (reader.GetString(1), reader.GetString(2))), cancellationToken);

            var sampled = StoredRows.Table<SampledResidentRecord>(db);
            await StoredRows.ReadAsync(db, ids, $"SELECT {sampled[nameof(SampledResidentRecord.Id)]}, {sampled[nameof(SampledResidentRecord.InspectionId)]}, {sampled[nameof(SampledResidentRecord.Code)]}, " +
                $"{sampled[nameof(SampledResidentRecord.Tracers)]} FROM {sampled.Name} WHERE {sampled[nameof(SampledResidentRecord.InspectionId)]} IN ({{ids}})", reader =>
                    residents[reader.GetFieldValue<Guid>(0)] = (reader.GetFieldValue<Guid>(1), reader.GetString(2), reader.GetString(3), []), cancellationToken);

            var resident = StoredRows.Table<ResidentAnswer>(db);
            await StoredRows.ReadAsync(db, ids, $"SELECT a.{resident[nameof(ResidentAnswer.ResidentId)]}, a.{resident[nameof(StoredAnswer.QuestionCode)]}, a.{resident[nameof(StoredAnswer.ValueJson)]} " +
                $"FROM {sampled.Name} r JOIN {resident.Name} a ON a.{resident[nameof(ResidentAnswer.ResidentId)]} = r.{sampled[nameof(SampledResidentRecord.Id)]} " +
                $"WHERE r.{sampled[nameof(SampledResidentRecord.InspectionId)]} IN ({{ids}})", reader =>
                    residents[reader.GetFieldValue<Guid>(0)].Answers.Add((reader.GetString(1), reader.GetString(2))), cancellationToken);

            foreach (var finding in await StoredRows.FindingsAsync(db, ids, cancellationToken))
            {
                Add(findings, finding.InspectionId, finding);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        var residentsOf = residents.Values.ToLookup(r => r.InspectionId, r => new StoredResident(r.Code, r.Tracers.Length == 0 ? [] : r.Tracers.Split(','), r.Answers));
        return [.. ids.Select(id => new StoredResponse(id, answers.GetValueOrDefault(id) ?? [], [.. residentsOf[id]], findings.GetValueOrDefault(id) ?? []))];
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
