using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using static Inspection.Engine.Tests.TestResponse;

namespace Inspection.Engine.Tests.Compilation;

/// <summary>
/// A resident-level standard's sample in the cases the census, the tracer and a failing tracer test
/// make unusual: a census that contradicts the sample, a census beside a standard that follows no
/// tracer, an answer that is not needed, and a tracer test failing for more than one resident.
/// </summary>
public class CompiledStandardSampleTests
{
    private static TestCatalog WoundCatalog() => new TestCatalog()
        .ResidentQuestion("has_pressure_injury", "yes-no")
        .ResidentQuestion("has_wound_plan", "yes-no")
        .Tracer("pressure-injury", "r.has_pressure_injury")
        .ResidentStandard("ST-01", "r.has_wound_plan", tracer: "pressure-injury");

    [Test]
    public void Evaluate_CensusSaysNoneButOneSampledHasTheTracer_TheMinimumSampleStillHolds()
    {
        var response = new TestResponse()
            .Resident("R1", ("has_pressure_injury", Yes), ("has_wound_plan", Yes))
            .Census("pressure-injury", 0);

        var finding = WoundCatalog().Compile().Evaluate(response.Build()).For("ST-01")!;

        finding.Status.Should().Be(FindingStatus.Incomplete, "one known result is below the minimum sample of 3, whatever the census says");
        finding.Residents!.MinimumSample.Should().Be(3);
        finding.Residents.Known.Should().Be(1);
    }

    [Test]
    public void Evaluate_CensusGivenAndTheStandardFollowsNoTracer_JudgedOnEverySampledResident()
    {
        var compiled = WoundCatalog()
            .ResidentQuestion("care_plan_signed", "yes-no")
            .ResidentStandard("ST-02", "r.care_plan_signed")
            .Compile();
        var response = new TestResponse()
            .Residents("care_plan_signed", Yes, Yes, No)
            .Census("pressure-injury", 1);

        var finding = compiled.Evaluate(response.Build()).For("ST-02")!;

        finding.Status.Should().Be(FindingStatus.NotMet, "2 of 3 is below the bar of 0.8");
        finding.Residents!.MinimumSample.Should().Be(3, "the census of a tracer says nothing about a standard that follows none");
        finding.Residents.Failing.Should().Equal("R3");
    }

    [Test]
    public void Evaluate_TooFewResidentsAndAnInstitutionAnswerNotNeeded_IncompleteWithoutAskingForIt()
    {
        var finding = new TestCatalog()
            .Question("has_policy", "yes-no")
            .ResidentQuestion("has_plan", "yes-no")
            .ResidentStandard("ST-01", "r.has_plan && q.has_policy")
            .Compile()
            .Evaluate(new TestResponse().Residents("has_plan", No, No).Build())
            .For("ST-01")!;

        finding.Status.Should().Be(FindingStatus.Incomplete, "two known results are below the minimum sample of 3");
        finding.MissingAnswers.Should().BeEmpty("both residents fail without the policy answer: more residents are needed, not the answer");
        finding.Residents!.Known.Should().Be(2);
    }

    [Test]
    public void Evaluate_TracerTestFailsForTwoResidents_TheFirstFailureIsReported()
    {
        var compiled = new TestCatalog()
            .ResidentQuestion("falls", "number")
            .ResidentQuestion("months_resident", "number")
            .ResidentQuestion("has_falls_plan", "yes-no")
            .Tracer("falls-risk", "r.falls / r.months_resident >= 0.5")
            .ResidentStandard("FAL-01", "r.has_falls_plan", tracer: "falls-risk", minimumSample: 1)
            .Compile();
        var response = new TestResponse()
            .Resident("R1", ("falls", AnswerValue.Number(2)), ("months_resident", AnswerValue.Number(0)))
            .Resident("R2", ("falls", AnswerValue.Number(1)), ("months_resident", AnswerValue.Number(0)));

        var finding = compiled.Evaluate(response.Build()).For("FAL-01")!;

        finding.Status.Should().Be(FindingStatus.Error);
        finding.ErrorMessage.Should().StartWith("the tracer 'falls-risk' could not be identified for resident R1: DivideByZeroException");
    }

    [Test]
    public void Evaluate_WithdrawnStandardWhoseTracerTestFails_StaysWithdrawn()
    {
        var compiled = new TestCatalog()
            .ResidentQuestion("falls", "number")
            .ResidentQuestion("months_resident", "number")
            .ResidentQuestion("has_falls_plan", "yes-no")
            .Tracer("falls-risk", "r.falls / r.months_resident >= 0.5")
            .ResidentStandard("FAL-01", "r.has_falls_plan", tracer: "falls-risk", minimumSample: 1)
            .Compile();
        var response = new TestResponse()
            .Resident("R1", ("falls", AnswerValue.Number(2)), ("months_resident", AnswerValue.Number(0)))
            .Withdraw("FAL-01");

        var finding = compiled.Evaluate(response.Build()).For("FAL-01")!;

        finding.Status.Should().Be(FindingStatus.NotApplicable);
        finding.Note.Should().Be("withdrawn on dispute: counted as not applicable");
    }

    [Test]
    public void QuestionsFor_ShowIfChain_EveryQuestionThatDecidesWhetherAnotherIsAsked()
    {
        var compiled = new TestCatalog()
            .Question("has_kitchen", "yes-no")
            .Question("has_menu", "yes-no", showIf: "q.has_kitchen")
            .Question("menu_reviewed", "yes-no", showIf: "q.has_menu")
            .Standard("ST-01", "q.menu_reviewed")
            .Compile();

        compiled.QuestionsFor("ST-01").Should().BeEquivalentTo(["has_kitchen", "has_menu", "menu_reviewed"]);
    }
}
