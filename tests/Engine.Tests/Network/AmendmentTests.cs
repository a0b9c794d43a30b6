using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;
using static Inspection.Engine.Tests.TestResponse;

namespace Inspection.Engine.Tests.Network;

/// <summary>
/// A finding amended by the supervisor: the standard's rule runs (its evidence is kept), then the amended
/// finding takes the computed one's place before consequences, caps, scores and the rating read it.
/// </summary>
public class AmendmentTests
{
    private static TestCatalog Catalog() => new TestCatalog().Question("yes", "yes-no");

    private static InspectionResponse Amended(TestResponse response, string standard, FindingAmendment amendment) =>
        response.Build() with { AmendedFindings = new Dictionary<string, FindingAmendment>(StringComparer.Ordinal) { [standard] = amendment } };

    [Test]
    public void Evaluate_CriticalDeficiencyAmendedToMet_ScoredAsMetTheCapLiftedAndTheComputedStatusKept()
    {
        // ST-01 met (weight 3), ST-02 critical not met (weight 1): 3/4 = 0.75, good by score, capped at adequate.
        var compiled = Catalog()
            .Standard("ST-01", "q.yes", weight: 3, severity: "minor")
            .Standard("ST-02", "!q.yes", weight: 1, severity: "critical", scope: "isolated")
            .Compile();
        var response = new TestResponse().Answer("yes", Yes);

        var computed = compiled.Evaluate(response.Build());
        var amended = compiled.Evaluate(Amended(response, "ST-02", new FindingAmendment(FindingStatus.Met)));

        computed.OverallScore.Should().Be(0.75m);
        computed.Rating!.Band.Code.Should().Be("adequate");
        amended.OverallScore.Should().Be(1m);
        amended.Caps.Should().BeEmpty();
        amended.Rating!.Band.Code.Should().Be("excellent");
        var finding = amended.For("ST-02")!;
        finding.Status.Should().Be(FindingStatus.Met);
        finding.ComputedStatus.Should().Be(FindingStatus.NotMet);
        finding.IsAmended.Should().BeTrue();
        finding.Deficiency.Should().BeNull();
        finding.Note.Should().Be("amended by the supervisor: computed not met");
        finding.AnswersRead.Should().ContainSingle().Which.Question.Should().Be("yes", "the rule ran: its evidence is kept");
        amended.For("ST-01")!.IsAmended.Should().BeFalse();
    }

    [Test]
    public void Evaluate_MetAmendedToNotMetWithAGradeOfTheCriticalRow_DeficiencyTakesTheCellsSeverityAndTheCapHolds()
    {
        var compiled = Catalog()
            .Standard("ST-01", "q.yes", weight: 3, severity: "minor")
            .Standard("ST-02", "q.yes", weight: 1, severity: "major", scope: "isolated")
            .Compile();

        var amended = compiled.Evaluate(Amended(new TestResponse().Answer("yes", Yes), "ST-02", new FindingAmendment(FindingStatus.NotMet, Scope.Pattern, "H")));

        var deficiency = amended.For("ST-02")!.Deficiency!;
        deficiency.Should().BeEquivalentTo(new Deficiency(Severity.Critical, Scope.Pattern, "H", false, null));
        amended.OverallScore.Should().Be(0.75m);
        amended.Caps.Should().ContainSingle().Which.Standards.Should().Equal("ST-02");
        amended.Rating!.Band.Code.Should().Be("adequate");
    }

    [Test]
    public void Evaluate_DeficiencyAmendedInScopeOnly_GradeFromTheGridForTheStandardsSeverity()
    {
        var compiled = Catalog().Standard("ST-01", "!q.yes", severity: "major", scope: "widespread").Compile();

        var amended = compiled.Evaluate(Amended(new TestResponse().Answer("yes", Yes), "ST-01", new FindingAmendment(FindingStatus.NotMet, Scope.Isolated)));

        amended.For("ST-01")!.Deficiency.Should().BeEquivalentTo(new Deficiency(Severity.Major, Scope.Isolated, "D", false, null));
        amended.For("ST-01")!.ComputedStatus.Should().Be(FindingStatus.NotMet);
    }

    [Test]
    public void Evaluate_DeficiencyAmendedToMet_FiresNoConsequence()
    {
        var compiled = Catalog()
            .Consequence("follow-up", "f.deficient", "{ followUpWithinDays: 30 }")
            .Standard("ST-01", "!q.yes")
            .Compile();
        var response = new TestResponse().Answer("yes", Yes);

        compiled.Evaluate(response.Build()).FollowUpWithinDays.Should().Be(30);
        compiled.Evaluate(Amended(response, "ST-01", new FindingAmendment(FindingStatus.NotApplicable))).Consequences.Should().BeEmpty();
    }

    [TestCase("ST-99", FindingStatus.Met, null, null, "'ST-99' is not a standard of test-home@1.0.0")]
    [TestCase("ST-01", FindingStatus.Incomplete, null, null, "a finding is amended to met, not met or not applicable, not incomplete")]
    [TestCase("ST-01", FindingStatus.Met, null, "F", "only a deficiency (not met) has a scope and grade; ST-01 is amended to met")]
    [TestCase("ST-01", FindingStatus.NotMet, null, "D", "a grade is a cell of the grid (scope x severity): name the scope with the grade 'D'")]
    [TestCase("ST-01", FindingStatus.NotMet, Scope.Isolated, "F", "'F' is not a grade of the rule set's grid for the scope isolated; allowed: A, D, G")]
    public void Validate_AmendmentThatCannotHold_IsAProblemAndEvaluateRefusesIt(string standard, FindingStatus status, Scope? scope, string? grade, string message)
    {
        var compiled = Catalog().Standard("ST-01", "q.yes").Compile();
        var response = Amended(new TestResponse().Answer("yes", Yes), standard, new FindingAmendment(status, scope, grade));

        compiled.Validate(response).Should().ContainSingle().Which.Message.Should().Be(message);
        compiled.Invoking(c => c.Evaluate(response)).Should().Throw<InvalidResponseException>();
    }

    [Test]
    public void Validate_EmptyAmendment_IsAProblemOfTheAmendedFindings()
    {
        var compiled = Catalog().Standard("ST-01", "q.yes").Compile();
        var response = new TestResponse().Answer("yes", Yes).Build() with
        {
            AmendedFindings = new Dictionary<string, FindingAmendment>(StringComparer.Ordinal) { ["ST-01"] = null! },
        };

        compiled.Validate(response).Should().ContainSingle().Which.Should().Be(new ResponseProblem(null, "(amended)", "the amendment of ST-01 is empty"));
    }
}
