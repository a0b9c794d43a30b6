using Inspection.Api.Comparison;
using Inspection.Api.Comparison.Agreement;

namespace Inspection.Api.Tests.Comparison;

/// <summary>The arithmetic behind the figures, on textbook cases.</summary>
public sealed class StatisticsTests
{
    [Test]
    public void Spread_EightValues_InterpolatesQuartilesLinearly()
    {
        var spread = Spread.Of([7m, 1m, 3m, 5m, 9m, 11m, 13m, 15m])!;

        // Sorted 1..15 odd: Q1 at position 1.75 = 3 + 0.75 x 2, median at 3.5 = 8, Q3 at 5.25 = 11 + 0.25 x 2.
        (spread.Count, spread.Min, spread.Q1, spread.Median, spread.Q3, spread.Max, spread.Mean).Should().Be((8, 1m, 4.5m, 8m, 11.5m, 15m, 8m));
    }

    [Test]
    public void Spread_NoValues_IsNull() => Spread.Of([]).Should().BeNull();

    [Test]
    public void PeerStanding_Ties_ShareARankAndTheNextIsSkipped()
    {
        var standings = PeerStanding.Of([0.8m, 0.9m, 0.8m, 0.5m]);

        standings.Select(s => s.Rank).Should().Equal(2, 1, 2, 4);
        standings.Select(s => s.Percentile).Should().Equal(33.33m, 100m, 33.33m, 0m);
    }

    [Test]
    public void PeerStanding_Alone_HasNoPercentile() => PeerStanding.Of([0.7m]).Single().Should().Be(new PeerStanding(1, 1, null));

    [Test]
    public void Kappa_TextbookTable_IsPointFour()
    {
        // 20 both yes, 5 and 10 disagreements, 15 both no: po = 0.7, pe = 0.5 x 0.6 + 0.5 x 0.4 = 0.5, kappa = 0.4.
        var table = new AgreementTable(20, 5, 10, 15);

        (table.Rate, table.Kappa).Should().Be((0.7m, 0.4m));
    }

    [Test]
    public void Kappa_EveryAnswerTheSame_IsUndefined()
    {
        var table = new AgreementTable(6, 0, 0, 0);

        (table.Rate, table.Kappa).Should().Be((1m, (decimal?)null));
    }

    [Test]
    public void Kappa_PerfectDisagreement_IsMinusOne() => new AgreementTable(0, 3, 3, 0).Kappa.Should().Be(-1m);
}
