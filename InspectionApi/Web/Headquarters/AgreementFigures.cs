namespace Inspection.Web.Headquarters;

/// <summary>An agreement table with its rate and Cohen's kappa.</summary>
public sealed record AgreementFigures(int Standards, int BothMet, int OverRated, int UnderRated, int BothNotMet, decimal? AgreementRate, decimal? Kappa);
