namespace Inspection.Jobs.Benchmarks;

/// <summary>What a scenario measured.</summary>
internal sealed record Outcome(double Throughput, int Duplicates, int Missing, int LockErrors, int OtherErrors, TimeSpan Elapsed);
