namespace Inspection.Api.Inspections.Strengths;

/// <summary>What the provider recorded they did to achieve a strength, by whom and when.</summary>
public sealed record StrengthPracticeDto(string Text, Guid RecordedBy, DateTime RecordedAt);
