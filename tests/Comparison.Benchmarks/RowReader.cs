using Inspection.Api.Comparison;
using Inspection.Api.Data;
using Inspection.Api.Inspections.Answers;
using Inspection.Api.Inspections.Findings;
using Inspection.Engine.Findings;

namespace Inspection.Comparison.Benchmarks;

/// <summary>
/// The reference for the what-if's reading: the same answers, residents and finding columns read as one
/// row per answer and per finding (as the what-if read them before they were packed), measured in the same
/// run as the packed reader so that the comparison survives the machine's load.
/// </summary>
internal static class RowReader
{
    public static async Task<int> ReadAsync(InspectionDbContext db, IReadOnlyCollection<Guid> ids)
    {
        var answers = new Dictionary<Guid, List<(string, string)>>();
        var residents = new Dictionary<Guid, (Guid InspectionId, string Code, string Tracers, List<(string, string)> Answers)>();
        var findings = new List<StoredFinding>(ids.Count * 50);
        var institution = StoredRows.Table<InstitutionAnswer>(db);
        await StoredRows.ReadAsync(db, ids, $"SELECT {institution[nameof(InstitutionAnswer.InspectionId)]}, {institution[nameof(StoredAnswer.QuestionCode)]}, {institution[nameof(StoredAnswer.ValueJson)]} " +
            $"FROM {institution.Name} WHERE {institution[nameof(InstitutionAnswer.InspectionId)]} IN ({{ids}})", reader =>
            {
                var id = reader.GetFieldValue<Guid>(0);
                (answers.TryGetValue(id, out var list) ? list : answers[id] = []).Add((reader.GetString(1), reader.GetString(2)));
            }, CancellationToken.None);

        var sampled = StoredRows.Table<SampledResidentRecord>(db);
        await StoredRows.ReadAsync(db, ids, $"SELECT {sampled[nameof(SampledResidentRecord.Id)]}, {sampled[nameof(SampledResidentRecord.InspectionId)]}, {sampled[nameof(SampledResidentRecord.Code)]}, " +
            $"{sampled[nameof(SampledResidentRecord.Tracers)]} FROM {sampled.Name} WHERE {sampled[nameof(SampledResidentRecord.InspectionId)]} IN ({{ids}})", reader =>
                residents[reader.GetFieldValue<Guid>(0)] = (reader.GetFieldValue<Guid>(1), reader.GetString(2), reader.GetString(3), []), CancellationToken.None);

        var resident = StoredRows.Table<ResidentAnswer>(db);
        await StoredRows.ReadAsync(db, ids, $"SELECT a.{resident[nameof(ResidentAnswer.ResidentId)]}, a.{resident[nameof(StoredAnswer.QuestionCode)]}, a.{resident[nameof(StoredAnswer.ValueJson)]} " +
            $"FROM {sampled.Name} r JOIN {resident.Name} a ON a.{resident[nameof(ResidentAnswer.ResidentId)]} = r.{sampled[nameof(SampledResidentRecord.Id)]} " +
            $"WHERE r.{sampled[nameof(SampledResidentRecord.InspectionId)]} IN ({{ids}})", reader =>
                residents[reader.GetFieldValue<Guid>(0)].Answers.Add((reader.GetString(1), reader.GetString(2))), CancellationToken.None);

        var finding = StoredRows.Table<FindingRecord>(db);
        await StoredRows.ReadAsync(db, ids, $"SELECT {finding[nameof(FindingRecord.InspectionId)]}, {finding[nameof(FindingRecord.StandardCode)]}, {finding[nameof(FindingRecord.Status)]}, " +
            $"{finding[nameof(FindingRecord.Grade)]}, {finding[nameof(FindingRecord.Withdrawn)]} FROM {finding.Name} WHERE {finding[nameof(FindingRecord.InspectionId)]} IN ({{ids}})", reader =>
                findings.Add(new StoredFinding(reader.GetFieldValue<Guid>(0), reader.GetString(1), Enum.Parse<FindingStatus>(reader.GetString(2)),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetBoolean(4))), CancellationToken.None);
        return answers.Count + residents.Values.Sum(r => r.Answers.Count) + findings.Count;
    }
}
