namespace Inspection.Api.Comparison.Agreement;

/// <summary>A group's agreement (a facility, an operator, a district, the nation): the pairs' tables added up, and the inspections behind it the reader may see.</summary>
public sealed record GroupAgreementDto(string Key, string Name, int Pairs, AgreementFiguresDto Agreement, IReadOnlyList<Guid> Inspections);
