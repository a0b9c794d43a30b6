using Inspection.Api.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Inspection.Api.Tests.Jobs;

/// <summary>Recurring jobs fall due by the service's clock: a test moves the clock on and they run.</summary>
public sealed class RecurringJobScheduleTests
{
    // 2027-03-01 10:00 UTC is 12:00 in Jerusalem; the housekeeping runs daily at 03:30 there (01:30 UTC).
    private static readonly DateTimeOffset Start = new(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task TriggerDue_ClockMovedPastTheNextOccurrence_RunsOnceEachDay()
    {
        var clock = new FakeTimeProvider(Start);
        using var factory = JobsTestHost.Create();
        factory.TestServices = services => services.AddSingleton<TimeProvider>(clock);
        _ = factory.Server;
        await WaitForRunsAsync(factory, 1);

        var sameDay = await TriggerDueAsync(factory);
        clock.Advance(TimeSpan.FromHours(15.4)); // 01:24 UTC next day: not yet
        var justBefore = await TriggerDueAsync(factory);
        clock.Advance(TimeSpan.FromMinutes(10)); // 01:34 UTC: due
        var due = await TriggerDueAsync(factory);
        await WaitForRunsAsync(factory, 2);
        var again = await TriggerDueAsync(factory);

        // The other recurring jobs (planner, reminders, headquarters) keep their own times; this follows the housekeeping.
        sameDay.Should().NotContain(RecurringJobs.JobRunLogPruning);
        justBefore.Should().NotContain(RecurringJobs.JobRunLogPruning);
        due.Should().Contain(RecurringJobs.JobRunLogPruning);
        again.Should().NotContain(RecurringJobs.JobRunLogPruning, "it ran at the new time");
        var runs = (await factory.RunsAsync("JobRunLogPruning.RunAsync")).Where(r => r.RecurringJobId == RecurringJobs.JobRunLogPruning).ToList();
        runs.Select(r => r.StartedAt).Should().Equal(Start.UtcDateTime, Start.UtcDateTime.AddHours(15.4).AddMinutes(10));
    }

    [Test]
    public async Task NextAfter_Housekeeping_NextHalfPastThreeInJerusalem()
    {
        using var factory = JobsTestHost.Create();
        await using var scope = factory.Services.CreateAsyncScope();
        var schedule = scope.ServiceProvider.GetRequiredService<RecurringJobSchedule>();
        var pruning = RecurringJobs.All.Single(d => d.Id == RecurringJobs.JobRunLogPruning);

        // Winter (UTC+2) and summer (UTC+3) time.
        schedule.NextAfter(pruning, new DateTime(2027, 1, 10, 12, 0, 0, DateTimeKind.Utc)).Should().Be(new DateTime(2027, 1, 11, 1, 30, 0, DateTimeKind.Utc));
        schedule.NextAfter(pruning, new DateTime(2027, 7, 10, 12, 0, 0, DateTimeKind.Utc)).Should().Be(new DateTime(2027, 7, 11, 0, 30, 0, DateTimeKind.Utc));
    }

    private static async Task<IReadOnlyList<string>> TriggerDueAsync(InspectionApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecurringJobSchedule>().TriggerDueAsync(CancellationToken.None);
    }

    private static Task WaitForRunsAsync(InspectionApiFactory factory, int count) =>
        JobsTestHost.UntilAsync(
            async () => (await factory.RunsAsync("JobRunLogPruning.RunAsync")).Count(r => r.RecurringJobId == RecurringJobs.JobRunLogPruning) >= count,
            $"{count} run(s) of the housekeeping job");
}
