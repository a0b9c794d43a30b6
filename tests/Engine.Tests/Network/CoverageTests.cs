using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using static Inspection.Engine.Tests.TestResponse;

namespace Inspection.Engine.Tests.Network;

/// <summary>Evidence coverage and "not rated: insufficient evidence": an unjudged standard never improves a rating.</summary>
public class CoverageTests
{
    private static TestCatalog Catalog() => new TestCatalog()
        .Question("yes", "yes-no")
        .Question("unanswered", "yes-no");

    private static InspectionResult Evaluate(TestCatalog catalog) =>
        catalog.Compile().Evaluate(new TestResponse().Answer("yes", Yes).Build());

    [Test]
    public void Evaluate_CoverageBelowTheMinimum_NotRatedListingWhatIsMissing()
    {
        var catalog = Catalog()
            .Policy("minimumCoverage: 0.9")
            .Standard("ST-01", "q.yes", weight: 8, severity: "minor")
            .Standard("ST-02", "q.unanswered", weight: 2, severity: "minor");

        var result = Evaluate(catalog);

        result.Coverage.Should().BeEquivalentTo(new EvidenceCoverage(0.8m, 0.9m, ["ST-02"], []));
        result.Coverage!.Sufficient.Should().BeFalse();
        result.Rating.Should().BeNull();
        result.NotRatedReasons.Should().Equal("not rated: insufficient evidence: 0.8 of the applicable standards (by weight) were judged, below the minimum 0.9; not judged: ST-02");
        result.OverallScore.Should().Be(1m, "the score of what was judged is still reported");
    }

    [Test]
    public void Evaluate_CoverageAtTheMinimumAndTheUnjudgedCannotChangeTheBand_Rated()
    {
        var catalog = Catalog()
            .Policy("minimumCoverage: 0.9")
            .Standard("ST-01", "q.yes", weight: 19, severity: "minor")
            .Standard("ST-02", "q.unanswered", weight: 1, severity: "minor");

        var result = Evaluate(catalog);

        result.Coverage!.Share.Should().Be(0.95m);
        result.Rating!.Band.Code.Should().Be("excellent", "were ST-02 not met, the score would be 0.95: still excellent");
        result.NotRatedReasons.Should().BeEmpty();
    }

    [Test]
    public void Evaluate_UnjudgedStandardsCouldLowerTheBand_NotRated()
    {
        var catalog = Catalog()
            .Policy("minimumCoverage: 0.5")
            .Standard("ST-01", "q.yes", weight: 3, severity: "minor")
            .Standard("ST-02", "q.unanswered", weight: 1, severity: "minor");

        var result = Evaluate(catalog);

        result.Rating.Should().BeNull("judged, ST-02 could make the score 0.75: good, not excellent");
        result.NotRatedReasons.Should().Equal("not rated: insufficient evidence: the standards not judged (ST-02) could lower the rating from excellent to good");
    }

    [Test]
    public void Evaluate_NamedStandardMustBeJudged_NotRatedWhenItIsNot()
    {
        var catalog = Catalog()
            .Policy("minimumCoverage: 0")
            .Policy("mustBeJudged: [ST-02]")
            .Standard("ST-01", "q.yes", weight: 99, severity: "minor")
            .Standard("ST-02", "q.unanswered", weight: 1, severity: "minor");

        var result = Evaluate(catalog);

        result.Coverage!.RequiredUnjudged.Should().Equal("ST-02");
        result.Rating.Should().BeNull();
    }

    [Test]
    public void Evaluate_SmallerSampleWithTheSameAnswers_NeverRatedHigher()
    {
        // The case reported: 5 residents left standards unjudged and rated better than 8 with the same answers.
        var catalog = new TestCatalog()
            .Question("yes", "yes-no")
            .ResidentQuestion("care_plan_signed", "yes-no")
            .Standard("ST-01", "q.yes", weight: 4, severity: "minor")
            .ResidentStandard("ST-02", "r.care_plan_signed", minimumSample: 8, severity: "critical", weight: 2);
        var compiled = catalog.Compile();
        InspectionResult Sample(int residents)
        {
            var response = new TestResponse().Answer("yes", Yes);
            for (var i = 1; i <= residents; i++)
            {
                response.Resident($"R{i}", ("care_plan_signed", AnswerValue.YesNo(i > 4)));
            }

            return compiled.Evaluate(response.Build());
        }

        var five = Sample(5);
        var eight = Sample(8);

        eight.Rating!.Band.Code.Should().Be("inadequate");
        five.Rating.Should().BeNull("the critical resident standard is not judged on 5 residents");
        five.NotRatedReasons.Should().Contain(r => r.Contains("ST-02", StringComparison.Ordinal));
    }

    [Test]
    public void Evaluate_UnjudgedCriticalStandardCouldTriggerACap_NotRated()
    {
        var catalog = Catalog()
            .Policy("minimumCoverage: 0")
            .Policy("mustBeJudged: []")
            .Standard("ST-01", "q.yes", weight: 99, severity: "minor")
            .Standard("ST-02", "q.unanswered", weight: 1, severity: "critical", scope: "isolated");

        var result = Evaluate(catalog);

        result.ScoreBand!.Code.Should().Be("excellent");
        result.Rating.Should().BeNull("were ST-02 not met, the critical cap would hold the rating at adequate");
        result.NotRatedReasons.Should().Equal("not rated: insufficient evidence: the standards not judged (ST-02) could lower the rating from excellent to adequate");
    }

    [Test]
    public void Evaluate_UnjudgedStandardCouldBeImmediateJeopardy_NotRatedDownToInadequate()
    {
        var catalog = Catalog()
            .Policy("minimumCoverage: 0")
            .Policy("mustBeJudged: []")
            .Standard("ST-01", "q.yes", weight: 99, severity: "minor")
            .Standard("ST-02", "q.unanswered", weight: 1, severity: "critical", scope: "widespread");

        var result = Evaluate(catalog);

        result.NotRatedReasons.Should().Equal("not rated: insufficient evidence: the standards not judged (ST-02) could lower the rating from excellent to inadequate");
    }

    [Test]
    public void Evaluate_NothingMustBeJudgedAndTheUnjudgedCannotMatter_Rated()
    {
        var catalog = Catalog()
            .Policy("minimumCoverage: 0.5")
            .Policy("mustBeJudged: []")
            .Standard("ST-01", "!q.yes", weight: 1, severity: "minor")
            .Standard("ST-02", "q.unanswered", weight: 1, severity: "minor");

        var result = Evaluate(catalog);

        result.Rating!.Band.Code.Should().Be("inadequate", "0 of 1 judged is met; were ST-02 judged, the score could only be 0 or 0.5: inadequate either way");
        result.Coverage.Should().BeEquivalentTo(new EvidenceCoverage(0.5m, 0.5m, ["ST-02"], []));
        result.Coverage!.Sufficient.Should().BeTrue();
    }

    [Test]
    public void Evaluate_NoStandardApplies_NoCoverageNoScoreNoRating()
    {
        var catalog = Catalog().Question("applies", "yes-no").Standard("ST-01", "q.yes", applicability: "q.applies");

        var result = catalog.Compile().Evaluate(new TestResponse().Answer("yes", Yes).Answer("applies", No).Build());

        result.Coverage!.Share.Should().BeNull();
        result.Coverage.Sufficient.Should().BeFalse();
        result.OverallScore.Should().BeNull();
        result.Rating.Should().BeNull();
        result.NotRatedReasons.Should().BeEmpty();
    }

    [Test]
    public void Evaluate_CriticalNotMetAboveTheCap_CapLoweredTheRatingAndSaysWhy()
    {
        var catalog = Catalog()
            .Standard("ST-01", "q.yes", weight: 99, severity: "minor")
            .Standard("ST-02", "!q.yes", weight: 1, severity: "critical", scope: "isolated");

        var result = Evaluate(catalog);

        result.ScoreBand!.Code.Should().Be("excellent");
        result.Rating!.Band.Code.Should().Be("adequate");
        result.Caps.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Standards = new[] { "ST-02" }, Lowered = true });
        result.Caps[0].Cap.Reason.En.Should().Be("A critical standard is not met, so the rating cannot be good or better");
    }

    [Test]
    public void Evaluate_TwoUnjudgedStandardsCouldLowerTheBand_NotRatedNamingBoth()
    {
        var catalog = Catalog()
            .Policy("minimumCoverage: 0.5")
            .Standard("ST-01", "q.yes", weight: 6, severity: "minor")
            .Standard("ST-02", "q.unanswered", weight: 1, severity: "minor")
            .Standard("ST-03", "q.unanswered", weight: 1, severity: "minor");

        var result = Evaluate(catalog);

        result.NotRatedReasons.Should().Equal("not rated: insufficient evidence: the standards not judged (ST-02, ST-03) could lower the rating from excellent to good");
    }

    [Test]
    public void Evaluate_TwoStandardsThatMustBeJudgedAreNot_NotRatedNamingBoth()
    {
        var catalog = Catalog()
            .Policy("minimumCoverage: 0")
            .Policy("mustBeJudged: [ST-02, ST-03]")
            .Standard("ST-01", "q.yes", weight: 98, severity: "minor")
            .Standard("ST-02", "q.unanswered", weight: 1, severity: "minor")
            .Standard("ST-03", "q.unanswered", weight: 1, severity: "minor");

        var result = Evaluate(catalog);

        result.NotRatedReasons.Should().Equal("not rated: insufficient evidence: standards that must be judged were not: ST-02, ST-03");
    }
}
