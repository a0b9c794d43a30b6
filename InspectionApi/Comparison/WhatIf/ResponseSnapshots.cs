using Inspection.Api.Data;
using Inspection.Api.Inspections;
using Inspection.Api.Inspections.Answers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// Fills the <see cref="ResponseSnapshot"/> of every evaluated inspection that has none (those evaluated before
/// snapshots existed), built by the database from the answer rows in one statement: at start, nightly
/// (<see cref="ResponseSnapshotRefresh"/>), and for a cycle before a what-if reads it. Idempotent: an
/// inspection with a snapshot is left alone, so it costs one anti-join when there is nothing to do.
/// </summary>
public static class ResponseSnapshots
{
    /// <summary>Fills the missing snapshots (of <paramref name="cycleId"/>'s inspections only, when given); returns how many.</summary>
    public static async Task<int> FillMissingAsync(InspectionDbContext db, Guid? cycleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sql = FillSql(db, cycleId is null ? null : "@cycle");
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = sql;
            command.CommandTimeout = 0;
            if (cycleId is { } cycle)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@cycle";
                parameter.Value = db.Database.IsSqlite() ? cycle.ToString().ToUpperInvariant() : cycle;
                command.Parameters.Add(parameter);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The statement: the same text <see cref="ResponseSnapshot.Pack"/> writes (parts in no particular order),
    /// aggregated by <c>group_concat</c> on SQLite and <c>STRING_AGG</c> on SQL Server, which allows no
    /// subquery inside an aggregate: each resident's answers are aggregated in an <c>OUTER APPLY</c> first.
    /// </summary>
    internal static string FillSql(InspectionDbContext db, string? cycleParameter)
    {
        var inspection = StoredRows.Table<FacilityInspection>(db);
        var snapshot = StoredRows.Table<ResponseSnapshot>(db);
        var institution = StoredRows.Table<InstitutionAnswer>(db);
        var counts = StoredRows.Table<TracerCount>(db);
        var sampled = StoredRows.Table<SampledResidentRecord>(db);
        var resident = StoredRows.Table<ResidentAnswer>(db);
        var sqlite = db.Database.IsSqlite();
        string Char(char c) => sqlite ? $"char({(int)c})" : $"NCHAR({(int)c})";
        var concat = sqlite ? " || " : " + ";
        var empty = sqlite ? "''" : "N''";

        var answers = $"COALESCE((SELECT {StoredRows.Packed(db, $"a.{institution[nameof(StoredAnswer.QuestionCode)]}", $"a.{institution[nameof(StoredAnswer.ValueJson)]}")} " +
            $"FROM {institution.Name} a WHERE a.{institution[nameof(InstitutionAnswer.InspectionId)]} = i.{inspection[nameof(FacilityInspection.Id)]}), {empty})";
        var census = $"COALESCE((SELECT {StoredRows.Packed(db, $"c.{counts[nameof(TracerCount.TracerCode)]}", $"c.{counts[nameof(TracerCount.Residents)]}")} " +
            $"FROM {counts.Name} c WHERE c.{counts[nameof(TracerCount.InspectionId)]} = i.{inspection[nameof(FacilityInspection.Id)]}), {empty})";
        var residentAnswers = StoredRows.Packed(db, $"ra.{resident[nameof(StoredAnswer.QuestionCode)]}", $"ra.{resident[nameof(StoredAnswer.ValueJson)]}");
        var ofResident = $"FROM {resident.Name} ra WHERE ra.{resident[nameof(ResidentAnswer.ResidentId)]} = r.{sampled[nameof(SampledResidentRecord.Id)]}";
        var residentHead = string.Join(concat, Char(ResponseSnapshot.Group), $"r.{sampled[nameof(SampledResidentRecord.Code)]}", Char(ResponseSnapshot.Field),
            $"r.{sampled[nameof(SampledResidentRecord.Tracers)]}", Char(ResponseSnapshot.Field));
        var residents = sqlite
            ? $"COALESCE((SELECT group_concat({residentHead} || COALESCE((SELECT {residentAnswers} {ofResident}), ''), '') FROM {sampled.Name} r " +
                $"WHERE r.{sampled[nameof(SampledResidentRecord.InspectionId)]} = i.{inspection[nameof(FacilityInspection.Id)]}), '')"
            : $"COALESCE((SELECT STRING_AGG(CAST({residentHead} + COALESCE(x.Packed, N'') AS nvarchar(max)), N'') FROM {sampled.Name} r " +
                $"OUTER APPLY (SELECT {residentAnswers} AS Packed {ofResident}) x " +
                $"WHERE r.{sampled[nameof(SampledResidentRecord.InspectionId)]} = i.{inspection[nameof(FacilityInspection.Id)]}), N'')";
        var cycle = cycleParameter is null ? string.Empty : $"AND i.{inspection[nameof(FacilityInspection.CycleId)]} = {cycleParameter} ";
        return $"INSERT INTO {snapshot.Name} ({snapshot[nameof(ResponseSnapshot.InspectionId)]}, {snapshot[nameof(ResponseSnapshot.Packed)]}) " +
            $"SELECT i.{inspection[nameof(FacilityInspection.Id)]}, {string.Join(concat, answers, Char(ResponseSnapshot.Group), census, residents)} " +
            $"FROM {inspection.Name} i WHERE i.{inspection[nameof(FacilityInspection.EvaluatedAt)]} IS NOT NULL {cycle}" +
            $"AND NOT EXISTS (SELECT 1 FROM {snapshot.Name} s WHERE s.{snapshot[nameof(ResponseSnapshot.InspectionId)]} = i.{inspection[nameof(FacilityInspection.Id)]})";
    }
}
