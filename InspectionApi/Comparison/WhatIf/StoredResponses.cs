using System.Data.Common;
using Inspection.Api.Data;
using Inspection.Api.Inspections.Answers;
using Inspection.Api.Inspections.Findings;
using Inspection.Engine.Findings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// Reads stored inspections for a what-if straight from the tables (institution answers, residents,
/// resident answers, finding columns), on the context's connection, instead of materialising each
/// aggregate: a cycle holds about 430 answers and 46 findings (each with its evidence) per inspection, and
/// the what-if needs only the answers' JSON values and the findings' status and grade. Measured on the
/// national picture, entity queries spent 3 to 4 times the processor time of these readers. Table and
/// column names come from the EF model; the SQL is plain enough for SQLite and SQL Server alike.
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
            var institution = Table<InstitutionAnswer>(db);
            await ReadAsync(db, ids, $"SELECT {institution[nameof(InstitutionAnswer.InspectionId)]}, {institution[nameof(StoredAnswer.QuestionCode)]}, {institution[nameof(StoredAnswer.ValueJson)]} " +
                $"FROM {institution.Name} WHERE {institution[nameof(InstitutionAnswer.InspectionId)]} IN ({{ids}})", reader =>
                    Add(answers, reader.GetFieldValue<Guid>(0), (reader.GetString(1), reader.GetString(2))), cancellationToken);

            var sampled = Table<SampledResidentRecord>(db);
            await ReadAsync(db, ids, $"SELECT {sampled[nameof(SampledResidentRecord.Id)]}, {sampled[nameof(SampledResidentRecord.InspectionId)]}, {sampled[nameof(SampledResidentRecord.Code)]}, " +
                $"{sampled[nameof(SampledResidentRecord.Tracers)]} FROM {sampled.Name} WHERE {sampled[nameof(SampledResidentRecord.InspectionId)]} IN ({{ids}})", reader =>
                    residents[reader.GetFieldValue<Guid>(0)] = (reader.GetFieldValue<Guid>(1), reader.GetString(2), reader.GetString(3), []), cancellationToken);

            var resident = Table<ResidentAnswer>(db);
            await ReadAsync(db, ids, $"SELECT a.{resident[nameof(ResidentAnswer.ResidentId)]}, a.{resident[nameof(StoredAnswer.QuestionCode)]}, a.{resident[nameof(StoredAnswer.ValueJson)]} " +
                $"FROM {sampled.Name} r JOIN {resident.Name} a ON a.{resident[nameof(ResidentAnswer.ResidentId)]} = r.{sampled[nameof(SampledResidentRecord.Id)]} " +
                $"WHERE r.{sampled[nameof(SampledResidentRecord.InspectionId)]} IN ({{ids}})", reader =>
                    residents[reader.GetFieldValue<Guid>(0)].Answers.Add((reader.GetString(1), reader.GetString(2))), cancellationToken);

            var finding = Table<FindingRecord>(db);
            await ReadAsync(db, ids, $"SELECT {finding[nameof(FindingRecord.InspectionId)]}, {finding[nameof(FindingRecord.StandardCode)]}, {finding[nameof(FindingRecord.Status)]}, " +
                $"{finding[nameof(FindingRecord.Grade)]}, {finding[nameof(FindingRecord.Withdrawn)]} FROM {finding.Name} WHERE {finding[nameof(FindingRecord.InspectionId)]} IN ({{ids}})", reader =>
                {
                    var inspectionId = reader.GetFieldValue<Guid>(0);
                    Add(findings, inspectionId, new StoredFinding(inspectionId, reader.GetString(1), Enum.Parse<FindingStatus>(reader.GetString(2)),
                        reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetBoolean(4)));
                }, cancellationToken);
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

    /// <summary>Runs <paramref name="sql"/> with <c>{ids}</c> replaced by one parameter per id (as the provider stores a Guid), reading each row.</summary>
    private static async Task ReadAsync(InspectionDbContext db, IReadOnlyCollection<Guid> ids, string sql, Action<DbDataReader> read, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        var names = new List<string>(ids.Count);
        var sqlite = db.Database.IsSqlite();
        foreach (var id in ids)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{names.Count}";
            parameter.Value = sqlite ? id.ToString().ToUpperInvariant() : id;
            command.Parameters.Add(parameter);
            names.Add(parameter.ParameterName);
        }

        command.CommandText = sql.Replace("{ids}", string.Join(", ", names), StringComparison.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            read(reader);
        }
    }

    private static TableColumns Table<T>(InspectionDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        return new TableColumns(entity);
    }

    /// <summary>An entity's table and its columns, quoted.</summary>
    private sealed class TableColumns(IEntityType entity)
    {
        private readonly StoreObjectIdentifier _table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());

        public string Name => Quote(_table.Name);

        public string this[string property] => Quote(entity.FindProperty(property)?.GetColumnName(_table)
            ?? throw new InvalidOperationException($"{entity.DisplayName()}.{property} is not mapped"));

        private static string Quote(string name) => $"\"{name}\"";
    }
}
