using Inspection.Engine.Findings;
using static Inspection.Engine.Tests.TestResponse;

namespace Inspection.Engine.Tests.Network;

/// <summary>
/// A finding withdrawn after a dispute: the standard evaluates as not applicable, with a note saying
/// why, decided before any rule of it runs, so that it counts in no score, cap, coverage, consequence
/// or sampling plan.
/// </summary>
public class WithdrawalTests
{
    private const string Note = "withdrawn on dispute: counted as not applicable";

    private static TestCatalog Catalog() => new TestCatalog()
        .Question("yes", "yes-no")
        .Question("unanswered", "yes-no");

    [Test]
    public void Evaluate_WithdrawnDeficiency_NotApplicableWithTheNoteAndNoDeficiency()
    {
        var compiled = Catalog().Standard("ST-01", "!q.yes").Compile();

        var finding = compiled.Evaluate(new TestResponse().Answer("yes", Yes).Withdraw("ST-01").Build()).For("ST-01")!;

        finding.Status.Should().Be(FindingStatus.NotApplicable);
        finding.Note.Should().Be(Note);
        finding.Deficiency.Should().BeNull();
        finding.AnswersRead.Should().BeEmpty("the rule did not run");
    }

    [Test]
    public void Evaluate_WithdrawnCriticalDeficiency_LiftsTheCapItTriggered()
    {
        var compiled = Catalog()
            .Standard("ST-01", "q.yes", weight: 99, severity: "minor")
            .Standard("ST-02", "!q.yes", weight: 1, severity: "critical", scope: "isolated")
            .Compile();
        var response = new TestResponse().Answer("yes", Yes);

        var kept = compiled.Evaluate(response.Build());
        var withdrawn = compiled.Evaluate(response.Withdraw("ST-02").Build());

        kept.Rating!.Band.Code.Should().Be("adequate", "the critical deficiency caps the rating");
        kept.Caps.Should().ContainSingle();
        withdrawn.Caps.Should().BeEmpty();
        withdrawn.Rating!.Band.Code.Should().Be("excellent");
        withdrawn.Rating.Caps.Should().BeEmpty();
        withdrawn.OverallScore.Should().Be(1m, "99 of 99 judged weight is met");
    }

    [Test]
    public void Evaluate_WithdrawnDeficiency_ScoredAsIfTheStandardDidNotApply()
    {
        // Domain care: ST-01 met (1), ST-02 not met (1), ST-03 met (2): 3/4. Without ST-02: 3/3.
        var catalog = Catalog()
            .Question("applies", "yes-no")
            .Standard("ST-01", "q.yes", severity: "minor")
            .Standard("ST-02", "!q.yes", severity: "minor", applicability: "q.applies")
            .Standard("ST-03", "q.yes", severity: "minor", weight: 2);
        var compiled = catalog.Compile();

        var kept = compiled.Evaluate(new TestResponse().Answer("yes", Yes).Answer("applies", Yes).Build());
        var withdrawn = compiled.Evaluate(new TestResponse().Answer("yes", Yes).Answer("applies", Yes).Withdraw("ST-02").Build());
        var notApplicable = compiled.Evaluate(new TestResponse().Answer("yes", Yes).Answer("applies", No).Build());

        kept.OverallScore.Should().Be(0.75m);
        kept.Domains.Single().Should().BeEquivalentTo(new DomainScore("care", 1, 2, 1, 0.75m));
        withdrawn.OverallScore.Should().Be(1m);
        withdrawn.Domains.Single().Should().BeEquivalentTo(new DomainScore("care", 1, 2, 0, 1m));
        withdrawn.Domains.Should().BeEquivalentTo(notApplicable.Domains);
        withdrawn.Rating!.Band.Should().Be(notApplicable.Rating!.Band);
        withdrawn.Coverage.Should().BeEquivalentTo(notApplicable.Coverage);
    }

    [Test]
    public void Evaluate_WithdrawnUnjudgedStandard_NeverCountsInCoverage()
    {
        var compiled = Catalog()
            .Policy("minimumCoverage: 0.9")
            .Standard("ST-01", "q.yes", weight: 8, severity: "minor")
            .Standard("ST-02", "q.unanswered", weight: 2, severity: "critical")
            .Compile();
        var response = new TestResponse().Answer("yes", Yes);

        var kept = compiled.Evaluate(response.Build());
        var withdrawn = compiled.Evaluate(response.Withdraw("ST-02").Build());

        kept.Coverage.Should().BeEquivalentTo(new EvidenceCoverage(0.8m, 0.9m, ["ST-02"], ["ST-02"]));
        kept.Rating.Should().BeNull();
        withdrawn.Coverage.Should().BeEquivalentTo(new EvidenceCoverage(1m, 0.9m, [], []));
        withdrawn.NotRatedReasons.Should().BeEmpty();
        withdrawn.Rating!.Band.Code.Should().Be("excellent");
    }

    [Test]
    public void Evaluate_WithdrawnStandardWhoseRuleWouldFail_NotApplicableNotError()
    {
        var compiled = Catalog().Standard("ST-01", "2147483647 + 1 > 0").Standard("ST-02", "q.yes").Compile();

        var result = compiled.Evaluate(new TestResponse().Answer("yes", Yes).Withdraw("ST-01").Build());

        result.For("ST-01")!.Status.Should().Be(FindingStatus.NotApplicable, "no rule of a withdrawn standard runs");
        result.For("ST-01")!.Note.Should().Be(Note);
        result.For("ST-02")!.Status.Should().Be(FindingStatus.Met);
    }

    [Test]
    public void Evaluate_WithdrawnDeficiency_FiresNoConsequence()
    {
        var compiled = Catalog()
            .Consequence("follow-up", "f.deficient", "{ followUpWithinDays: 30, escalateTo: district }")
            .Standard("ST-01", "!q.yes")
            .Standard("ST-02", "q.yes")
            .Compile();
        var response = new TestResponse().Answer("yes", Yes).Previous("ST-01");

        var kept = compiled.Evaluate(response.Build());
        var withdrawn = compiled.Evaluate(response.Withdraw("ST-01").Build());

        kept.Consequences.Should().ContainSingle().Which.StandardCode.Should().Be("ST-01");
        kept.FollowUpWithinDays.Should().Be(30);
        withdrawn.Consequences.Should().BeEmpty();
        withdrawn.FollowUpWithinDays.Should().BeNull();
        withdrawn.EscalateTo.Should().BeNull();
    }

    [Test]
    public void Evaluate_WithdrawnResidentStandard_NeedsNoResidentsInTheSamplingPlan()
    {
        var compiled = new TestCatalog()
            .ResidentQuestion("has_pressure_injury", "yes-no")
            .ResidentQuestion("has_wound_plan", "yes-no")
            .ResidentQuestion("repositioned", "yes-no")
            .Tracer("pressure-injury", "r.has_pressure_injury")
            .ResidentStandard("ST-01", "r.has_wound_plan", tracer: "pressure-injury")
            .ResidentStandard("ST-02", "r.repositioned", tracer: "pressure-injury", minimumSample: 1)
            .Compile();
        var response = new TestResponse()
            .Resident("R1", ("has_pressure_injury", Yes), ("has_wound_plan", Yes), ("repositioned", Yes))
            .Census("pressure-injury", 5);

        var kept = compiled.Evaluate(response.Build());
        var withdrawn = compiled.Evaluate(response.Withdraw("ST-01").Build());

        kept.SamplingPlan.Should().Equal(new TracerSample("pressure-injury", 1, 5, 3, 2));
        withdrawn.SamplingPlan.Should().Equal(new[] { new TracerSample("pressure-injury", 1, 5, 1, 0) }, "only ST-02, which needs one resident, is left");
        withdrawn.For("ST-01")!.Status.Should().Be(FindingStatus.NotApplicable);
        withdrawn.For("ST-02")!.Status.Should().Be(FindingStatus.Met);
        compiled.PlanSample(response.Build()).Should().Equal(withdrawn.SamplingPlan);
    }

    [Test]
    public void Validate_WithdrawnCodeThatIsNoStandard_IsAProblemAndEvaluateRefusesIt()
    {
        var compiled = Catalog().Standard("ST-01", "q.yes").Compile();
        var response = new TestResponse().Answer("yes", Yes).Withdraw("ST-99").Build();

        compiled.Validate(response).Should().ContainSingle().Which.Message.Should().Be("'ST-99' is not a standard of test-home@1.0.0");
        compiled.Invoking(c => c.Evaluate(response)).Should().Throw<Responses.InvalidResponseException>();
    }
}
