using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>Who was visited, by whom, when, and against which rule-set version: the head of every report.</summary>
/// <param name="VisitDates">The days of the visit (one or more); a planned visit has its planned day.</param>
/// <param name="Inspectors">Supervisors who visited (for a self-assessment: the provider's staff who assessed).</param>
/// <param name="IssuedOn">The day the report was issued; printed in the running header.</param>
public sealed record FacilityVisit(
    string FacilityName,
    string FacilityCode,
    string OperatorName,
    string District,
    LocalizedText ServiceType,
    VisitKind Kind,
    IReadOnlyList<DateOnly> VisitDates,
    IReadOnlyList<string> Inspectors,
    RuleSetReference RuleSet,
    DateOnly IssuedOn);
