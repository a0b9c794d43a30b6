using System.Data.Common;
using Inspection.Api.Data;
using Inspection.Api.Inspections.Findings;
using Inspection.Engine.Findings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Inspection.Api.Comparison;

/// <summary>
/// Reads many narrow rows for headquarters figures straight from the context's connection, without
/// materialising entities: tens of thousands of findings or hundreds of thousands of answers at a time,
/// where EF Core's entity and projection queries spent 3 to 4 times the processor time. Table and column
/// names come from the EF model; the SQL is plain enough for SQLite and SQL Server alike.
/// </summary>
internal static class StoredRows
{
    /// <summary>The columns of the findings of <paramref name="inspectionIds"/> that the figures read (from a covering index).</summary>
    public static async Task<List<StoredFinding>> FindingsAsync(InspectionDbContext db, IReadOnlyCollection<Guid> inspectionIds, CancellationToken cancellationToken)
    {
        var findings = new List<StoredFinding>(inspectionIds.Count * 50);
        var finding = Table<FindingRecord>(db);
        await ReadAsync(db, inspectionIds, $"SELECT {finding[nameof(FindingRecord.InspectionId)]}, {finding[nameof(FindingRecord.StandardCode)]}, {finding[nameof(FindingRecord.Status)]}, " +
            $"{finding[nameof(FindingRecord.Grade)]}, {finding[nameof(FindingRecord.Withdrawn)]} FROM {finding.Name} WHERE {finding[nameof(FindingRecord.InspectionId)]} IN ({{ids}})", reader =>
                findings.Add(new StoredFinding(reader.GetFieldValue<Guid>(0), reader.GetString(1), Enum.Parse<FindingStatus>(reader.GetString(2)),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetBoolean(4))), cancellationToken);
        return findings;
    }

    /// <summary>Ids bound per statement: SQL Server takes at most 2,100 parameters.</summary>
    public const int IdsPerStatement = 1000;

    /// <summary>
    /// Runs <paramref name="sql"/> with <c>{ids}</c> replaced by one parameter per id (as the provider stores
    /// a Guid), in statements of at most <see cref="IdsPerStatement"/> ids, reading each row.
    /// </summary>
    public static async Task ReadAsync(InspectionDbContext db, IReadOnlyCollection<Guid> ids, string sql, Action<DbDataReader> read, CancellationToken cancellationToken)
    {
        var sqlite = db.Database.IsSqlite();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var chunk in ids.Chunk(IdsPerStatement))
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                var names = new List<string>(chunk.Length);
                foreach (var id in chunk)
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
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static TableColumns Table<T>(InspectionDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        return new TableColumns(entity);
    }

    /// <summary>An entity's table and its columns, quoted.</summary>
    public sealed class TableColumns(IEntityType entity)
    {
        private readonly StoreObjectIdentifier _table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());

        public string Name => Quote(_table.Name);

        public string this[string property] => Quote(entity.FindProperty(property)?.GetColumnName(_table)
            ?? throw new InvalidOperationException($"{entity.DisplayName()}.{property} is not mapped"));

        private static string Quote(string name) => $"\"{name}\"";
    }
}
