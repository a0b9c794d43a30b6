using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using static Inspection.Engine.Tests.TestResponse;

namespace Inspection.Engine.Tests.Findings;

/// <summary>The evidence every finding carries (DESIGN.md section 3).</summary>
public class FindingTests
{
    private static TestCatalog Catalog() => new TestCatalog()
        .Question("has_kitchen", "yes-no")
        .Question("has_plan", "yes-no")
        .Question("review", "date")
        .Question("staff", "number")
        .ResidentQuestion("has_pressure_injury", "yes-no")
        .ResidentQuestion("has_wound_plan", "yes-no")
        .ResidentQuestion("wound_plan_review", "date")
        .Tracer("pressure-injury", "r.has_pressure_injury")
        .Standard("ST-01", "!q.has_plan || DaysSince(q.review) <= 30", applicability: "q.has_kitchen")
        .Standard("ST-02", "10 / q.staff > 1")
        .ResidentStandard("ST-03", "r.has_wound_plan && DaysSince(r.wound_plan_review) <= 30 && q.has_kitchen", tracer: "pressure-injury");

    private static TestResponse Response() => new TestResponse()
        .Answer("has_kitchen", Yes)
        .Answer("has_plan", Yes)
        .Answer("staff", AnswerValue.Number(0))
        .Resident("P-17", ["pressure-injury"], ("has_wound_plan", Yes), ("wound_plan_review", DaysAgo(10)))
        .Resident("P-23", ["pressure-injury"], ("has_wound_plan", No))
        .Resident("P-31", ["pressure-injury"], ("has_wound_plan", Yes))
        .Resident("P-44", ["pressure-injury"], ("has_wound_plan", Yes), ("wound_plan_review", DaysAgo(45)))
        .Resident("P-52", ["pressure-injury"], ("has_wound_plan", Yes), ("wound_plan_review", DaysAgo(2)));

    [Test]
    public void Evaluate_EveryFinding_RecordsRuleSetIdVersionAndContentHash()
    {
        var load = Catalog().Load();

        var result = new RuleSetCompiler().Compile(load.RuleSet!).Evaluate(Response().Build());

        var identity = new RuleSetIdentity("test-home", "1.0.0", load.ContentHash!);
        result.RuleSet.Should().Be(identity);
        result.Findings.Should().HaveCount(3).And.OnlyContain(f => f.RuleSet == identity);
        identity.ToString().Should().Be($"test-home@1.0.0 ({load.ContentHash})");
    }

    [Test]
    public void Evaluate_EveryFinding_CarriesTheStandardWithItsRuleText()
    {
        var ruleSet = Catalog().LoadValid();

        var result = new RuleSetCompiler().Compile(ruleSet).Evaluate(Response().Build());

        result.Findings.Select(f => f.Standard).Should().Equal(ruleSet.Standards);
        result.For("ST-01")!.Standard.Rule.Should().Be("!q.has_plan || DaysSince(q.review) <= 30");
        result.For("ST-03")!.Standard.Rule.Should().Be("r.has_wound_plan && DaysSince(r.wound_plan_review) <= 30 && q.has_kitchen");
    }

    [Test]
    public void Evaluate_InstitutionStandard_RecordsEveryAnswerReadWithItsValue()
    {
        var finding = Catalog().Compile().Evaluate(Response().Answer("review", DaysAgo(40)).Build()).For("ST-01")!;

        finding.Status.Should().Be(FindingStatus.NotMet);
        finding.AnswersRead.Should().Equal(
            new AnswerRead("has_kitchen", Yes),
            new AnswerRead("has_plan", Yes),
            new AnswerRead("review", AnswerValue.Date(InspectionDate.AddDays(-40))));
        finding.AnswersRead.Select(a => a.Value!.Display()).Should().Equal("yes", "yes", "2026-04-22");
    }

    [Test]
    public void Evaluate_IncompleteStandard_RecordsTheUnansweredQuestionAsReadWithoutValue()
    {
        var finding = Catalog().Compile().Evaluate(Response().Build()).For("ST-01")!;

        finding.Status.Should().Be(FindingStatus.Incomplete);
        finding.AnswersRead.Should().Contain(new AnswerRead("review", null));
        finding.MissingAnswers.Should().Equal("review");
    }

    [Test]
    public void Evaluate_ErrorFinding_KeepsItsEvidence()
    {
        var finding = Catalog().Compile().Evaluate(Response().Build()).For("ST-02")!;

        finding.Status.Should().Be(FindingStatus.Error);
        finding.AnswersRead.Should().Equal(new AnswerRead("staff", AnswerValue.Number(0)));
        finding.ErrorMessage.Should().StartWith("DivideByZeroException");
    }

    [Test]
    public void Evaluate_ResidentStandard_RecordsFailingAndExcludedResidentCodes()
    {
        var finding = Catalog().Compile().Evaluate(Response().Build()).For("ST-03")!;

        finding.Residents!.Failing.Should().Equal("P-23", "P-44");
        finding.Residents.Excluded.Should().Equal("P-31");
        finding.Residents.Outcomes.Select(o => (o.Resident, o.Result)).Should().Equal(
            ("P-17", ResidentResult.Satisfied),
            ("P-23", ResidentResult.Failed),
            ("P-31", ResidentResult.Excluded),
            ("P-44", ResidentResult.Failed),
            ("P-52", ResidentResult.Satisfied));
        finding.Residents.Known.Should().Be(4);
        finding.Status.Should().Be(FindingStatus.NotMet);
        finding.Deficiency!.FailingShare.Should().Be(0.5m);
    }

    [Test]
    public void Evaluate_ResidentStandard_RecordsEachResidentsAnswersAndTheInstitutionAnswersRead()
    {
        var finding = Catalog().Compile().Evaluate(Response().Build()).For("ST-03")!;

        finding.AnswersRead.Should().Equal(new AnswerRead("has_kitchen", Yes));
        finding.Residents!.Outcomes[0].AnswersRead.Should().Equal(
            new AnswerRead("has_wound_plan", Yes),
            new AnswerRead("wound_plan_review", DaysAgo(10)));
        finding.Residents.Outcomes[2].AnswersRead.Should().Equal(
            new AnswerRead("has_wound_plan", Yes),
            new AnswerRead("wound_plan_review", null));
    }

    [Test]
    public void Evaluate_WoundPlanMissing_ReviewDateNotNeededForThatResident()
    {
        // P-23 has no wound plan: false && unknown is false, so the resident fails without the date.
        var finding = Catalog().Compile().Evaluate(Response().Build()).For("ST-03")!;

        finding.Residents!.Outcomes.Single(o => o.Resident == "P-23").Result.Should().Be(ResidentResult.Failed);
    }
}
