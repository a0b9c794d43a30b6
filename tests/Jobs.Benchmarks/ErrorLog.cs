using Hangfire.Logging;

namespace Inspection.Jobs.Benchmarks;

/// <summary>Hangfire's warnings and errors, one line each, in a file the parent process counts.</summary>
internal sealed class ErrorLog(string path) : ILogProvider, ILog
{
    private readonly Lock _gate = new();

    public ILog GetLogger(string name) => this;

    public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
    {
        if (messageFunc is null)
        {
            return logLevel >= LogLevel.Warn;
        }

        if (logLevel < LogLevel.Warn)
        {
            return false;
        }

        var line = $"{logLevel} {messageFunc().ReplaceLineEndings(" ")} {exception?.GetType().Name} {exception?.Message.ReplaceLineEndings(" ")}";
        lock (_gate)
        {
            File.AppendAllLines(path, [line]);
        }

        return true;
    }
}
