namespace Inspection.Api.Comparison.Agreement;

/// <summary>
/// A self-assessment and the external inspection nearest to it of the same facility and rule-set
/// version: their agreement, and the standards the provider over-rated (rated met; the supervisor found
/// not met) and under-rated (the reverse).
/// </summary>
public sealed record AgreementPairDto(
    Guid SelfAssessmentId,
    Guid InspectionId,
    Guid FacilityId,
    string Facility,
    string District,
    string Operator,
    string RuleSet,
    DateOnly SelfAssessed,
    DateOnly Inspected,
    int DaysApart,
    AgreementFiguresDto Agreement,
    IReadOnlyList<string> OverRated,
    IReadOnlyList<string> UnderRated);
