namespace Inspection.Api.Hosting;

/// <summary>
/// Why the service cannot start, in one line that names the file or setting and what to do about it.
/// The entry point prints the message (no stack trace) and exits with a non-zero code.
/// </summary>
public sealed class StartupException(string message, Exception? innerException = null) : Exception(message, innerException);
