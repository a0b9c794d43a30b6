using System.Globalization;
using Inspection.Reports.Printing;

namespace Inspection.Reports.Benchmarks;

/// <summary>
/// Watches the printer's browser processes: samples their resident memory (VmRSS) every 50 ms and
/// keeps the peak sum, and reads the processor time they have used so far (utime + stime), which a
/// busy machine inflates far less than it inflates wall-clock time.
/// </summary>
internal sealed class BrowserSampler : IDisposable
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux
    private readonly PdfPrinter _printer;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    public BrowserSampler(PdfPrinter printer)
    {
        _printer = printer;
        _loop = Task.Run(LoopAsync);
    }

    public long PeakBytes => Interlocked.Read(ref _peak);

    /// <summary>Processor time the browser's live processes have used.</summary>
    public TimeSpan ProcessorTime() =>
        TimeSpan.FromSeconds(_printer.BrowserProcessIds().Sum(Ticks) / TicksPerSecond);

    public void Dispose()
    {
        _stop.Cancel();
        _loop.Wait();
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

    private static long Ticks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
