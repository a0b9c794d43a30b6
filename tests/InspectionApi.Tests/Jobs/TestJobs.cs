using System.Collections.Concurrent;

namespace Inspection.Api.Tests.Jobs;

/// <summary>A job that counts how often each of its runs happened (to show none runs twice).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Hangfire activates jobs as instances, like the service's own")]
public sealed class CountingJob
{
    public static ConcurrentDictionary<string, int> Runs { get; } = new(StringComparer.Ordinal);

    public async Task<string> RunAsync(string key, CancellationToken cancellationToken)
    {
        Runs.AddOrUpdate(key, 1, (_, n) => n + 1);
        await Task.Delay(5, cancellationToken);
        return $"counted {key}";
    }
}

/// <summary>A job that always fails, as a job whose database is gone would.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Hangfire activates jobs as instances, like the service's own")]
public sealed class FailingJob
{
    public Task RunAsync(int number) => throw new InvalidOperationException($"failing job {number} failed on purpose");
}

/// <summary>A job that waits until released (or until the job server stops), to be caught mid-run by a restart.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Hangfire activates jobs as instances, like the service's own")]
public sealed class GatedJob
{
    public static TaskCompletionSource Gate { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static ConcurrentDictionary<string, int> Finished { get; } = new(StringComparer.Ordinal);

    public async Task<string> RunAsync(string key, CancellationToken cancellationToken)
    {
        await Gate.Task.WaitAsync(cancellationToken);
        Finished.AddOrUpdate(key, 1, (_, n) => n + 1);
        return $"finished {key}";
    }
}
