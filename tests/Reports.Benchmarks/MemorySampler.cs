using System.Globalization;
using Inspection.Reports.Printing;

namespace Inspection.Reports.Benchmarks;

/// <summary>Samples the printer's browser processes' resident memory (VmRSS) every 50 ms and keeps the peak sum.</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly PdfPrinter _printer;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    public MemorySampler(PdfPrinter printer)
    {
        _printer = printer;
        _loop = Task.Run(LoopAsync);
    }

    public long Stop()
    {
        _stop.Cancel();
        _loop.Wait();
        return Interlocked.Read(ref _peak);
    }

    public void Dispose()
    {
        if (!_stop.IsCancellationRequested)
        {
            Stop();
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var sum = _printer.BrowserProcessIds().Sum(Rss);
            if (sum > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, sum);
            }

            try
            {
                await Task.Delay(50, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static long Rss(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
