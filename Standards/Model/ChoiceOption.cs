namespace Inspection.Standards.Model;

/// <summary>One allowed value of a choice question.</summary>
public sealed record ChoiceOption(string Value, LocalizedText Label);
