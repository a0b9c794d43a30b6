namespace Inspection.Web.Inspections;

/// <summary>
/// Asks again at an interval while long work runs on the host (an evaluation, a report being written), so that
/// a page shows progress and finds the work done when the user comes back to it. Disposing stops asking.
/// </summary>
public sealed class Polling : IDisposable
{
    private CancellationTokenSource? _running;

    public bool IsRunning => _running is not null;

    /// <summary>Runs <paramref name="step"/> every <paramref name="interval"/> until it answers false; nothing when already running.</summary>
    public void Start(TimeSpan interval, Func<Task<bool>> step)
    {
        if (_running is not null)
        {
            return;
        }

        _running = new CancellationTokenSource();
        _ = RunAsync(interval, step, _running);
    }

    public void Dispose()
    {
        _running?.Cancel();
        _running = null;
    }

    private async Task RunAsync(TimeSpan interval, Func<Task<bool>> step, CancellationTokenSource running)
    {
        try
        {
            using var timer = new PeriodicTimer(interval);
            while (await timer.WaitForNextTickAsync(running.Token) && await step())
            {
            }
        }
        catch (OperationCanceledException)
        {
            // The page was left.
        }
        finally
        {
            if (_running == running)
            {
                _running = null;
            }

            running.Dispose();
        }
    }
}
