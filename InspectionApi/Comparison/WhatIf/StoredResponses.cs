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
/// Reads stored inspections for a what-if straight from the tables, on the context's connection, instead of
/// materialising each aggregate: the response snapshot (one row per inspection holding its ~430 answers,
/// residents and census, written when its result was stored: <see cref="ResponseSnapshot"/>), the previous
/// visit's counted deficiencies, and a few finding columns packed per inspection (<see cref="StoredRows"/>).
/// Measured on the national picture, entity queries spent 3 to 4 times the processor time of plain readers,
/// and a row per answer (even packed by the database per resident) cost more in the driver's per-row calls
/// and in the database's aggregation than one snapshot row.
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

        var snapshots = new Dictionary<Guid, PackedResponse>(ids.Count);
        var previous = new Dictionary<Guid, List<PreviousDeficiency>>();
        var findings = new Dictionary<Guid, List<StoredFinding>>(ids.Count);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var snapshot = StoredRows.Table<ResponseSnapshot>(db);
            await StoredRows.ReadAsync(db, ids, $"SELECT {snapshot[nameof(ResponseSnapshot.InspectionId)]}, {snapshot[nameof(ResponseSnapshot.Packed)]} " +
                $"FROM {snapshot.Name} WHERE {snapshot[nameof(ResponseSnapshot.InspectionId)]} IN ({{ids}})", reader =>
                {
                    var id = reader.GetFieldValue<Guid>(0);
                    try
                    {
                        snapshots[id] = ResponseSnapshot.Read(reader.GetString(1));
                    }
                    catch (FormatException e)
                    {
                        throw new InvalidOperationException($"the response snapshot of inspection {id} does not read back: {e.Message}", e);
                    }
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

        return [.. ids.Select(id => new StoredResponse(id,
            snapshots.TryGetValue(id, out var response) ? response
                : throw new InvalidOperationException($"inspection {id} has no response snapshot; ResponseSnapshots.FillMissingAsync fills it from its answer rows"),
            findings.GetValueOrDefault(id) ?? [])
        {
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
