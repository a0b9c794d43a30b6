using Inspection.Engine.Findings;
using static Inspection.Engine.Tests.TestResponse;

namespace Inspection.Engine.Tests.Compilation;

/// <summary>
/// What an unjudged standard could still do to the rating (DESIGN.md section 3: an unjudged standard
/// never improves a rating), in the cases decided by the standard's declared scope and by a rule that
/// failed at run time rather than one left unanswered.
/// </summary>
public class ScoringWorstCaseTests
{
    private static TestCatalog Catalog(string unjudgedScope) => new TestCatalog()
        .Question("yes", "yes-no")
        .Question("unanswered", "yes-no")
        .Policy("minimumCoverage: 0")
        .Policy("mustBeJudged: []")
        .Standard("ST-01", "q.yes", severity: "minor", weight: 20)
        .Standard("ST-02", "q.unanswered", severity: "critical", scope: unjudgedScope);

    [Test]
    public void Evaluate_UnjudgedCriticalStandardDeclaredIsolated_CouldCapButNeverBeImmediateJeopardy()
    {
        var result = Catalog("isolated").Compile().Evaluate(new TestResponse().Answer("yes", Yes).Build());

        result.Rating.Should().BeNull();
        result.NotRatedReasons.Should().Equal(
            "not rated: insufficient evidence: the standards not judged (ST-02) could lower the rating from excellent to adequate");
    }

    [Test]
    public void Evaluate_UnjudgedCriticalStandardDeclaredWidespread_CouldBeImmediateJeopardy()
    {
        var result = Catalog("widespread").Compile().Evaluate(new TestResponse().Answer("yes", Yes).Build());

        result.NotRatedReasons.Should().Equal(
            "not rated: insufficient evidence: the standards not judged (ST-02) could lower the rating from excellent to inadequate");
    }

    [Test]
    public void Evaluate_CriticalStandardThatMustBeJudgedFailsAtRunTime_NotRatedNamingIt()
    {
        var result = new TestCatalog()
            .Question("yes", "yes-no")
            .Policy("minimumCoverage: 0")
            .Standard("ST-01", "q.yes", severity: "minor", weight: 20)
            .Standard("ST-02", "2147483647 + 1 > 0", severity: "critical")
            .Compile()
            .Evaluate(new TestResponse().Answer("yes", Yes).Build());

        result.For("ST-02")!.Status.Should().Be(FindingStatus.Error);
        result.Coverage!.RequiredUnjudged.Should().Equal("ST-02");
        result.NotRatedReasons.Should().Contain("not rated: insufficient evidence: standards that must be judged were not: ST-02");
        result.Rating.Should().BeNull();
    }
}
