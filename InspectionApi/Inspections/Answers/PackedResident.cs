namespace Inspection.Api.Inspections.Answers;

/// <summary>A sampled resident of a <see cref="ResponseSnapshot"/>: pseudonymous code, tracers, and answers still packed.</summary>
public sealed record PackedResident(string Code, IReadOnlyList<string> Tracers, ReadOnlyMemory<char> Answers);
