namespace Inspection.Api.Comparison.Agreement;

/// <summary>
/// The 2 x 2 table of a provider's ratings against the supervisor's, over the standards both judged:
/// met by both, rated met by the provider but found not met by the supervisor (over-rating), the
/// reverse (under-rating), and not met by both. The agreement rate is the share where both agree;
/// Cohen's kappa is that agreement beyond what chance would give from each side's own shares of
/// "met": kappa = (po - pe) / (1 - pe), with po the agreement rate and pe = (share the provider rated met
/// x share the supervisor found met) + (the same for not met). Kappa is null when pe is 1 (every
/// answer on one side is the same, so chance explains everything).
/// </summary>
public sealed record AgreementTable(int BothMet, int OverRated, int UnderRated, int BothNotMet)
{
    public static AgreementTable Empty { get; } = new(0, 0, 0, 0);

    /// <summary>Standards judged by both.</summary>
    public int Standards => BothMet + OverRated + UnderRated + BothNotMet;

    public int Agreed => BothMet + BothNotMet;

    public decimal? Rate => Standards == 0 ? null : Spread.Round((decimal)Agreed / Standards);

    public decimal? Kappa
    {
        get
        {
            if (Standards == 0)
            {
                return null;
            }

            decimal n = Standards;
            var observed = Agreed / n;
            var providerMet = (BothMet + OverRated) / n;
            var supervisorMet = (BothMet + UnderRated) / n;
            var chance = (providerMet * supervisorMet) + ((1 - providerMet) * (1 - supervisorMet));
            return chance == 1 ? null : Spread.Round((observed - chance) / (1 - chance));
        }
    }

    public AgreementTable Add(AgreementTable other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(BothMet + other.BothMet, OverRated + other.OverRated, UnderRated + other.UnderRated, BothNotMet + other.BothNotMet);
    }

    public AgreementTable Add(bool providerMet, bool supervisorMet) => (providerMet, supervisorMet) switch
    {
        (true, true) => this with { BothMet = BothMet + 1 },
        (true, false) => this with { OverRated = OverRated + 1 },
        (false, true) => this with { UnderRated = UnderRated + 1 },
        _ => this with { BothNotMet = BothNotMet + 1 },
    };
}
