using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Inspection.Api.NationalData;

/// <summary>
/// The generator's bulk path: writes the entities a context tracks as added with one prepared INSERT per
/// table, in one transaction, instead of <c>SaveChanges</c> (which spent most of a national generation).
/// Tables, columns and values come from the EF model and each property's type mapping (converters
/// included), so the rows are those <c>SaveChanges</c> would write; owned collections stored as JSON are
/// written into their owner's column by their JSON property names.
/// </summary>
internal static class BulkInsert
{
    public static async Task SaveAddedAsync(DbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && !e.Metadata.IsMappedToJson()).ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var table in added.GroupBy(e => e.Metadata).OrderBy(g => Depth(g.Key)))
        {
            var type = table.Key;
            var store = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var columns = type.GetProperties().Where(p => p.GetColumnName(store) is not null).ToList();
            var json = type.GetNavigations().Where(n => n.TargetEntityType.IsMappedToJson()).ToList();
            var names = columns.Select(p => p.GetColumnName(store)!).Concat(json.Select(n => n.TargetEntityType.GetContainerColumnName()!)).ToList();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = $"INSERT INTO \"{store.Name}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) " +
                $"VALUES ({string.Join(", ", names.Select((_, i) => $"@p{i}"))})";
            foreach (var entry in table)
            {
                command.Parameters.Clear();
                for (var i = 0; i < columns.Count; i++)
                {
                    command.Parameters.Add(columns[i].GetRelationalTypeMapping().CreateParameter(command, $"@p{i}", entry.Property(columns[i].Name).CurrentValue, columns[i].IsNullable));
                }

                for (var j = 0; j < json.Count; j++)
                {
                    command.Parameters.Add(Parameter(command, $"@p{columns.Count + j}", Json(entry, json[j])));
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        foreach (var entry in added)
        {
            entry.State = EntityState.Detached;
        }
    }

    /// <summary>Principals before dependents: the longest chain of foreign keys to other tables.</summary>
    private static int Depth(IEntityType type, int guard = 0) =>
        guard > 10 ? 0 : type.GetForeignKeys().Where(k => k.PrincipalEntityType != type && !k.IsOwnership).Select(k => 1 + Depth(k.PrincipalEntityType, guard + 1)).DefaultIfEmpty(0).Max();

    /// <summary>
    /// An owned type stored as JSON: an array for a collection, one object (or null) for a reference; each value
    /// written by its property's own JSON writer (after its converter, except for primitive collections), as EF does.
    /// </summary>
    private static object Json(EntityEntry owner, INavigation navigation)
    {
        var properties = navigation.TargetEntityType.GetProperties().Where(p => p.GetJsonPropertyName() is not null).ToList();
        var current = owner.Navigation(navigation.Name).CurrentValue;
        if (!navigation.IsCollection && current is null)
        {
            return DBNull.Value;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            void Object(object item)
            {
                writer.WriteStartObject();
                foreach (var property in properties)
                {
                    writer.WritePropertyName(property.GetJsonPropertyName()!);
                    var value = property.PropertyInfo?.GetValue(item);
                    var mapping = property.GetTypeMapping();
                    if (value is null)
                    {
                        writer.WriteNullValue();
                        continue;
                    }

                    var stored = !property.IsPrimitiveCollection && mapping.Converter is { } converter ? converter.ConvertToProvider(value)! : value;
                    (property.GetJsonValueReaderWriter() ?? mapping.JsonValueReaderWriter
                        ?? throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} has no JSON writer")).ToJson(writer, stored);
                }

                writer.WriteEndObject();
            }

            if (navigation.IsCollection)
            {
                writer.WriteStartArray();
                foreach (var item in (current as System.Collections.IEnumerable)?.Cast<object>() ?? [])
                {
                    Object(item);
                }

                writer.WriteEndArray();
            }
            else
            {
                Object(current!);
            }
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        return parameter;
    }
}
