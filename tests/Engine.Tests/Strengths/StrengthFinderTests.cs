using Inspection.Engine.Findings;
using Inspection.Engine.Strengths;

namespace Inspection.Engine.Tests.Strengths;

/// <summary>
/// Strengths of a result against the previous one, on outcomes written by hand: resolved deficiencies,
/// rates far above the bar (default margin 0.15) and domains improved (default margin: more than 0.10).
/// </summary>
public class StrengthFinderTests
{
    private static JudgedStandard Institution(string code, FindingStatus status, string domain = "safety") => new(code, domain, status, null, null);

    private static JudgedStandard Resident(string code, FindingStatus status, decimal? rate, decimal bar = 0.8m, string domain = "care") => new(code, domain, status, rate, bar);

    private static DomainScore Domain(string code, decimal? score) => new(code, 1m, 0, 0, score);

    private static StrengthSource Source(IReadOnlyList<JudgedStandard> standards, params DomainScore[] domains) => new(standards, domains);

    [Test]
    public void Find_DeficiencyOfThePreviousInspectionMetNow_DeficiencyResolved()
    {
        var previous = Source([Institution("SAF-01", FindingStatus.NotMet), Institution("SAF-02", FindingStatus.Met)]);
        var current = Source([Institution("SAF-01", FindingStatus.Met), Institution("SAF-02", FindingStatus.Met)]);

        var strengths = StrengthFinder.Find(current, previous, StrengthMargins.Default);

        strengths.Should().Equal(new Strength(StrengthKind.DeficiencyResolved, "SAF-01", "safety", null, null, null));
    }

    [Test]
    public void Find_DeficiencyNowNotApplicableOrIncompleteOrStillNotMet_NoStrength()
    {
        var previous = Source([Institution("A", FindingStatus.NotMet), Institution("B", FindingStatus.NotMet), Institution("C", FindingStatus.NotMet)]);
        var current = Source([Institution("A", FindingStatus.NotApplicable), Institution("B", FindingStatus.Incomplete), Institution("C", FindingStatus.NotMet)]);

        StrengthFinder.Find(current, previous, StrengthMargins.Default).Should().BeEmpty("only a standard met now is a success");
    }

    [Test]
    public void Find_PreviousFindingWithdrawnOrIncomplete_NotADeficiencyResolved()
    {
        // A withdrawn finding reaches the finder as not applicable.
        var previous = Source([Institution("A", FindingStatus.NotApplicable), Institution("B", FindingStatus.Incomplete)]);
        var current = Source([Institution("A", FindingStatus.Met), Institution("B", FindingStatus.Met)]);

        StrengthFinder.Find(current, previous, StrengthMargins.Default).Should().BeEmpty();
    }

    [Test]
    public void Find_ResidentDeficiencyResolved_CarriesTheRateThenAndNow()
    {
        var previous = Source([Resident("CARE-01", FindingStatus.NotMet, 0.5m)]);
        var current = Source([Resident("CARE-01", FindingStatus.Met, 0.875m)]);

        StrengthFinder.Find(current, previous, StrengthMargins.Default).Should()
            .Equal(new Strength(StrengthKind.DeficiencyResolved, "CARE-01", "care", 0.5m, 0.875m, 0.8m));
    }

    [TestCase(0.95, true, TestName = "Find_RateExactlyFifteenPointsAboveTheBar_Strength")]
    [TestCase(1.0, true, TestName = "Find_RateTwentyPointsAboveTheBar_Strength")]
    [TestCase(0.9499, false, TestName = "Find_RateJustUnderFifteenPointsAbove_NoStrength")]
    [TestCase(0.8, false, TestName = "Find_RateAtTheBar_NoStrength")]
    public void Find_RateAgainstTheBar(decimal rate, bool strength)
    {
        var strengths = StrengthFinder.Find(Source([Resident("CARE-02", FindingStatus.Met, rate)]), null, StrengthMargins.Default);

        if (strength)
        {
            strengths.Should().Equal(new Strength(StrengthKind.RateAboveBar, "CARE-02", "care", null, rate, 0.8m));
        }
        else
        {
            strengths.Should().BeEmpty();
        }
    }

    [Test]
    public void Find_HighRateButIncomplete_NoStrength()
    {
        // Too few residents for the minimum sample: the rate is known but the standard is not judged.
        StrengthFinder.Find(Source([Resident("CARE-03", FindingStatus.Incomplete, 1m)]), null, StrengthMargins.Default).Should().BeEmpty();
    }

    [Test]
    public void Find_MarginOfTheCaller_Applies()
    {
        var current = Source([Resident("CARE-02", FindingStatus.Met, 0.9m)]);

        StrengthFinder.Find(current, null, StrengthMargins.Default).Should().BeEmpty();
        StrengthFinder.Find(current, null, new StrengthMargins(0.1m, 0.1m)).Should().ContainSingle(s => s.Kind == StrengthKind.RateAboveBar);
    }

    [Test]
    public void Find_DomainScoreRoseByMoreThanTheMargin_DomainImproved()
    {
        var previous = Source([], Domain("safety", 0.6m), Domain("care", 0.7m), Domain("food", 0.5m), Domain("staff", null));
        var current = Source([], Domain("safety", 0.75m), Domain("care", 0.8m), Domain("food", null), Domain("staff", 1m), Domain("rights", 1m));

        var strengths = StrengthFinder.Find(current, previous, StrengthMargins.Default);

        strengths.Should().Equal(new Strength(StrengthKind.DomainImproved, "safety", "safety", 0.6m, 0.75m, null));
    }

    [Test]
    public void Find_NoPreviousInspection_OnlyRatesAboveTheBar()
    {
        var current = Source([Institution("SAF-01", FindingStatus.Met), Resident("CARE-01", FindingStatus.Met, 1m)], Domain("safety", 1m));

        StrengthFinder.Find(current, null, StrengthMargins.Default).Should()
            .Equal(new Strength(StrengthKind.RateAboveBar, "CARE-01", "care", null, 1m, 0.8m));
    }

    [Test]
    public void Find_AllThreeKinds_ResolvedThenRatesThenDomains()
    {
        var previous = Source([Resident("CARE-01", FindingStatus.NotMet, 0.5m), Institution("SAF-01", FindingStatus.NotMet)], Domain("care", 0.5m), Domain("safety", 0.5m));
        var current = Source([Resident("CARE-01", FindingStatus.Met, 1m), Institution("SAF-01", FindingStatus.Met)], Domain("care", 1m), Domain("safety", 1m));

        var strengths = StrengthFinder.Find(current, previous, StrengthMargins.Default);

        strengths.Select(s => (s.Kind, s.Subject)).Should().Equal(
            (StrengthKind.DeficiencyResolved, "CARE-01"),
            (StrengthKind.DeficiencyResolved, "SAF-01"),
            (StrengthKind.RateAboveBar, "CARE-01"),
            (StrengthKind.DomainImproved, "care"),
            (StrengthKind.DomainImproved, "safety"));
    }

    [Test]
    public void Find_MarginOutsideZeroToOne_Throws()
    {
        var act = () => StrengthFinder.Find(Source([]), null, new StrengthMargins(15m, 0.1m));

        act.Should().Throw<ArgumentException>().WithMessage("*RateAboveBar must lie between 0 and 1*");
    }

    [Test]
    public void Of_EngineResult_ReadsRatesBarsAndDomains()
    {
        var catalog = new TestCatalog()
            .Question("ok", "yes-no").Standard("ST-01", "q.ok", domain: "safety")
            .ResidentQuestion("has_wound_plan", "yes-no").ResidentStandard("ST-02", "r.has_wound_plan", bar: 0.75m);
        var yes = Responses.AnswerValue.YesNo(true);
        var result = catalog.Compile().Evaluate(new TestResponse().Answer("ok", yes)
            .Residents("has_wound_plan", yes, yes, yes, yes, Responses.AnswerValue.YesNo(false)).Build());

        var source = StrengthSource.Of(result);

        source.Standards.Should().Equal(
            new JudgedStandard("ST-01", "safety", FindingStatus.Met, null, null),
            new JudgedStandard("ST-02", "care", FindingStatus.Met, 0.8m, 0.75m));
        source.Domains.Should().BeEquivalentTo(result.Domains);
        StrengthFinder.Find(source, null, StrengthMargins.Default).Should().BeEmpty("0.8 is only 5 points above a bar of 0.75");
    }
}
