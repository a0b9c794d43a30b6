namespace Inspection.Api.Inspections.Answers;

/// <summary>
/// A <see cref="ResponseSnapshot"/> split into its parts: the institution answers (still packed: code,
/// <see cref="ResponseSnapshot.Unit"/>, JSON value, answers between <see cref="ResponseSnapshot.Record"/>),
/// the tracer census (null when none was recorded) and the sampled residents.
/// </summary>
public sealed record PackedResponse(ReadOnlyMemory<char> Answers, IReadOnlyDictionary<string, int>? Census, IReadOnlyList<PackedResident> Residents);
