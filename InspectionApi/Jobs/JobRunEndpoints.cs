using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Jobs;

/// <summary>The job-run log and the recurring jobs, for administrators.</summary>
public static class JobRunEndpoints
{
    public const int MaxPageSize = 200;

    public static void MapJobRuns(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/api/jobs").WithTags("Jobs").RequireAuthorization(Policies.Administrator);
        jobs.MapGet("/runs", ListRuns).WithName("ListJobRuns").WithSummary("Read the job-run log")
            .WithDescription("One entry per attempt of a background job, newest first, filtered by job, recurring job, outcome and time, a page at a time.").ProducesProblem(StatusCodes.Status400BadRequest);
        jobs.MapGet("/recurring", ListRecurring).WithName("ListRecurringJobs").WithSummary("List recurring jobs")
            .WithDescription("Each recurring job with its schedule, last and next run.");
    }

    /// <summary>The job-run log, newest first, filtered by job name (contains), recurring job, outcome and start time.</summary>
    public static async Task<Results<Ok<JobRunPage>, ProblemHttpResult>> ListRuns(
        InspectionDbContext db, string? job, string? recurringJobId, JobRunOutcome? outcome, DateTime? from, DateTime? to, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (page is < 1)
        {
            errors[nameof(page)] = ["Pages are numbered from 1."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors[nameof(pageSize)] = [$"A page holds 1 to {MaxPageSize} entries."];
        }

        if (from > to)
        {
            errors[nameof(from)] = ["'from' is after 'to'."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var query = db.JobRuns.AsNoTracking();
        if (job is { Length: > 0 })
        {
            query = query.Where(r => r.Job.Contains(job));
        }

        if (recurringJobId is { Length: > 0 })
        {
            query = query.Where(r => r.RecurringJobId == recurringJobId);
        }

        if (outcome is { } wanted)
        {
            query = query.Where(r => r.Outcome == wanted);
        }

        if (from is { } start)
        {
            var utc = start.ToUniversalTime();
            query = query.Where(r => r.StartedAt >= utc);
        }

        if (to is { } end)
        {
            var utc = end.ToUniversalTime();
            query = query.Where(r => r.StartedAt < utc);
        }

        var (number, size) = (page ?? 1, pageSize ?? 50);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.Id).Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new JobRunPage(items.ConvertAll(JobRunDto.From), number, size, total));
    }

    public static async Task<Ok<List<RecurringJobDto>>> ListRecurring(
        InspectionDbContext db, RecurringJobSchedule schedule, TimeProvider clock, IOptions<JobsOptions> options, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var jobs = new List<RecurringJobDto>();
        foreach (var definition in RecurringJobs.All)
        {
            var last = await db.JobRuns.AsNoTracking().Where(r => r.RecurringJobId == definition.Id).OrderByDescending(r => r.Id)
                .Select(r => new { r.StartedAt, r.Outcome }).FirstOrDefaultAsync(cancellationToken);
            jobs.Add(new RecurringJobDto(definition.Id, JobArguments.Name(definition.Job), definition.Cron, options.Value.TimeZone, last?.StartedAt, last?.Outcome.ToString(), schedule.NextAfter(definition, now)));
        }

        return TypedResults.Ok(jobs);
    }
}
