using Inspection.Engine.Compilation;
using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using static Inspection.Engine.Tests.TestResponse;

namespace Inspection.Engine.Tests.Compilation;

/// <summary>
/// Domain scores, overall score, rating bands and caps (DESIGN.md section 3). Standards here are
/// met by the rule <c>q.yes</c> and not met by <c>!q.yes</c>, with <c>q.yes</c> answered yes.
/// </summary>
public class ScoringTests
{
    private const string Met = "q.yes";
    private const string NotMet = "!q.yes";

    private static TestCatalog Catalog() => new TestCatalog()
        .Question("yes", "yes-no")
        .Question("applies", "yes-no")
        .Question("unanswered", "yes-no")
        .Question("zero", "number");

    private static InspectionResult Evaluate(TestCatalog catalog) =>
        catalog.Compile().Evaluate(new TestResponse().Answer("yes", Yes).Answer("applies", No).Answer("zero", AnswerValue.Number(0)).Build());

    [Test]
    public void Evaluate_MetAndNotMetStandards_DomainScoreIsWeightedShareOfMet()
    {
        var catalog = Catalog()
            .Standard("ST-01", Met, weight: 3)
            .Standard("ST-02", NotMet, weight: 1, severity: "minor");

        var result = Evaluate(catalog);

        result.Domains.Should().Equal(new DomainScore("care", 1, Met: 1, NotMet: 1, Score: 0.75m));
        result.OverallScore.Should().Be(0.75m);
    }

    [Test]
    public void Evaluate_SeveralDomains_OverallScoreWeightedByDomainWeight()
    {
        var catalog = Catalog()
            .Domain("safety", 2)
            .Domain("care", 1)
            .Standard("ST-01", Met, domain: "safety")
            .Standard("ST-02", NotMet, domain: "safety", severity: "minor")
            .Standard("ST-03", Met, domain: "care");

        var result = Evaluate(catalog);

        result.Domains.Should().Equal(
            new DomainScore("safety", 2, Met: 1, NotMet: 1, Score: 0.5m),
            new DomainScore("care", 1, Met: 1, NotMet: 0, Score: 1m));
        result.OverallScore.Should().Be(((0.5m * 2) + (1m * 1)) / 3);
    }

    [Test]
    public void Evaluate_DomainWithNoEvaluatedStandard_LeftOutOfTheOverallScore()
    {
        var catalog = Catalog()
            .Domain("safety", 1)
            .Domain("rights", 5)
            .Domain("staffing", 5)
            .Standard("ST-01", Met, domain: "safety")
            .Standard("ST-02", NotMet, domain: "rights", applicability: "q.applies")
            .Standard("ST-03", "q.unanswered", domain: "staffing");

        var result = Evaluate(catalog);

        result.For("ST-02")!.Status.Should().Be(FindingStatus.NotApplicable);
        result.For("ST-03")!.Status.Should().Be(FindingStatus.Incomplete);
        result.Domains.Should().Equal(
            new DomainScore("safety", 1, Met: 1, NotMet: 0, Score: 1m),
            new DomainScore("rights", 5, Met: 0, NotMet: 0, Score: null),
            new DomainScore("staffing", 5, Met: 0, NotMet: 0, Score: null));
        result.OverallScore.Should().Be(1m, "domains with no evaluated standard would otherwise drag the score down");
    }

    [Test]
    public void Evaluate_IncompleteNotApplicableAndErrorFindings_NotCountedInTheDomainScore()
    {
        var catalog = Catalog()
            .Standard("ST-01", Met, weight: 1)
            .Standard("ST-02", NotMet, weight: 1, severity: "minor")
            .Standard("ST-03", "q.unanswered", weight: 10)
            .Standard("ST-04", NotMet, weight: 10, applicability: "q.applies")
            .Standard("ST-05", "10 / q.zero > 1", weight: 10);

        var result = Evaluate(catalog);

        result.Findings.Select(f => f.Status).Should().Equal(
            FindingStatus.Met, FindingStatus.NotMet, FindingStatus.Incomplete, FindingStatus.NotApplicable, FindingStatus.Error);
        result.Domains.Should().Equal(new DomainScore("care", 1, Met: 1, NotMet: 1, Score: 0.5m));
    }

    [Test]
    public void Evaluate_NoStandardEvaluated_NoScoreAndNoRating()
    {
        var catalog = Catalog().Standard("ST-01", "q.unanswered");

        var result = Evaluate(catalog);

        result.OverallScore.Should().BeNull();
        result.Rating.Should().BeNull();
        result.Domains.Should().Equal(new DomainScore("care", 1, 0, 0, null));
    }

    // Bands: excellent from 0.9, good from 0.75, adequate from 0.6, inadequate from 0; a score
    // exactly at a band's minimum reaches that band.
    [TestCase(1, 0, "excellent")]
    [TestCase(9, 1, "excellent")]
    [TestCase(89, 11, "good")]
    [TestCase(3, 1, "good")]
    [TestCase(74, 26, "adequate")]
    [TestCase(3, 2, "adequate")]
    [TestCase(59, 41, "inadequate")]
    [TestCase(1, 1, "inadequate")]
    [TestCase(0, 1, "inadequate")]
    public void Evaluate_OverallScore_RatedByTheBandItReaches(int metWeight, int notMetWeight, string band)
    {
        var catalog = Catalog();
        if (metWeight > 0)
        {
            catalog.Standard("ST-01", Met, weight: metWeight);
        }

        if (notMetWeight > 0)
        {
            catalog.Standard("ST-02", NotMet, weight: notMetWeight, severity: "minor");
        }

        var result = Evaluate(catalog);

        result.OverallScore.Should().Be((decimal)metWeight / (metWeight + notMetWeight));
        result.Rating!.ScoreBand.Code.Should().Be(band);
        result.Rating.Band.Code.Should().Be(band);
        result.Rating.Caps.Should().BeEmpty();
    }

    [Test]
    public void Evaluate_CriticalStandardNotMet_RatingCappedBelowGoodWithTheReason()
    {
        var catalog = Catalog()
            .Standard("ST-01", Met, weight: 19)
            .Standard("ST-02", NotMet, weight: 1, severity: "critical", scope: "isolated");

        var result = Evaluate(catalog);

        result.OverallScore.Should().Be(0.95m);
        result.Rating!.ScoreBand.Code.Should().Be("excellent");
        result.Rating.Band.Code.Should().Be("adequate");
        result.Rating.Caps.Should().ContainSingle().Which.Code.Should().Be("critical-unmet");
        result.Rating.Caps[0].Reason.En.Should().Be("A critical standard is not met, so the rating cannot be good or better");
        result.Rating.Caps[0].Reason.He.Should().NotBeEmpty();
    }

    [Test]
    public void Evaluate_CriticalStandardNotMetWithScoreAlreadyBelowTheCap_NoCapRecorded()
    {
        var catalog = Catalog()
            .Standard("ST-01", Met, weight: 1)
            .Standard("ST-02", NotMet, weight: 1, severity: "critical", scope: "pattern");

        var result = Evaluate(catalog);

        result.Rating!.Band.Code.Should().Be("inadequate");
        result.Rating.Caps.Should().BeEmpty("a cap is recorded only when it lowers the rating");
    }

    [Test]
    public void Evaluate_CriticalStandardIncomplete_NoCapButNotRated()
    {
        var catalog = Catalog()
            .Standard("ST-01", Met, weight: 9, severity: "critical")
            .Standard("ST-02", "q.unanswered", weight: 1, severity: "critical");

        var result = Evaluate(catalog);

        result.Caps.Should().BeEmpty("an unknown result never triggers a cap");
        result.Rating.Should().BeNull("every critical standard must be judged for a final rating");
        result.NotRatedReasons.Should().Equal("not rated: insufficient evidence: standards that must be judged were not: ST-02");
        result.ScoreBand!.Code.Should().Be("excellent");
    }

    [Test]
    public void Evaluate_MajorStandardNotMet_NoCap()
    {
        var catalog = Catalog()
            .Standard("ST-01", Met, weight: 19)
            .Standard("ST-02", NotMet, weight: 1, severity: "major", scope: "widespread");

        var result = Evaluate(catalog);

        result.Rating!.Band.Code.Should().Be("excellent");
        result.Rating.Caps.Should().BeEmpty();
    }

    [Test]
    public void Evaluate_ImmediateJeopardyAtInstitutionLevel_RatingCappedAtInadequateWithBothReasons()
    {
        var catalog = Catalog()
            .Standard("ST-01", Met, weight: 19)
            .Standard("ST-02", NotMet, weight: 1, severity: "critical", scope: "widespread");

        var result = Evaluate(catalog);

        result.For("ST-02")!.Deficiency!.ImmediateJeopardy.Should().BeTrue();
        result.Rating!.ScoreBand.Code.Should().Be("excellent");
        result.Rating.Band.Code.Should().Be("inadequate");
        result.Rating.Caps.Select(c => c.Code).Should().Equal("critical-unmet", "immediate-jeopardy");
        result.Rating.Caps[1].Reason.En.Should().Be("A deficiency places residents in immediate jeopardy");
    }

    [Test]
    public void Evaluate_ImmediateJeopardyAtResidentLevel_RatingCappedAtInadequate()
    {
        var catalog = Catalog()
            .ResidentQuestion("has_wound_plan", "yes-no")
            .Standard("ST-01", Met, weight: 19)
            .ResidentStandard("ST-02", "r.has_wound_plan", severity: "critical", weight: 1);
        var response = new TestResponse().Answer("yes", Yes).Residents("has_wound_plan", No, No, Yes).Build();

        var result = catalog.Compile().Evaluate(response);

        result.For("ST-02")!.Deficiency!.ImmediateJeopardy.Should().BeTrue();
        result.Rating!.Band.Code.Should().Be("inadequate");
        result.Rating.Caps.Select(c => c.Code).Should().Contain("immediate-jeopardy");
    }

    [Test]
    public void Evaluate_NoStandardEvaluated_NoScoreBand()
    {
        var result = Evaluate(Catalog().Standard("ST-01", "q.unanswered", severity: "minor"));

        result.ScoreBand.Should().BeNull("without a score there is no band, not the first band after the best");
        result.Caps.Should().BeEmpty();
    }

    [Test]
    public void Evaluate_AllJudged_CoverageListsNothingUnjudged()
    {
        var result = Evaluate(Catalog().Standard("ST-01", Met).Standard("ST-02", NotMet, severity: "minor"));

        result.Coverage.Should().BeEquivalentTo(new EvidenceCoverage(1m, 0.8m, [], []));
        result.Coverage!.Unjudged.Should().NotBeNull().And.BeEmpty();
    }

    [Test]
    public void Evaluate_ScoreBandIsTheCapsCeiling_CapAppliedButNotLowering()
    {
        // 0.7 is adequate, which is also the critical cap's ceiling: the cap holds, but lowers nothing.
        var catalog = Catalog()
            .Standard("ST-01", Met, weight: 7, severity: "minor")
            .Standard("ST-02", NotMet, weight: 3, severity: "critical", scope: "isolated");

        var result = Evaluate(catalog);

        result.Rating!.ScoreBand.Code.Should().Be("adequate");
        result.Rating.Band.Code.Should().Be("adequate");
        result.Rating.Caps.Should().BeEmpty();
        result.Caps.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Standards = new[] { "ST-02" }, Lowered = false });
    }

    [Test]
    public void Evaluate_OneCapTriggeredByTwoStandards_StandardsInCatalogOrder()
    {
        var catalog = Catalog()
            .Standard("ST-01", Met, weight: 18, severity: "minor")
            .Standard("ST-02", NotMet, weight: 1, severity: "critical", scope: "isolated")
            .Standard("ST-03", NotMet, weight: 1, severity: "critical", scope: "pattern");

        var result = Evaluate(catalog);

        result.Caps.Should().ContainSingle().Which.Standards.Should().Equal("ST-02", "ST-03");
        result.Rating!.Band.Code.Should().Be("adequate");
    }

    [Test]
    public void Evaluate_UnjudgedInAHeavierDomain_WorstCaseWeighedByDomain()
    {
        // Judged: care 1/1 and safety 1/1, so 1.0, excellent. Were ST-02 not met, care (weight 3) would
        // score 1/2 and safety (weight 1) 1: (0.5 x 3 + 1 x 1) / 4 = 0.625, adequate.
        var catalog = Catalog()
            .Policy("minimumCoverage: 0.5")
            .Domain("care", 3)
            .Domain("safety", 1)
            .Standard("ST-01", Met, severity: "minor", domain: "care")
            .Standard("ST-02", "q.unanswered", severity: "minor", domain: "care")
            .Standard("ST-03", Met, severity: "minor", domain: "safety");

        var result = Evaluate(catalog);

        result.OverallScore.Should().Be(1m);
        result.Rating.Should().BeNull();
        result.NotRatedReasons.Should().Equal("not rated: insufficient evidence: the standards not judged (ST-02) could lower the rating from excellent to adequate");
    }

    [Test]
    public void Evaluate_CapAlreadyHoldsAndAnUnjudgedStandardCouldBeImmediateJeopardy_NotRated()
    {
        // The critical cap holds (adequate); were ST-03 (critical, widespread) not met, the jeopardy cap would make it inadequate.
        var catalog = Catalog()
            .Policy("minimumCoverage: 0")
            .Policy("mustBeJudged: []")
            .Standard("ST-01", Met, weight: 98, severity: "minor")
            .Standard("ST-02", NotMet, weight: 1, severity: "critical", scope: "isolated")
            .Standard("ST-03", "q.unanswered", weight: 1, severity: "critical", scope: "widespread");

        var result = Evaluate(catalog);

        result.Caps.Select(c => c.Cap.Code).Should().Equal("critical-unmet");
        result.Rating.Should().BeNull();
        result.NotRatedReasons.Should().Equal("not rated: insufficient evidence: the standards not judged (ST-03) could lower the rating from adequate to inadequate");
    }

    [Test]
    public void Score_StandardThatReportedNoFinding_ErrorNeverNotApplicable()
    {
        var compiled = (CompiledRuleSet)Catalog().Standard("ST-01", Met).Standard("ST-02", Met).Compile();
        var response = new TestResponse().Answer("yes", Yes).Build();
        var met = compiled.Evaluate(response).Findings[0];

        var result = Scoring.Score(compiled, response, [met, null], [], [], [], []);

        var missing = result.For("ST-02")!;
        missing.Status.Should().Be(FindingStatus.Error);
        missing.ErrorMessage.Should().Be("the standard's rule reported no finding");
        missing.AnswersRead.Should().Equal(new AnswerRead("yes", Yes));
    }
}
