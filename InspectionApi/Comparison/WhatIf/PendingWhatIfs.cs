using System.Threading.Channels;

namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// What-if runs waiting for the in-process runner (<see cref="WhatIfWorker"/>). When the service's job
/// scheduler (Hangfire) is in place, enqueueing becomes a job that calls <see cref="WhatIfRunner.RunAsync"/>
/// with the run's id; the run record already carries the progress.
/// </summary>
public sealed class PendingWhatIfs
{
    private readonly Channel<Guid> _runs = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(Guid runId)
    {
        if (!_runs.Writer.TryWrite(runId))
        {
            throw new InvalidOperationException("the what-if queue is closed");
        }
    }

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken cancellationToken) => _runs.Reader.ReadAllAsync(cancellationToken);
}
