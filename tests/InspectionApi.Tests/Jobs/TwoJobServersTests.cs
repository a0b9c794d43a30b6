using Hangfire;
using Hangfire.Common;
using Inspection.Api.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Api.Tests.Jobs;

/// <summary>Two job servers over one job storage share the work and never do a job twice.</summary>
public sealed class TwoJobServersTests
{
    [Test]
    public async Task TwoServers_OneStorage_EveryJobDoneOnceAndBothServersWork()
    {
        using var factory = JobsTestHost.Create();
        _ = factory.Server;
        var services = factory.Services;
        using var second = new BackgroundJobServer(
            new BackgroundJobServerOptions
            {
                ServerName = "second-server",
                WorkerCount = 2,
                Activator = services.GetRequiredService<JobActivator>(),
                FilterProvider = services.GetRequiredService<IJobFilterProvider>(),
            },
            services.GetRequiredService<JobStorage>());
        var client = services.GetRequiredService<IBackgroundJobClientV2>();
        var keys = Enumerable.Range(0, 200).Select(n => $"two-servers-{n}").ToList();

        foreach (var key in keys)
        {
            client.Enqueue<CountingJob>(job => job.RunAsync(key, CancellationToken.None));
        }

        await JobsTestHost.UntilAsync(
            async () => (await factory.RunsAsync("CountingJob.RunAsync")).Count(r => r.Arguments.Contains("two-servers-")) >= keys.Count,
            "all 200 jobs to be logged", seconds: 60);
        await Task.Delay(500);

        keys.Select(k => CountingJob.Runs.GetValueOrDefault(k)).Should().AllSatisfy(n => n.Should().Be(1));
        var runs = (await factory.RunsAsync("CountingJob.RunAsync")).Where(r => r.Arguments.Contains("two-servers-")).ToList();
        runs.Should().HaveCount(keys.Count).And.OnlyContain(r => r.Outcome == JobRunOutcome.Succeeded && r.Attempt == 1);
        runs.Select(r => r.BackgroundJobId).Should().OnlyHaveUniqueItems();
        runs.Select(r => r.Server.StartsWith("second-server", StringComparison.Ordinal)).Distinct().Should().HaveCount(2, "both servers ran some of the jobs");
    }
}
