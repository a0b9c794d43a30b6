using Inspection.Engine.Findings;
using static Inspection.Engine.Tests.TestResponse;

namespace Inspection.Engine.Tests.Network;

/// <summary>
/// Each field a consequence reads of a finding (<c>f.</c>), on a deficiency and on an unjudged
/// finding, which has a severity (its standard's) but no scope or grade; and a not-rated
/// consequence's reason given once however many findings it matched.
/// </summary>
public class ConsequenceFieldTests
{
    private static TestCatalog Catalog() => new TestCatalog()
        .Question("yes", "yes-no")
        .Question("no", "yes-no")
        .Question("unanswered", "yes-no")
        .Policy("minimumCoverage: 0")
        .Standard("CAR-01", "q.no", severity: "major", scope: "pattern", domain: "care")
        .Standard("CAR-02", "q.yes", severity: "minor", domain: "care")
        .Standard("SAF-01", "q.no", severity: "minor", scope: "isolated", domain: "safety")
        .Standard("SAF-02", "q.unanswered", severity: "critical", scope: "isolated", domain: "safety");

    private static List<string> Fired(string when)
    {
        var result = Catalog().Consequence("c", when, "{ followUpWithinDays: 30 }").Compile()
            .Evaluate(new TestResponse().Answer("yes", Yes).Answer("no", No).Build());
        return [.. result.Consequences.Select(c => c.StandardCode)];
    }

    [TestCase("f.domain == \"safety\"", new[] { "SAF-01", "SAF-02" })]
    [TestCase("f.grade == \"E\"", new[] { "CAR-01" })]
    [TestCase("f.grade == null", new[] { "SAF-02" })]
    [TestCase("f.scope == \"isolated\"", new[] { "SAF-01" })]
    [TestCase("f.scope == null", new[] { "SAF-02" })]
    [TestCase("f.severity == \"critical\"", new[] { "SAF-02" })]
    [TestCase("!f.judged && f.severity == \"critical\"", new[] { "SAF-02" })]
    [TestCase("f.status == \"incomplete\"", new[] { "SAF-02" })]
    [TestCase("f.status == \"met\"", new string[0])]
    [TestCase("f.deficient && !f.immediateJeopardy", new[] { "CAR-01", "SAF-01" })]
    public void Evaluate_ConsequenceReadingAField_FiresForTheFindingsThatHaveIt(string when, string[] standards)
    {
        Fired(when).Should().Equal(standards);
    }

    [Test]
    public void Evaluate_NotRatedConsequenceMatchingTwoFindings_OneReasonAndNoneForOtherConsequences()
    {
        var compiled = Catalog()
            .Consequence("deficiencies", "f.deficient", "{ notRated: true }")
            .Consequence("follow-up", "f.deficient", "{ followUpWithinDays: 30 }")
            .Compile();

        var result = compiled.Evaluate(new TestResponse().Answer("yes", Yes).Answer("no", No).Answer("unanswered", Yes).Build());

        result.Consequences.Select(c => $"{c.Consequence.Code} {c.StandardCode}").Should().Equal(
            "deficiencies CAR-01", "deficiencies SAF-01", "follow-up CAR-01", "follow-up SAF-01");
        result.NotRatedReasons.Should().Equal("not rated: deficiencies: Consequence deficiencies");
        result.Rating.Should().BeNull();
    }
}
