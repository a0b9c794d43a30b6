namespace Inspection.Web.Headquarters;

/// <summary>A group's agreement: its pairs' tables added up.</summary>
public sealed record GroupAgreement(string Key, string Name, int Pairs, AgreementFigures Agreement);
