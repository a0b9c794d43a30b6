namespace Inspection.Api.Inspections.Lifecycle;

/// <summary>A standard that cannot be judged yet, and what it needs: answers, or more sampled residents.</summary>
public sealed record IncompleteStandardDto(string StandardCode, IReadOnlyList<string> MissingAnswers, string? Tracer, int ResidentsNeeded);
