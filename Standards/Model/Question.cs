namespace Inspection.Standards.Model;

/// <summary>One typed question of an instrument.</summary>
/// <param name="Options">Allowed values for choice and multi-choice questions; empty otherwise.</param>
/// <param name="Min">Lowest allowed value for number and scale questions.</param>
/// <param name="Max">Highest allowed value for number and scale questions.</param>
/// <param name="ShowIf">Optional condition: the question is asked only when it holds.</param>
public sealed record Question(
    string Code,
    QuestionType Type,
    Level Unit,
    EvidenceSource Source,
    bool Required,
    LocalizedText Text,
    IReadOnlyList<ChoiceOption> Options,
    decimal? Min,
    decimal? Max,
    string? ShowIf,
    LocalizedText Help);
