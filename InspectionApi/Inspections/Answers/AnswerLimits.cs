namespace Inspection.Api.Inspections.Answers;

/// <summary>What one save of answers may hold (section "Inspection:Answers" of configuration).</summary>
public sealed class AnswerLimits
{
    public const string Section = "Inspection:Answers";

    /// <summary>Answers in one save, institution and residents together.</summary>
    public int MaxAnswersPerSave { get; set; } = 5_000;

    /// <summary>Characters in a text answer.</summary>
    public int MaxTextLength { get; set; } = 4_000;

    /// <summary>Characters in a resident's pseudonymous code.</summary>
    public int MaxResidentCodeLength { get; set; } = 50;

    /// <summary>The largest tracer census count accepted.</summary>
    public int MaxCensusCount { get; set; } = 100_000;
}
