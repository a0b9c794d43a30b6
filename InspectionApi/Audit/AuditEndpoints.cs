using AutoMapper;
using AutoMapper.QueryableExtensions;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Audit;

/// <summary>Reading the audit log (administrators and headquarters analysts).</summary>
public static class AuditEndpoints
{
    public static void MapAudit(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit", List).WithName("ListAuditEntries").WithSummary("Read the audit log")
            .WithDescription("Changes and refused requests, newest first; ?entity= and ?entityId= narrow it, ?take= limits it.")
            .ProducesProblem(400).WithTags("Audit").RequireAuthorization(Policies.Auditor);

    public static async Task<Ok<List<AuditEntryDto>>> List(InspectionDbContext db, IMapper mapper, string? entity, string? entityId, int? take, CancellationToken cancellationToken)
    {
        var query = db.AuditLog.AsQueryable();
        if (entity is not null)
        {
            query = query.Where(a => a.Entity == entity);
        }

        if (entityId is not null)
        {
            query = query.Where(a => a.EntityId == entityId);
        }

        return TypedResults.Ok(await query.OrderByDescending(a => a.Id).Take(Math.Clamp(take ?? 200, 1, 1000))
            .ProjectTo<AuditEntryDto>(mapper.ConfigurationProvider).ToListAsync(cancellationToken));
    }
}
