namespace Inspection.Api.Comparison.Agreement;

/// <summary>One standard's agreement over every pair that judged it on both sides.</summary>
public sealed record StandardAgreementDto(string ServiceType, string Code, string Title, AgreementFiguresDto Agreement);
