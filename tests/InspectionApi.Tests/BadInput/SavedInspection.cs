using Inspection.Api.Audit;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.BadInput;

/// <summary>
/// What is saved of an inspection, as the API shows it and as the audit log counts changes (refused
/// requests and failed sign-ins are audited too, but change nothing): equal before and after a
/// refused request means the request changed nothing.
/// </summary>
public sealed record SavedInspection(string Inspection, string Answers, string Attachments, int AuditEntries)
{
    public static async Task<SavedInspection> CaptureAsync(InspectionApiFactory factory, HttpClient client, Guid inspectionId) => new(
        await client.GetStringAsync($"/api/inspections/{inspectionId}"),
        await client.GetStringAsync($"/api/inspections/{inspectionId}/answers"),
        await client.GetStringAsync($"/api/inspections/{inspectionId}/attachments"),
        await factory.ReadDatabaseAsync(db => db.AuditLog.CountAsync(a => a.Entity != AuditEntry.Request && a.Entity != AuditEntry.SignIn)));
}
