using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Engine.Tests.Findings;

/// <summary>
/// Figures by standard type on a small data set computed by hand. Domains: safety (weight 2), care (1).
/// <code>
/// standard  domain  weight  type       status          safety: judged 4, met 3 -> 0.75
/// SAF-01    safety  2       structure  Met             care:   judged 4, met 1 -> 0.25
/// SAF-02    safety  1       process    NotMet          overall (0.75 x 2 + 0.25 x 1) / 3 = 7/12
/// SAF-03    safety  1       outcome    Met
/// CAR-01    care    1       process    Met             structure: score 1,   share (2/4 x 2) / 3 = 1/3,             points 1/3
/// CAR-02    care    3       outcome    NotMet          process:   score (0 x 2 + 1 x 1) / 3 = 1/3, share (1/4 x 2 + 1/4) / 3 = 1/4, points (1/4) / 3 = 1/12
/// CAR-03    care    1       structure  NotApplicable   outcome:   score (1 x 2 + 0 x 1) / 3 = 2/3, share (1/4 x 2 + 3/4) / 3 = 5/12, points (1/4 x 2) / 3 = 1/6
/// CAR-04    care    2       outcome    Incomplete
/// </code>
/// </summary>
public class StandardTypeScoresTests
{
    private const decimal Precision = 0.000000000000000001m;

    private static TestCatalog Catalog() => new TestCatalog()
        .Domain("safety", 2)
        .Domain("care", 1)
        .Question("a", "yes-no").Question("b", "yes-no").Question("c", "yes-no").Question("d", "yes-no")
        .Question("e", "yes-no").Question("f", "yes-no").Question("g", "yes-no").Question("kitchen", "yes-no")
        .Standard("SAF-01", "q.a", domain: "safety", weight: 2, measures: "structure")
        .Standard("SAF-02", "q.b", domain: "safety", weight: 1, measures: "process")
        .Standard("SAF-03", "q.c", domain: "safety", weight: 1, measures: "outcome")
        .Standard("CAR-01", "q.d", domain: "care", weight: 1, measures: "process")
        .Standard("CAR-02", "q.e", domain: "care", weight: 3, measures: "outcome")
        .Standard("CAR-03", "q.f", applicability: "q.kitchen", domain: "care", weight: 1, measures: "structure")
        .Standard("CAR-04", "q.g", domain: "care", weight: 2, measures: "outcome");

    private static TestResponse Response() => new TestResponse()
        .Answer("a", AnswerValue.YesNo(true))
        .Answer("b", AnswerValue.YesNo(false))
        .Answer("c", AnswerValue.YesNo(true))
        .Answer("d", AnswerValue.YesNo(true))
        .Answer("e", AnswerValue.YesNo(false))
        .Answer("f", AnswerValue.YesNo(true))
        .Answer("kitchen", AnswerValue.YesNo(false));

    [Test]
    public void Of_HandComputedResult_GivesCountsScoresSharesAndPointsPerType()
    {
        var result = Catalog().Compile().Evaluate(Response().Build());
        result.OverallScore.Should().BeApproximately(7m / 12, Precision, "the data set is the one computed by hand");

        var figures = StandardTypeScores.Of(result);

        figures.Select(f => f.Type).Should().Equal(StandardType.Structure, StandardType.Process, StandardType.Outcome);
        ShouldBe(figures[0], standards: 2, judged: 1, met: 1, score: 1m, share: 1m / 3, points: 1m / 3);
        ShouldBe(figures[1], standards: 2, judged: 2, met: 1, score: 1m / 3, share: 1m / 4, points: 1m / 12);
        ShouldBe(figures[2], standards: 3, judged: 2, met: 1, score: 2m / 3, share: 5m / 12, points: 1m / 6);
    }

    [Test]
    public void Of_AnyResult_SharesAddUpToOneAndPointsToTheOverallScore()
    {
        var result = Catalog().Compile().Evaluate(Response().Answer("b", AnswerValue.YesNo(true)).Answer("g", AnswerValue.YesNo(true)).Build());

        var figures = StandardTypeScores.Of(result);

        figures.Sum(f => f.Share).Should().BeApproximately(1m, Precision);
        figures.Sum(f => f.Contribution).Should().BeApproximately(result.OverallScore!.Value, Precision);
    }

    [Test]
    public void Of_StoredFindingsOfTheRuleSet_GiveTheSameFiguresAsTheResult()
    {
        var compiled = Catalog().Compile();
        var result = compiled.Evaluate(Response().Build());

        var stored = StandardTypeScores.Of(compiled.RuleSet, result.Findings.Select(f => (f.StandardCode, f.Status)).Append(("XXX-99", FindingStatus.Met)));

        stored.Should().Equal(StandardTypeScores.Of(result));
    }

    [Test]
    public void Of_WithdrawnFinding_IsCountedButNotJudged()
    {
        var result = Catalog().Compile().Evaluate(Response().Withdraw("CAR-02").Build());

        var outcome = StandardTypeScores.Of(result).Single(f => f.Type == StandardType.Outcome);

        // Outcome keeps SAF-03 only: safety 1/1 met; care has no judged outcome standard.
        ShouldBe(outcome, standards: 3, judged: 1, met: 1, score: 1m, share: 1m / 4 * 2 / 3, points: 1m / 4 * 2 / 3);
    }

    [Test]
    public void Of_NothingJudgedOfAType_HasNoScoreAndNoShare()
    {
        var result = Catalog().Compile().Evaluate(Response().Answer("kitchen", AnswerValue.YesNo(true)).Answer("a", AnswerValue.YesNo(false)).Answer("f", AnswerValue.YesNo(false)).Build());
        var structureOnlyFailed = StandardTypeScores.Of(result)[0];
        structureOnlyFailed.Score.Should().Be(0m, "both structure standards were judged and not met");

        var none = StandardTypeScores.Of(Catalog().LoadValid(), []);

        none.Should().OnlyContain(f => f.Standards == 0 && f.Judged == 0 && f.Score == null && f.Share == 0 && f.Contribution == 0);
    }

    [Test]
    public void Of_StandardsWithoutAType_AreListedAsUnclassifiedAfterTheThreeTypes()
    {
        var ruleSet = Catalog().LoadValid();
        var untyped = ruleSet with { Standards = [.. ruleSet.Standards.Select(s => s.Code.StartsWith("CAR", StringComparison.Ordinal) ? s with { Measures = null } : s)] };
        var result = new RuleSetCompiler().Compile(untyped).Evaluate(Response().Build());

        var figures = StandardTypeScores.Of(result);

        figures.Select(f => f.Type).Should().Equal(StandardType.Structure, StandardType.Process, StandardType.Outcome, null);
        // The care domain now has only unclassified standards: CAR-01 met (1), CAR-02 not met (3) -> 1/4.
        ShouldBe(figures[3], standards: 4, judged: 2, met: 1, score: 1m / 4, share: 1m / 3, points: 1m / 12);
        figures.Sum(f => f.Contribution).Should().BeApproximately(result.OverallScore!.Value, Precision);
    }

    private static void ShouldBe(StandardTypeScore figure, int standards, int judged, int met, decimal score, decimal share, decimal points)
    {
        figure.Standards.Should().Be(standards, "standards of {0}", figure.Type);
        figure.Judged.Should().Be(judged, "judged standards of {0}", figure.Type);
        figure.Met.Should().Be(met, "met standards of {0}", figure.Type);
        figure.Score!.Value.Should().BeApproximately(score, Precision, "score of {0}", figure.Type);
        figure.Share.Should().BeApproximately(share, Precision, "share of {0}", figure.Type);
        figure.Contribution.Should().BeApproximately(points, Precision, "points of {0}", figure.Type);
    }
}
