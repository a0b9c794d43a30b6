using Inspection.Api.Comparison;
using Inspection.Api.Data;
using Inspection.Api.Inspections.Answers;

namespace Inspection.Comparison.Benchmarks;

/// <summary>
/// The reference for the response snapshots: the same answers, residents and census read as the what-if read
/// them before snapshots existed (the database packing the answers of each inspection and of each resident
/// into one text with <c>group_concat</c>, the census a row per tracer), measured in the same run as the
/// snapshot rows so that the comparison survives the machine's load.
/// </summary>
internal static class PackedRowReader
{
    public static async Task<int> ReadAsync(InspectionDbContext db, IReadOnlyCollection<Guid> ids)
    {
        var read = 0;
        var institution = StoredRows.Table<InstitutionAnswer>(db);
        await StoredRows.ReadAsync(db, ids, $"SELECT {institution[nameof(InstitutionAnswer.InspectionId)]}, " +
            $"{StoredRows.Packed(db, institution[nameof(StoredAnswer.QuestionCode)], institution[nameof(StoredAnswer.ValueJson)])} " +
            $"FROM {institution.Name} WHERE {institution[nameof(InstitutionAnswer.InspectionId)]} IN ({{ids}}) GROUP BY {institution[nameof(InstitutionAnswer.InspectionId)]}", reader =>
                read += reader.GetFieldValue<Guid>(0) == Guid.Empty ? 0 : reader.GetString(1).Length, CancellationToken.None);

        var sampled = StoredRows.Table<SampledResidentRecord>(db);
        var resident = StoredRows.Table<ResidentAnswer>(db);
        await StoredRows.ReadAsync(db, ids, $"SELECT r.{sampled[nameof(SampledResidentRecord.InspectionId)]}, r.{sampled[nameof(SampledResidentRecord.Code)]}, r.{sampled[nameof(SampledResidentRecord.Tracers)]}, " +
            $"(SELECT {StoredRows.Packed(db, $"a.{resident[nameof(StoredAnswer.QuestionCode)]}", $"a.{resident[nameof(StoredAnswer.ValueJson)]}")} FROM {resident.Name} a " +
            $"WHERE a.{resident[nameof(ResidentAnswer.ResidentId)]} = r.{sampled[nameof(SampledResidentRecord.Id)]}) " +
            $"FROM {sampled.Name} r WHERE r.{sampled[nameof(SampledResidentRecord.InspectionId)]} IN ({{ids}})", reader =>
                read += reader.GetFieldValue<Guid>(0) == Guid.Empty ? 0 : reader.GetString(1).Length + reader.GetString(2).Split(',').Length + (reader.IsDBNull(3) ? 0 : reader.GetString(3).Length),
            CancellationToken.None);

        var counts = StoredRows.Table<TracerCount>(db);
        await StoredRows.ReadAsync(db, ids, $"SELECT {counts[nameof(TracerCount.InspectionId)]}, {counts[nameof(TracerCount.TracerCode)]}, {counts[nameof(TracerCount.Residents)]} " +
            $"FROM {counts.Name} WHERE {counts[nameof(TracerCount.InspectionId)]} IN ({{ids}})", reader =>
                read += reader.GetFieldValue<Guid>(0) == Guid.Empty ? 0 : reader.GetString(1).Length + reader.GetInt32(2), CancellationToken.None);
        return read;
    }

    /// <summary>The snapshot rows of the same inspections, split into their parts (what replaced the queries above).</summary>
    public static async Task<int> SnapshotsAsync(InspectionDbContext db, IReadOnlyCollection<Guid> ids)
    {
        var read = 0;
        var snapshot = StoredRows.Table<ResponseSnapshot>(db);
        await StoredRows.ReadAsync(db, ids, $"SELECT {snapshot[nameof(ResponseSnapshot.InspectionId)]}, {snapshot[nameof(ResponseSnapshot.Packed)]} " +
            $"FROM {snapshot.Name} WHERE {snapshot[nameof(ResponseSnapshot.InspectionId)]} IN ({{ids}})", reader =>
                read += reader.GetFieldValue<Guid>(0) == Guid.Empty ? 0 : ResponseSnapshot.Read(reader.GetString(1)).Residents.Count, CancellationToken.None);
        return read;
    }
}
