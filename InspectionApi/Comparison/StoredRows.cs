using System.Data.Common;
using Inspection.Api.Data;
using Inspection.Api.Inspections.Answers;
using Inspection.Api.Inspections.Findings;
using Inspection.Engine.Findings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Inspection.Api.Comparison;

/// <summary>
/// Reads many narrow rows for headquarters figures straight from the context's connection, without
/// materialising entities: tens of thousands of findings or hundreds of thousands of answers at a time,
/// where EF Core's entity and projection queries spent 3 to 4 times the processor time. Table and column
/// names come from the EF model; the SQL is plain enough for SQLite and SQL Server alike.
/// </summary>
internal static class StoredRows
{
    /// <summary>
    /// The columns of the findings of <paramref name="inspectionIds"/> that the figures read (from a covering
    /// index), the supervisor's amendment counted where there is one, packed by the database into one text per inspection: a row per finding cost more in the
    /// driver's per-row and per-column calls than the database spent finding them.
    /// </summary>
    public static async Task<List<StoredFinding>> FindingsAsync(InspectionDbContext db, IReadOnlyCollection<Guid> inspectionIds, CancellationToken cancellationToken)
    {
        var findings = new List<StoredFinding>(inspectionIds.Count * 50);
        var finding = Table<FindingRecord>(db);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var interned = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        await ReadAsync(db, inspectionIds, $"SELECT {finding[nameof(FindingRecord.InspectionId)]}, " +
            $"{Packed(db, finding[nameof(FindingRecord.StandardCode)], $"COALESCE({finding[nameof(FindingRecord.AmendedStatus)]}, {finding[nameof(FindingRecord.Status)]})",
                $"COALESCE(CASE WHEN {finding[nameof(FindingRecord.AmendedStatus)]} IS NULL THEN {finding[nameof(FindingRecord.Grade)]} ELSE {finding[nameof(FindingRecord.AmendedGrade)]} END, '')",
                finding[nameof(FindingRecord.Withdrawn)])} " +
            $"FROM {finding.Name} WHERE {finding[nameof(FindingRecord.InspectionId)]} IN ({{ids}}) GROUP BY {finding[nameof(FindingRecord.InspectionId)]}", reader =>
            {
                var inspectionId = reader.GetFieldValue<Guid>(0);
                var text = reader.GetString(1).AsSpan();
                Span<Range> parts = stackalloc Range[4];
                foreach (var range in text.Split(ResponseSnapshot.Record))
                {
                    var row = text[range];
                    if (row.Split(parts, ResponseSnapshot.Unit) != 4)
                    {
                        throw new InvalidOperationException($"a finding of inspection {inspectionId} did not read back as four columns");
                    }

                    var grade = row[parts[2]];
                    var withdrawn = row[parts[3]];
                    findings.Add(new StoredFinding(inspectionId, Intern(row[parts[0]]), Enum.Parse<FindingStatus>(row[parts[1]]),
                        grade.IsEmpty ? null : Intern(grade), withdrawn is "1" || (bool.TryParse(withdrawn, out var yes) && yes)));
                }
            }, cancellationToken);
        return findings;

        string Intern(ReadOnlySpan<char> value)
        {
            if (!interned.TryGetValue(value, out var text))
            {
                text = value.ToString();
                strings[text] = text;
            }

            return text;
        }
    }

    /// <summary>
    /// The aggregate that packs a group's rows into one text, each row's columns between
    /// <see cref="ResponseSnapshot.Unit"/> and rows between <see cref="ResponseSnapshot.Record"/>
    /// (<c>group_concat</c> on SQLite, <c>STRING_AGG</c> on SQL Server), in no particular order. Neither
    /// separator occurs unescaped in a code, a status, a grade or a JSON text; a null column would drop
    /// its row, so nullable columns are given as <c>COALESCE(column, '')</c>.
    /// </summary>
    public static string Packed(InspectionDbContext db, params string[] columns) => db.Database.IsSqlite()
        ? $"group_concat({string.Join($" || char({(int)ResponseSnapshot.Unit}) || ", columns)}, char({(int)ResponseSnapshot.Record}))"
        : $"STRING_AGG(CAST({string.Join($" + NCHAR({(int)ResponseSnapshot.Unit}) + ", columns.Select(c => $"CAST({c} AS nvarchar(max))"))} AS nvarchar(max)), NCHAR({(int)ResponseSnapshot.Record}))";

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
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
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
