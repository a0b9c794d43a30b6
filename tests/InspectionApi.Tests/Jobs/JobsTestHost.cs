using Inspection.Api.Data;
using Inspection.Api.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Jobs;

/// <summary>A host whose job server polls every second and retries once, a second later; and waiting for jobs.</summary>
public static class JobsTestHost
{
    public static InspectionApiFactory Create(string? dataFolder = null)
    {
        var factory = new InspectionApiFactory(dataFolder);
        factory.Settings["Jobs:SchedulePollingInterval"] = "00:00:01";
        factory.Settings["Jobs:RetryAttempts"] = "1";
        factory.Settings["Jobs:RetryDelaysInSeconds:0"] = "1";
        return factory;
    }

    /// <summary>Waits until <paramref name="condition"/> holds (jobs run on other threads); fails the test after <paramref name="seconds"/>.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Waited {seconds} s for: {what}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The job-run log entries of <paramref name="job"/> (Class.Method), oldest first.</summary>
    public static Task<List<JobRun>> RunsAsync(this InspectionApiFactory factory, string job) =>
        factory.ReadDatabaseAsync(db => db.JobRuns.AsNoTracking().Where(r => r.Job == job).OrderBy(r => r.Id).ToListAsync());

    public static Task<List<JobRun>> RunsAsync(this InspectionApiFactory factory) =>
        factory.ReadDatabaseAsync(db => db.JobRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync());

    public static Task<int> PendingJobsAsync(this InspectionApiFactory factory) =>
        factory.ReadDatabaseAsync((InspectionDbContext db) => db.PendingJobs.CountAsync());
}
