using Inspection.Engine.Compilation;
using Inspection.Engine.Findings;
using Inspection.Standards.Model;
using static Inspection.Engine.Tests.TestResponse;

namespace Inspection.Engine.Tests.Network;

/// <summary>The catalog's consequences: when-then rules over the findings and the previous deficiencies, fired by the network.</summary>
public class ConsequenceTests
{
    private static TestCatalog Catalog() => new TestCatalog()
        .Question("yes", "yes-no")
        .Question("no", "yes-no")
        .Standard("ST-01", "q.no", severity: "major", scope: "pattern")
        .Standard("ST-02", "q.yes", severity: "minor", scope: "isolated")
        .Standard("ST-03", "!q.yes", severity: "minor", scope: "isolated");

    private static TestResponse Answers() => new TestResponse().Answer("yes", Yes).Answer("no", No);

    [Test]
    public void Evaluate_RepeatedDeficiency_GradeRaisedOneStepAndRecordedWithTheFactsItMatched()
    {
        var compiled = Catalog().Consequence("repeated", "f.deficient && p.standard == f.standard", "{ raiseGrade: true }").Compile();

        var result = compiled.Evaluate(Answers().Previous("ST-01", Severity.Major, Scope.Pattern, "E").Build());

        result.For("ST-01")!.Deficiency.Should().Be(new Deficiency(Severity.Critical, Scope.Pattern, "H", false, null), "major x pattern (E) raised one step is critical x pattern (H)");
        result.For("ST-03")!.Deficiency!.Grade.Should().Be("A", "ST-03 was no deficiency last time");
        var fired = result.Consequences.Should().ContainSingle().Subject;
        fired.Consequence.Code.Should().Be("repeated");
        fired.StandardCode.Should().Be("ST-01");
        fired.Facts.Should().Equal("previous deficiency ST-01: major, pattern, grade E", "finding ST-01: not-met, critical, pattern, grade H (raised)");
    }

    [Test]
    public void Evaluate_RaisedGradeReachesACap_TheCapHolds()
    {
        var compiled = Catalog().Consequence("repeated", "f.deficient && p.grade != null", "{ raiseGrade: true }").Compile();

        var result = compiled.Evaluate(Answers().Previous("ST-01").Build());
        var first = compiled.Evaluate(Answers().Build());

        result.Caps.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Standards = new[] { "ST-01" }, Lowered = false }, "the score (1/3) is below the cap already");
        result.Caps[0].Cap.Code.Should().Be("critical-unmet");
        first.Caps.Should().BeEmpty("without the previous deficiency nothing is critical");
    }

    [Test]
    public void Evaluate_NoPreviousDeficiency_ConsequenceReadingPDoesNotFire()
    {
        var compiled = Catalog().Consequence("repeated", "f.deficient && p.standard == f.standard", "{ raiseGrade: true }").Compile();

        var result = compiled.Evaluate(Answers().Previous("ST-02").Build());

        result.Consequences.Should().BeEmpty("ST-02 is met now and ST-01 was not a deficiency before");
        result.For("ST-01")!.Deficiency!.Grade.Should().Be("E");
    }

    [Test]
    public void Evaluate_FollowUpAndEscalation_EarliestFollowUpAndHighestEscalation()
    {
        var compiled = Catalog()
            .Consequence("follow-up-major", "f.deficient && f.severity == \"major\"", "{ followUpWithinDays: 30 }")
            .Consequence("follow-up-any", "f.deficient", "{ followUpWithinDays: 90, escalateTo: district }")
            .Consequence("escalate-major", "f.status == \"not-met\" && f.severity == \"major\"", "{ escalateTo: headquarters }")
            .Compile();

        var result = compiled.Evaluate(Answers().Build());

        result.FollowUpWithinDays.Should().Be(30);
        result.EscalateTo.Should().Be(Escalation.Headquarters);
        result.Consequences.Select(c => $"{c.Consequence.Code} {c.StandardCode}").Should().Equal(
            "follow-up-major ST-01", "follow-up-any ST-01", "follow-up-any ST-03", "escalate-major ST-01");
    }

    [Test]
    public void Evaluate_NotRatedConsequence_NoRatingWithItsReason()
    {
        var compiled = Catalog().Consequence("medication-unjudged", "(f.standard == \"ST-01\" || f.standard == \"ST-02\") && !f.judged", "{ notRated: true }")
            .Question("unanswered", "yes-no")
            .Standard("ST-04", "q.unanswered", severity: "minor")
            .Compile();

        var judged = compiled.Evaluate(Answers().Build());

        judged.Consequences.Should().BeEmpty();
        judged.NotRatedReasons.Should().NotContain(r => r.Contains("medication-unjudged", StringComparison.Ordinal));
    }

    [Test]
    public void Evaluate_NotRatedConsequenceFires_NotRated()
    {
        var compiled = new TestCatalog()
            .Question("yes", "yes-no")
            .Question("unanswered", "yes-no")
            .Policy("minimumCoverage: 0")
            .Standard("ST-01", "q.yes", severity: "minor", weight: 50)
            .Standard("ST-02", "q.unanswered", severity: "minor")
            .Consequence("key-standard-unjudged", "f.standard == \"ST-02\" && !f.judged", "{ notRated: true }")
            .Compile();

        var result = compiled.Evaluate(new TestResponse().Answer("yes", Yes).Build());

        result.Rating.Should().BeNull();
        result.NotRatedReasons.Should().Contain("not rated: key-standard-unjudged: Consequence key-standard-unjudged");
    }

    [Test]
    public void Load_ConsequenceReadsAnUnknownField_LocatedError()
    {
        var catalog = Catalog().Consequence("bad", "f.colour == \"red\"", "{ notRated: true }");
        var at = catalog.Locate("f.colour");

        var result = catalog.Load(RuleExpressionCheck.LoaderOptions(new RuleSetCompiler()));

        result.Diagnostics.Should().ContainSingle().Which.Should().Be(new Standards.Diagnostics.CatalogDiagnostic(
            TestCatalog.FileName, at.Line, at.Column, "consequences[0].when",
            "'f.colour' is not a field of a finding; the fields are standard, domain, status, severity, scope, grade, immediateJeopardy, deficient, judged"));
    }

    [TestCase("f.status == \"broken\"", "'broken' is not a value of f.status; its values are met, not-met, not-applicable, incomplete, error")]
    [TestCase("f.deficient == 1", "'f.deficient' is a truth value: use it on its own (f.deficient or !f.deficient)")]
    [TestCase("q.yes", "a consequence reads the finding (f.) and the previous deficiency (p.), not answers")]
    [TestCase("DaysSince(f.grade) > 1", "'DaysSince' cannot be called here: a consequence reads the finding (f.) and the previous deficiency (p.) and calls no function")]
    public void Load_ConsequenceOutsideItsLanguage_LocatedError(string when, string message)
    {
        var result = Catalog().Consequence("bad", when, "{ notRated: true }").Load(RuleExpressionCheck.LoaderOptions(new RuleSetCompiler()));

        result.Diagnostics.Select(d => d.Message).Should().Contain(message);
        result.Diagnostics.Should().OnlyContain(d => d.Path == "consequences[0].when");
    }

    [Test]
    public void Load_ConsequenceThatDoesNothing_LocatedError()
    {
        var result = Catalog().Consequence("idle", "f.deficient", "{ }").Load();

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Be("a consequence needs at least one of followUpWithinDays, escalateTo, raiseGrade, notRated");
    }

    [Test]
    public void Compile_ConsequenceComparingTextWithANumber_EngineRefusesItToo()
    {
        var ruleSet = Catalog().Consequence("bad", "f.grade > 3", "{ notRated: true }").Load().RuleSet;

        ruleSet.Should().BeNull("the catalog's own check refuses a text field compared with a number");
    }

    [Test]
    public void Evaluate_ConsequenceConditionFailsAtRunTime_NotRatedNamingIt()
    {
        var compiled = Catalog().Consequence("overflowing", "f.deficient && 2147483647 + 1 > 0", "{ followUpWithinDays: 30 }").Compile();

        var result = compiled.Evaluate(Answers().Build());

        result.Consequences.Should().BeEmpty();
        result.Rating.Should().BeNull();
        result.NotRatedReasons.Should().Contain(r => r.StartsWith("not rated: the consequence 'consequence overflowing' could not be evaluated for ST-01: OverflowException", StringComparison.Ordinal));
        result.Findings.Should().OnlyContain(f => f.Status != FindingStatus.Error, "the findings themselves are unaffected");
    }

    [Test]
    public void Evaluate_CriticalDeficiencyWithAPreviousOne_FiresOnceEachAndStaysCritical()
    {
        var compiled = new TestCatalog()
            .Question("no", "yes-no")
            .Standard("ST-01", "q.no", severity: "critical", scope: "isolated")
            .Consequence("repeated", "f.deficient && p.severity == \"critical\"", "{ raiseGrade: true, escalateTo: headquarters }")
            .Compile();

        var result = compiled.Evaluate(new TestResponse().Answer("no", No).Previous("ST-01", Severity.Critical, Scope.Isolated, "G").Build());

        result.For("ST-01")!.Deficiency!.Grade.Should().Be("G", "a critical deficiency cannot be raised further");
        result.Consequences.Should().ContainSingle().Which.Facts.Should().Equal("previous deficiency ST-01: critical, isolated, grade G", "finding ST-01: not-met, critical, isolated, grade G");
        result.EscalateTo.Should().Be(Escalation.Headquarters);
    }

    [Test]
    public void Evaluate_RaisedToImmediateJeopardy_JeopardyConsequenceAndCapSeeIt()
    {
        var compiled = new TestCatalog()
            .Question("no", "yes-no")
            .Standard("ST-01", "q.no", severity: "major", scope: "widespread")
            .Consequence("repeated", "f.deficient && p.standard == f.standard", "{ raiseGrade: true }")
            .Consequence("jeopardy", "f.immediateJeopardy", "{ followUpWithinDays: 7 }")
            .Compile();

        var result = compiled.Evaluate(new TestResponse().Answer("no", No).Previous("ST-01").Build());

        result.For("ST-01")!.Deficiency.Should().Be(new Deficiency(Severity.Critical, Scope.Widespread, "J", true, null));
        result.Consequences.Select(c => c.Consequence.Code).Should().Equal("repeated", "jeopardy");
        result.FollowUpWithinDays.Should().Be(7);
        result.Caps.Select(c => c.Cap.Code).Should().Equal("critical-unmet", "immediate-jeopardy");
    }

    [Test]
    public void Evaluate_ConsequenceThatDoesNotRaiseTheGrade_GradeUnchanged()
    {
        var compiled = Catalog().Consequence("follow-up", "f.deficient", "{ followUpWithinDays: 30 }").Compile();

        var result = compiled.Evaluate(Answers().Previous("ST-01").Build());

        result.For("ST-01")!.Deficiency.Should().Be(new Deficiency(Severity.Major, Scope.Pattern, "E", false, null));
        result.Consequences.Select(c => c.Facts.Single()).Should().Equal(
            "finding ST-01: not-met, major, pattern, grade E", "finding ST-03: not-met, minor, isolated, grade A");
    }

    [Test]
    public void Evaluate_RepeatedStandardNowUnjudged_FiresWithNothingToRaise()
    {
        var compiled = Catalog()
            .Question("unanswered", "yes-no")
            .Standard("ST-04", "q.unanswered", severity: "major", scope: "pattern")
            .Consequence("repeated", "p.standard == f.standard", "{ raiseGrade: true }")
            .Compile();

        var result = compiled.Evaluate(Answers().Previous("ST-04").Build());

        result.For("ST-04")!.Status.Should().Be(FindingStatus.Incomplete, "an unjudged standard has no deficiency a consequence could raise");
        result.For("ST-04")!.Deficiency.Should().BeNull();
        result.Consequences.Should().ContainSingle().Which.Facts.Should().Equal("previous deficiency ST-04: major, widespread, grade F", "finding ST-04: incomplete");
        result.NotRatedReasons.Should().NotContain(r => r.Contains("could not be evaluated", StringComparison.Ordinal));
    }
}
