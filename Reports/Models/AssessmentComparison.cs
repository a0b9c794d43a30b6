namespace Inspection.Reports.Models;

/// <summary>A self-assessment set against an external inspection: both outcomes and where they disagreed.</summary>
public sealed record AssessmentComparison(InspectionOutcome SelfAssessment, InspectionOutcome Inspection, IReadOnlyList<DisagreementLine> Disagreements);
