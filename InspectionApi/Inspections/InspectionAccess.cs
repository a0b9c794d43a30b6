using Inspection.Api.Access;
using Inspection.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Inspections;

/// <summary>Loading inspections the current user may see.</summary>
internal static class InspectionAccess
{
    public static async Task<Inspection?> FindAsync(InspectionDbContext db, AccessPolicy access, Guid id, bool withDetails, CancellationToken cancellationToken)
    {
        IQueryable<Inspection> query = db.Inspections.Include(i => i.Facility).Include(i => i.RuleSetVersion);
        if (withDetails)
        {
            query = query.Include(i => i.Answers).Include(i => i.Residents).ThenInclude(r => r.Answers).AsSplitQuery();
        }

        return await access.Inspections(query).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
    }

    /// <summary>For a follow-up: the standards still deficient in the inspection it follows up; null otherwise.</summary>
    public static async Task<List<string>?> RecheckedStandardsAsync(InspectionDbContext db, Inspection inspection, CancellationToken cancellationToken)
    {
        if (inspection.FollowUpOfId is not { } original)
        {
            return null;
        }

        var open = await db.Findings
            .Where(f => f.InspectionId == original && f.Status == Engine.Findings.FindingStatus.NotMet && !f.Withdrawn)
            .Select(f => f.StandardCode)
            .ToListAsync(cancellationToken);
        return [.. open.Order(StringComparer.Ordinal)];
    }
}
