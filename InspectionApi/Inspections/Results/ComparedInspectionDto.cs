namespace Inspection.Api.Inspections.Results;

/// <summary>An inspection a comparison is made with: when, under which rule-set version, and its score and rating.</summary>
public sealed record ComparedInspectionDto(Guid Id, string Kind, DateOnly? VisitDate, string RuleSet, decimal? OverallScore, string? Rating);
