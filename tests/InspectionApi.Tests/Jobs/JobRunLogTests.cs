using System.Net;
using System.Net.Http.Json;
using Hangfire;
using Inspection.Api.Jobs;
using Inspection.Api.Notifications;
using Inspection.Api.Tests.BadInput;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Api.Tests.Jobs;

/// <summary>The job-run log: what each attempt records, retries, failures told to administrators, housekeeping, and its API.</summary>
public sealed class JobRunLogTests
{
    private InspectionApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _factory = JobsTestHost.Create();
        _ = _factory.Server;
    }

    [OneTimeTearDown]
    public void StopHost() => _factory.Dispose();

    [Test]
    public async Task Start_NoEarlierRun_TriggersTheRecurringHousekeepingOnce()
    {
        await JobsTestHost.UntilAsync(
            async () => (await _factory.RunsAsync("JobRunLogPruning.RunAsync")).Any(r => r.RecurringJobId == RecurringJobs.JobRunLogPruning),
            "the housekeeping job triggered at start");

        var runs = (await _factory.RunsAsync("JobRunLogPruning.RunAsync")).Where(r => r.RecurringJobId == RecurringJobs.JobRunLogPruning).ToList();
        runs.Should().ContainSingle().Which.Outcome.Should().Be(JobRunOutcome.Succeeded);
        runs[0].Summary.Should().StartWith("Removed ");
    }

    [Test]
    public async Task Pruning_OldAndRecentEntries_RemovesTheOldOnlyAndNothingMoreWhenRunAgain()
    {
        await JobsTestHost.UntilAsync(
            async () => (await _factory.RunsAsync("JobRunLogPruning.RunAsync")).Any(r => r.RecurringJobId == RecurringJobs.JobRunLogPruning),
            "the housekeeping job triggered at start to be done first");
        var now = DateTime.UtcNow;
        await _factory.ReadDatabaseAsync(async db =>
        {
            db.JobRuns.AddRange(
                Run("prune-old-1", now.AddDays(-120)),
                Run("prune-old-2", now.AddDays(-91)),
                Run("prune-recent", now.AddDays(-89)));
            return await db.SaveChangesAsync();
        });

        var first = await RunToTheEndAsync(c => c.Enqueue<JobRunLogPruning>(j => j.RunAsync(CancellationToken.None)));
        var second = await RunToTheEndAsync(c => c.Enqueue<JobRunLogPruning>(j => j.RunAsync(CancellationToken.None)));

        first.Summary.Should().StartWith("Removed 2 job-run log entries");
        second.Summary.Should().StartWith("Removed 0 job-run log entries");
        var left = await _factory.ReadDatabaseAsync(db => db.JobRuns.Where(r => r.BackgroundJobId.StartsWith("prune-")).Select(r => r.BackgroundJobId).ToListAsync());
        left.Should().Equal("prune-recent");
    }

    [Test]
    public async Task FailingJob_RetriedOnceThenFailed_EachAttemptLoggedAndAdministratorsToldOnce()
    {
        var id = Client().Enqueue<FailingJob>(j => j.RunAsync(7));

        await JobsTestHost.UntilAsync(
            async () => (await _factory.RunsAsync("FailingJob.RunAsync")).Any(r => r.BackgroundJobId == id && r.Outcome == JobRunOutcome.Failed),
            "the failing job to fail for good");

        var runs = (await _factory.RunsAsync("FailingJob.RunAsync")).Where(r => r.BackgroundJobId == id).ToList();
        runs.Select(r => (r.Attempt, r.Outcome)).Should().Equal((1, JobRunOutcome.Retrying), (2, JobRunOutcome.Failed));
        runs[0].RetryAt.Should().NotBeNull().And.BeAfter(runs[0].FinishedAt.AddMilliseconds(-1));
        runs.Should().AllSatisfy(r => r.Error.Should().Contain("failing job 7 failed on purpose"));
        runs.Should().AllSatisfy(r => r.Arguments.Should().Be("[7]"));

        var admin = await _factory.ClientAsAsync("admin");
        var inbox = await admin.GetFromJsonAsync<InboxPage>("/api/notifications?pageSize=100");
        inbox!.Items.Where(n => n.Link == $"/hangfire/jobs/details/{id}").Should().ContainSingle()
            .Which.Title.Should().Be("Job failed: FailingJob.RunAsync");
        var supervisor = await _factory.ClientAsAsync("supervisor.north");
        var theirs = await supervisor.GetFromJsonAsync<InboxPage>("/api/notifications?pageSize=100");
        theirs!.Items.Should().NotContain(n => n.Link == $"/hangfire/jobs/details/{id}");
    }

    [Test]
    public async Task ListRuns_Administrator_NewestFirstPagedAndFiltered()
    {
        var start = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await _factory.ReadDatabaseAsync(async db =>
        {
            for (var n = 0; n < 5; n++)
            {
                db.JobRuns.Add(Run($"probe-{n}", start.AddHours(n), "ProbeJob.RunAsync", n == 3 ? JobRunOutcome.Failed : JobRunOutcome.Succeeded));
            }

            return await db.SaveChangesAsync();
        });
        var admin = await _factory.ClientAsAsync("admin");

        var page2 = await admin.GetFromJsonAsync<JobRunPage>("/api/jobs/runs?job=ProbeJob&pageSize=2&page=2");
        var failed = await admin.GetFromJsonAsync<JobRunPage>("/api/jobs/runs?job=ProbeJob&outcome=Failed");
        var window = await admin.GetFromJsonAsync<JobRunPage>("/api/jobs/runs?job=ProbeJob&from=2030-01-01T01:00:00Z&to=2030-01-01T03:00:00Z");

        page2!.Total.Should().Be(5);
        page2.Items.Select(r => r.BackgroundJobId).Should().Equal("probe-2", "probe-1");
        failed!.Items.Select(r => (r.BackgroundJobId, r.Outcome)).Should().Equal(("probe-3", "Failed"));
        window!.Items.Select(r => r.BackgroundJobId).Should().Equal("probe-2", "probe-1");
    }

    [TestCase("supervisor.north")]
    [TestCase("analyst")]
    [TestCase("provider.shalom")]
    public async Task ListRuns_NotAnAdministrator_Forbidden(string user)
    {
        var client = await _factory.ClientAsAsync(user);

        (await client.GetAsync("/api/jobs/runs")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync("/api/jobs/recurring")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ListRuns_Anonymous_Unauthorized() =>
        (await _factory.CreateClient().GetAsync("/api/jobs/runs")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

    [TestCase("page=0", "page")]
    [TestCase("pageSize=201", "pageSize")]
    [TestCase("from=2030-02-01&to=2030-01-01", "from")]
    public async Task ListRuns_BadPaging_ProblemNamesTheField(string query, string field)
    {
        var admin = await _factory.ClientAsAsync("admin");

        var response = await admin.GetAsync($"/api/jobs/runs?{query}");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().ContainKey(field);
    }

    [Test]
    public async Task ListRuns_UnknownOutcome_BadRequest()
    {
        var admin = await _factory.ClientAsAsync("admin");

        (await admin.GetAsync("/api/jobs/runs?outcome=Sideways")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ListRecurring_Administrator_ShowsTheHousekeepingWithItsNextRun()
    {
        var admin = await _factory.ClientAsAsync("admin");

        var jobs = await admin.GetFromJsonAsync<List<RecurringJobDto>>("/api/jobs/recurring");

        var pruning = jobs.Should().ContainSingle(j => j.Id == RecurringJobs.JobRunLogPruning).Subject;
        pruning.Job.Should().Be("JobRunLogPruning.RunAsync");
        pruning.NextRunAt.Should().BeAfter(DateTime.UtcNow);
    }

    private IBackgroundJobClientV2 Client() => _factory.Services.GetRequiredService<IBackgroundJobClientV2>();

    private async Task<JobRun> RunToTheEndAsync(Func<IBackgroundJobClientV2, string> enqueue)
    {
        var id = enqueue(Client());
        JobRun? run = null;
        await JobsTestHost.UntilAsync(
            async () => (run = await _factory.ReadDatabaseAsync(db => db.JobRuns.AsNoTracking().SingleOrDefaultAsync(r => r.BackgroundJobId == id))) is not null,
            $"job {id} to be logged");
        return run!;
    }

    private static JobRun Run(string id, DateTime startedAt, string job = "Test.Run", JobRunOutcome outcome = JobRunOutcome.Succeeded) =>
        new(id, 1, job, "[]", null, "test", startedAt, startedAt.AddSeconds(1), outcome, null, null, null);
}
