using Inspection.Api.Data;
using Inspection.Api.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Api.Tests.Jobs;

/// <summary>
/// The embedded in-memory job storage loses its jobs when the process ends; the record of each job in
/// the application database brings it back at the next start.
/// </summary>
public sealed class PendingWorkTests
{
    [Test]
    public async Task Restart_JobStoppedMidRun_RunsToTheEndOnceAfterTheRestart()
    {
        GatedJob.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = JobsTestHost.Create();
        first.KeepDataFolder = true;
        _ = first.Server;
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
            scope.ServiceProvider.GetRequiredService<JobOutbox>().Add<GatedJob>(db, job => job.RunAsync("restart-1", CancellationToken.None));
            await db.SaveChangesAsync();
        }

        await JobsTestHost.UntilAsync(
            async () => await first.ReadDatabaseAsync(db => db.PendingJobs.AnyAsync(p => p.BackgroundJobId != null)),
            "the recorded job to be handed to Hangfire");
        await JobsTestHost.UntilAsync(
            () => Task.FromResult(first.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi().ProcessingCount() == 1),
            "the job to be running");

        first.Dispose();
        GatedJob.Finished.Should().NotContainKey("restart-1");
        (await PendingJobsInAsync(first.DataFolder)).Should().Be(1, "the job did not finish, so its record stays");

        GatedJob.Gate.SetResult();
        using var second = JobsTestHost.Create(first.DataFolder);
        _ = second.Server;

        await JobsTestHost.UntilAsync(async () => await second.PendingJobsAsync() == 0, "the job to run after the restart");
        GatedJob.Finished.Should().Contain("restart-1", 1);
        var runs = await second.RunsAsync("GatedJob.RunAsync");
        runs.Should().ContainSingle(r => r.Outcome == JobRunOutcome.Succeeded).Which.Summary.Should().Be("finished restart-1");
    }

    [Test]
    public async Task Add_SaveFails_NothingRecordedAndNothingHandedOver()
    {
        using var factory = JobsTestHost.Create();
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        var before = CountingJob.Runs.GetValueOrDefault("never");
        scope.ServiceProvider.GetRequiredService<JobOutbox>().Add<CountingJob>(db, job => job.RunAsync("never", CancellationToken.None));

        // Two notifications with one key for one user: the unique index refuses the whole save.
        var user = await db.Users.Select(u => u.Id).FirstAsync();
        db.Notifications.Add(new Inspection.Api.Notifications.Notification(user, "twice", "t", "b", null, DateTime.UtcNow));
        db.Notifications.Add(new Inspection.Api.Notifications.Notification(user, "twice", "t", "b", null, DateTime.UtcNow));
        var save = () => db.SaveChangesAsync();

        await save.Should().ThrowAsync<DbUpdateException>();
        await Task.Delay(1500);
        CountingJob.Runs.GetValueOrDefault("never").Should().Be(before);
        (await factory.PendingJobsAsync()).Should().Be(0);
    }

    private static async Task<int> PendingJobsInAsync(string dataFolder)
    {
        var options = new DbContextOptionsBuilder<SqliteInspectionDbContext>().UseSqlite($"Data Source={Path.Combine(dataFolder, "inspection.db")};Pooling=false").Options;
        await using var db = new SqliteInspectionDbContext(options);
        var count = await db.PendingJobs.CountAsync();
        SqliteConnection.ClearAllPools();
        return count;
    }
}
