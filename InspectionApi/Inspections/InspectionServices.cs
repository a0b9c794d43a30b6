using AutoMapper;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Api.Inspections.Strengths;
using Inspection.Api.RuleSets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Inspections;

/// <summary>
/// What every inspection handler needs, bound as one parameter (<c>[AsParameters]</c>), with the one
/// way to load an inspection the caller may see.
/// </summary>
public sealed record InspectionServices(
    InspectionDbContext Db,
    AccessPolicy Access,
    RuleSetLibrary Library,
    InspectionEvaluator Evaluator,
    IMapper Mapper,
    TimeProvider Clock,
    HttpContext Http)
{
    public CurrentUser User => Access.User;

    /// <summary>The caller's role; every inspection endpoint requires a signed-in user with one.</summary>
    public Role Role => Access.User.Role ?? throw new InvalidOperationException("the signed-in user has no role");

    /// <summary>The caller's user id (empty for the system).</summary>
    public Guid UserId => Access.User.Id ?? Guid.Empty;

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(Now);

    public Language Language => RequestLanguage.Of(Http);

    /// <summary>
    /// The inspection with <paramref name="id"/> when the caller may see it, with the parts asked for;
    /// null (answer 404) when it does not exist or is not theirs to see, which look the same.
    /// </summary>
    public async Task<FacilityInspection?> FindAsync(Guid id, InspectionParts parts, CancellationToken cancellationToken)
    {
        IQueryable<FacilityInspection> query = Db.Inspections.Include(i => i.Facility).ThenInclude(f => f!.Operator).Include(i => i.RuleSetVersion);
        if (parts.HasFlag(InspectionParts.Answers))
        {
            query = query.Include(i => i.Answers).Include(i => i.Residents).ThenInclude(r => r.Answers).Include(i => i.Census);
        }

        if (parts.HasFlag(InspectionParts.Findings))
        {
            query = query.Include(i => i.Findings).Include(i => i.Disputes).Include(i => i.DomainScores).Include(i => i.Amendments);
        }

        return await Access.Inspections(query).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
    }

    /// <summary>One inspection as the caller may see it, with its result and standing (loaded with <see cref="InspectionParts.Findings"/>).</summary>
    public InspectionDto Detail(FacilityInspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        return Mapper.Map<InspectionDto>(inspection, ViewerOf(inspection));
    }

    /// <summary>
    /// <see cref="Detail"/> with the result's strengths (<see cref="InspectionStrengths"/>), which read the inspection
    /// before this one.
    /// </summary>
    public async Task<InspectionDto> DetailAsync(FacilityInspection inspection, CancellationToken cancellationToken)
    {
        var detail = Detail(inspection);
        return detail.Result is null
            ? detail
            : detail with { Result = detail.Result with { Strengths = await Http.RequestServices.GetRequiredService<InspectionStrengths>().DescribeAsync(inspection, ViewerOf(inspection), cancellationToken) } };
    }

    /// <summary>The caller as a reader of <paramref name="inspection"/>: role, language and the inspection's rule set.</summary>
    public Viewer ViewerOf(FacilityInspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        return new Viewer(User.Role, Language, Library.Get(inspection.RuleSetVersion!).RuleSet);
    }

    /// <summary>
    /// Saves; when another change of the same inspection was saved first, answers 409 (exactly one of
    /// two concurrent changes wins). Null when saved.
    /// </summary>
    public async Task<ProblemHttpResult?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            return Problems.Conflict("the inspection was changed by someone else in the meantime: reload it and try again");
        }
        catch (DbUpdateException e) when (e.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 } or Microsoft.Data.SqlClient.SqlException { Number: 2601 or 2627 })
        {
            // A unique index refused a second copy of something only one may exist of (an open dispute of a finding).
            Db.ChangeTracker.Clear();
            return Problems.Conflict("someone else made the same change in the meantime: reload and see");
        }
    }

    /// <summary>
    /// Whether <paramref name="userId"/> is a supervisor. Assignment gives sight of the inspection, so only
    /// supervisors are assigned (from any district: a colleague may cover another district's visit).
    /// </summary>
    public Task<bool> IsSupervisorAsync(Guid userId, CancellationToken cancellationToken) =>
        Db.Users.AnyAsync(u => u.Id == userId && u.Role == Role.Supervisor, cancellationToken);
}
