using Hangfire.Common;
using Inspection.Api.Jobs;

namespace Inspection.Api.Tests.Jobs;

/// <summary>Jobs take identifiers only.</summary>
public sealed class JobArgumentsTests
{
    [Test]
    public void EnsureIdentifiersOnly_EveryRecurringJob_Accepted()
    {
        var act = () => RecurringJobs.All.Select(d => JobArguments.EnsureIdentifiersOnly(d.Job)).ToList();

        act.Should().NotThrow();
    }

    [Test]
    public void EnsureIdentifiersOnly_IdsAndCancellation_Accepted()
    {
        var job = Job.FromExpression<GatedJob>(j => j.RunAsync("key", CancellationToken.None));

        JobArguments.EnsureIdentifiersOnly(job).Should().BeSameAs(job);
    }

    [Test]
    public void EnsureIdentifiersOnly_JobTakingARecord_RefusedNamingTheParameter()
    {
        var job = Job.FromExpression<RecordTakingJob>(j => j.RunAsync(new Visit(Guid.NewGuid(), "north")));

        var act = () => JobArguments.EnsureIdentifiersOnly(job);

        act.Should().Throw<ArgumentException>().WithMessage("Job RecordTakingJob.RunAsync takes more than identifiers: visit (Visit)*");
    }

    [Test]
    public void ToJson_CancellationToken_LeftOut()
    {
        var job = Job.FromExpression<GatedJob>(j => j.RunAsync("key", CancellationToken.None));

        JobArguments.ToJson(job).Should().Be("[\"key\"]");
    }

    public sealed record Visit(Guid Facility, string District);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Hangfire activates jobs as instances")]
    public sealed class RecordTakingJob
    {
        public Task RunAsync(Visit visit) => Task.FromResult(visit);
    }
}
