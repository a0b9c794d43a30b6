using Inspection.Engine.Strengths;

namespace Inspection.Engine.Tests.Strengths;

/// <summary>Margins are shares: 0 and 1 themselves are allowed, anything outside is named with its value.</summary>
public class StrengthMarginsTests
{
    [TestCase(0, 0)]
    [TestCase(1, 1)]
    [TestCase(0.15, 0.10)]
    public void Problems_MarginsFromZeroToOne_None(double rate, double domain)
    {
        new StrengthMargins((decimal)rate, (decimal)domain).Problems().Should().BeEmpty();
    }

    [Test]
    public void Problems_RateAboveBarOutsideZeroToOne_NamedWithItsValue()
    {
        new StrengthMargins(-0.01m, 0.1m).Problems().Should().Equal("RateAboveBar must lie between 0 and 1 (a share of residents); it is -0.01");
        new StrengthMargins(1.01m, 0.1m).Problems().Should().Equal("RateAboveBar must lie between 0 and 1 (a share of residents); it is 1.01");
    }

    [Test]
    public void Problems_DomainImprovementOutsideZeroToOne_NamedWithItsValue()
    {
        new StrengthMargins(0.15m, -0.5m).Problems().Should().Equal("DomainImprovement must lie between 0 and 1 (a share of the score); it is -0.5");
        new StrengthMargins(0.15m, 1.5m).Problems().Should().Equal("DomainImprovement must lie between 0 and 1 (a share of the score); it is 1.5");
    }

    [Test]
    public void Problems_BothOutside_BothNamed()
    {
        new StrengthMargins(2m, 2m).Problems().Should().HaveCount(2);
    }
}
