using System.Text.Json;
using System.Text.Json.Serialization;
using Inspection.Api.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inspection.Api.Audit;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every change saved (who, when, before, after) in the same
/// transaction as the change, and refuses any change to the audit log itself (it is append-only).
/// </summary>
internal sealed class AuditInterceptor(CurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal) { nameof(User.PasswordHash) };

    // Enums by name, as the database stores them: "Status": "Submitted" reads on its own, "Status": 2 does not.
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var entries = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("The audit log is append-only: its entries are never changed or removed.");
                }

                continue;
            }

            if (entry.Entity is IUnaudited || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : Values(entry, original: true);
            var after = entry.State == EntityState.Deleted ? null : Values(entry, original: false);
            if (entry.State == EntityState.Modified && before == after)
            {
                continue;
            }

            var key = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
            entries.Add(new AuditEntry(now, currentUser.Id, currentUser.UserName, entry.Metadata.ClrType.Name, key, entry.State.ToString(), before, after));
        }

        context.AddRange(entries);
    }

    private static string Values(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            values[name] = Secret.Contains(name) ? "(not recorded)" : original ? property.OriginalValue : property.CurrentValue;
        }

        return JsonSerializer.Serialize(values, Json);
    }
}
