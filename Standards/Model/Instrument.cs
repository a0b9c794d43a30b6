namespace Inspection.Standards.Model;

/// <summary>A questionnaire: an ordered list of typed questions.</summary>
public sealed record Instrument(string Code, LocalizedText Title, IReadOnlyList<Question> Questions);
