namespace Inspection.Web.Headquarters;

/// <summary>One service type's comparison: facilities ranked, summaries, the domain matrix and the most failed standards.</summary>
public sealed record ServiceTypeView(string ServiceType, IReadOnlyList<string> RuleSets, IReadOnlyList<DomainColumn> Domains, IReadOnlyList<FacilityStanding> Facilities, GroupSummary National, IReadOnlyList<GroupSummary> Districts, IReadOnlyList<GroupSummary> Operators, DomainMatrix Matrix, MostFailed MostFailed);
