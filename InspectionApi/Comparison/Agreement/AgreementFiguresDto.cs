namespace Inspection.Api.Comparison.Agreement;

/// <summary>An agreement table as the API shows it, with its rate and kappa.</summary>
public sealed record AgreementFiguresDto(int Standards, int BothMet, int OverRated, int UnderRated, int BothNotMet, decimal? AgreementRate, decimal? Kappa)
{
    public static AgreementFiguresDto Of(AgreementTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new(table.Standards, table.BothMet, table.OverRated, table.UnderRated, table.BothNotMet, table.Rate, table.Kappa);
    }
}
