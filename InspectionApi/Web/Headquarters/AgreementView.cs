namespace Inspection.Web.Headquarters;

/// <summary>How providers' self-assessments agree with external inspections, nationally and per facility.</summary>
public sealed record AgreementView(GroupAgreement National, IReadOnlyList<GroupAgreement> Districts, IReadOnlyList<GroupAgreement> Facilities, IReadOnlyList<Guid> Unpaired);
