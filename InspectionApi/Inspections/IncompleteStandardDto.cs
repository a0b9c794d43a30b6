namespace Inspection.Api.Inspections;

public sealed record IncompleteStandardDto(string StandardCode, IReadOnlyList<string> MissingAnswers);
