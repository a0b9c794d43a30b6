using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;
using static Inspection.Engine.Tests.TestResponse;

namespace Inspection.Engine.Tests.Compilation;

/// <summary>One standard at a time, evaluated against a small response (DESIGN.md section 3).</summary>
public class CompiledStandardTests
{
    private static Finding Evaluate(TestCatalog catalog, TestResponse response, string standard = "ST-01") =>
        catalog.Compile().Evaluate(response.Build()).For(standard)!;

    private static TestCatalog KitchenCatalog(string? applicability = null) => new TestCatalog()
        .Question("has_kitchen", "yes-no")
        .Question("kitchen_inspected", "yes-no")
        .Standard("ST-01", "q.kitchen_inspected", applicability: applicability);

    private static TestCatalog WoundPlanCatalog(decimal bar = 0.8m, int? minimumSample = null, string severity = "major") => new TestCatalog()
        .ResidentQuestion("has_wound_plan", "yes-no")
        .ResidentStandard("ST-01", "r.has_wound_plan", bar: bar, minimumSample: minimumSample, severity: severity);

    [Test]
    public void Evaluate_InstitutionRuleHolds_Met()
    {
        var finding = Evaluate(KitchenCatalog(), new TestResponse().Answer("kitchen_inspected", Yes));

        finding.Status.Should().Be(FindingStatus.Met);
        finding.Deficiency.Should().BeNull();
        finding.IsEvaluated.Should().BeTrue();
    }

    [Test]
    public void Evaluate_InstitutionRuleFails_NotMetWithDeficiency()
    {
        var finding = Evaluate(KitchenCatalog(), new TestResponse().Answer("kitchen_inspected", No));

        finding.Status.Should().Be(FindingStatus.NotMet);
        finding.Deficiency.Should().NotBeNull();
        finding.IsEvaluated.Should().BeTrue();
    }

    [Test]
    public void Evaluate_ApplicabilityFalse_NotApplicableWithoutReadingTheRule()
    {
        var finding = Evaluate(KitchenCatalog("q.has_kitchen"), new TestResponse().Answer("has_kitchen", No));

        finding.Status.Should().Be(FindingStatus.NotApplicable);
        finding.MissingAnswers.Should().BeEmpty("the rule's answer is not needed when the standard does not apply");
        finding.Deficiency.Should().BeNull();
        finding.IsEvaluated.Should().BeFalse();
    }

    [Test]
    public void Evaluate_ApplicabilityTrue_JudgedByTheRule()
    {
        var finding = Evaluate(KitchenCatalog("q.has_kitchen"), new TestResponse().Answer("has_kitchen", Yes).Answer("kitchen_inspected", No));

        finding.Status.Should().Be(FindingStatus.NotMet);
    }

    [Test]
    public void Evaluate_NeededAnswerMissing_IncompleteNamingTheAnswer()
    {
        var finding = Evaluate(KitchenCatalog("q.has_kitchen"), new TestResponse().Answer("has_kitchen", Yes));

        finding.Status.Should().Be(FindingStatus.Incomplete);
        finding.MissingAnswers.Should().Equal("kitchen_inspected");
        finding.Deficiency.Should().BeNull("an unknown result is never silently not met");
        finding.IsEvaluated.Should().BeFalse();
    }

    [Test]
    public void Evaluate_ApplicabilityUnknown_Incomplete()
    {
        var finding = Evaluate(KitchenCatalog("q.has_kitchen"), new TestResponse().Answer("kitchen_inspected", Yes));

        finding.Status.Should().Be(FindingStatus.Incomplete, "the standard may or may not apply, so it is never silently met");
        finding.MissingAnswers.Should().Contain("has_kitchen");
    }

    [Test]
    public void Evaluate_RuleDividesByZero_ErrorWithTheMessage()
    {
        var catalog = new TestCatalog()
            .Question("residents", "number")
            .Question("night_staff", "number")
            .Standard("ST-01", "q.residents / q.night_staff <= 10");

        var finding = Evaluate(catalog, new TestResponse().Answer("residents", AnswerValue.Number(30)).Answer("night_staff", AnswerValue.Number(0)));

        finding.Status.Should().Be(FindingStatus.Error);
        finding.ErrorMessage.Should().Contain("DivideByZeroException");
        finding.Deficiency.Should().BeNull();
        finding.IsEvaluated.Should().BeFalse();
    }

    [Test]
    public void Evaluate_ResidentRuleDividesByZero_Error()
    {
        var catalog = new TestCatalog()
            .ResidentQuestion("meals_offered", "number")
            .ResidentQuestion("meals_eaten", "number")
            .ResidentStandard("ST-01", "r.meals_eaten / r.meals_offered >= 0.5");
        var response = new TestResponse()
            .Resident("R1", ("meals_offered", AnswerValue.Number(3)), ("meals_eaten", AnswerValue.Number(3)))
            .Resident("R2", ("meals_offered", AnswerValue.Number(0)), ("meals_eaten", AnswerValue.Number(0)))
            .Resident("R3", ("meals_offered", AnswerValue.Number(3)), ("meals_eaten", AnswerValue.Number(2)));

        var finding = Evaluate(catalog, response);

        finding.Status.Should().Be(FindingStatus.Error);
        finding.ErrorMessage.Should().Contain("DivideByZeroException");
    }

    [Test]
    public void Evaluate_ResidentRateReachesBar_Met()
    {
        var finding = Evaluate(WoundPlanCatalog(), new TestResponse().Residents("has_wound_plan", Yes, Yes, Yes, Yes, Yes));

        finding.Status.Should().Be(FindingStatus.Met);
        finding.Residents!.Rate.Should().Be(1m);
    }

    [Test]
    public void Evaluate_ResidentRateBelowBar_NotMet()
    {
        var finding = Evaluate(WoundPlanCatalog(), new TestResponse().Residents("has_wound_plan", Yes, Yes, Yes, No, No));

        finding.Status.Should().Be(FindingStatus.NotMet);
        finding.Residents!.Known.Should().Be(5);
        finding.Residents.Satisfying.Should().Be(3);
        finding.Residents.Rate.Should().Be(0.6m);
        finding.Deficiency!.FailingShare.Should().Be(0.4m);
    }

    // The bar is reached when the rate equals it exactly: k / n >= bar, with no rounding either way.
    [TestCase(0.8, 4, 5, FindingStatus.Met)]
    [TestCase(0.8, 3, 5, FindingStatus.NotMet)]
    [TestCase(0.7, 7, 10, FindingStatus.Met)]
    [TestCase(0.7, 6, 10, FindingStatus.NotMet)]
    [TestCase(1.0, 5, 5, FindingStatus.Met)]
    [TestCase(1.0, 9, 10, FindingStatus.NotMet)]
    [TestCase(0.75, 3, 4, FindingStatus.Met)]
    [TestCase(0.66, 2, 3, FindingStatus.Met)]
    [TestCase(0.67, 2, 3, FindingStatus.NotMet)]
    public void Evaluate_RateAgainstBar_MetExactlyFromTheBar(decimal bar, int satisfying, int sampled, FindingStatus expected)
    {
        var answers = Enumerable.Range(0, sampled).Select(i => (AnswerValue?)(i < satisfying ? Yes : No)).ToArray();

        var finding = Evaluate(WoundPlanCatalog(bar), new TestResponse().Residents("has_wound_plan", answers));

        finding.Status.Should().Be(expected);
        finding.Residents!.Bar.Should().Be(bar);
    }

    [Test]
    public void Evaluate_NoSampledResidentHasTheTracerAndTheCensusSaysNone_NotApplicable()
    {
        var catalog = new TestCatalog()
            .ResidentQuestion("has_pressure_injury", "yes-no")
            .ResidentQuestion("has_wound_plan", "yes-no")
            .Tracer("pressure-injury", "r.has_pressure_injury")
            .ResidentStandard("ST-01", "r.has_wound_plan", tracer: "pressure-injury");
        var response = new TestResponse()
            .Resident("R1", ("has_pressure_injury", No), ("has_wound_plan", No))
            .Resident("R2", ("has_pressure_injury", No), ("has_wound_plan", No))
            .Resident("R3", ("has_pressure_injury", No), ("has_wound_plan", No))
            .Census("pressure-injury", 0);

        var finding = Evaluate(catalog, response);

        finding.Status.Should().Be(FindingStatus.NotApplicable);
        finding.Residents!.Applicable.Should().Be(0);
        finding.Deficiency.Should().BeNull();
    }

    [Test]
    public void Evaluate_NoSampledResidentApplicable_NotApplicable()
    {
        var catalog = new TestCatalog()
            .ResidentQuestion("bedridden", "yes-no")
            .ResidentQuestion("turned_two_hourly", "yes-no")
            .ResidentStandard("ST-01", "r.turned_two_hourly", applicability: "r.bedridden");
        var response = new TestResponse()
            .Resident("R1", ("bedridden", No))
            .Resident("R2", ("bedridden", No))
            .Resident("R3", ("bedridden", No));

        var finding = Evaluate(catalog, response);

        finding.Status.Should().Be(FindingStatus.NotApplicable);
        finding.MissingAnswers.Should().BeEmpty();
    }

    [Test]
    public void Evaluate_NoResidentsSampled_IncompleteNeverNotApplicable()
    {
        var finding = Evaluate(WoundPlanCatalog(), new TestResponse());

        finding.Status.Should().Be(FindingStatus.Incomplete, "a standard over all residents is not judged when none was sampled");
        finding.Note.Should().Be("no resident was sampled");
    }

    [Test]
    public void Evaluate_ResidentApplicability_OnlyApplicableResidentsCounted()
    {
        var catalog = new TestCatalog()
            .ResidentQuestion("bedridden", "yes-no")
            .ResidentQuestion("turned_two_hourly", "yes-no")
            .ResidentStandard("ST-01", "r.turned_two_hourly", applicability: "r.bedridden");
        var response = new TestResponse()
            .Resident("R1", ("bedridden", Yes), ("turned_two_hourly", Yes))
            .Resident("R2", ("bedridden", Yes), ("turned_two_hourly", Yes))
            .Resident("R3", ("bedridden", Yes), ("turned_two_hourly", Yes))
            .Resident("R4", ("bedridden", No), ("turned_two_hourly", No))
            .Resident("R5", ("bedridden", No), ("turned_two_hourly", No));

        var finding = Evaluate(catalog, response);

        finding.Status.Should().Be(FindingStatus.Met, "the two residents who fail are not bedridden, so the standard does not apply to them");
        finding.Residents!.Applicable.Should().Be(3);
        finding.Residents.Outcomes.Select(o => o.Resident).Should().Equal("R1", "R2", "R3");
    }

    [Test]
    public void Evaluate_FewerKnownResultsThanMinimumSample_Incomplete()
    {
        var finding = Evaluate(WoundPlanCatalog(), new TestResponse().Residents("has_wound_plan", Yes, Yes));

        finding.Status.Should().Be(FindingStatus.Incomplete);
        finding.Residents!.Known.Should().Be(2);
        finding.Residents.MinimumSample.Should().Be(3, "the rule set's default applies");
        finding.Deficiency.Should().BeNull();
    }

    [Test]
    public void Evaluate_KnownResultsEqualMinimumSample_Judged()
    {
        var finding = Evaluate(WoundPlanCatalog(), new TestResponse().Residents("has_wound_plan", Yes, Yes, No));

        finding.Status.Should().Be(FindingStatus.NotMet);
    }

    [Test]
    public void Evaluate_RuleSetDefaultMinimumSampleChanged_AppliesToEveryStandard()
    {
        var catalog = WoundPlanCatalog().MinimumSample(5);

        var finding = Evaluate(catalog, new TestResponse().Residents("has_wound_plan", Yes, Yes, Yes, Yes));

        finding.Status.Should().Be(FindingStatus.Incomplete);
        finding.Residents!.MinimumSample.Should().Be(5);
    }

    [Test]
    public void Evaluate_StandardOverridesMinimumSampleDownwards_JudgedOnFewerResidents()
    {
        var finding = Evaluate(WoundPlanCatalog(minimumSample: 2), new TestResponse().Residents("has_wound_plan", Yes, Yes));

        finding.Status.Should().Be(FindingStatus.Met);
        finding.Residents!.MinimumSample.Should().Be(2);
    }

    [Test]
    public void Evaluate_StandardOverridesMinimumSampleUpwards_IncompleteBelowIt()
    {
        var finding = Evaluate(WoundPlanCatalog(minimumSample: 6), new TestResponse().Residents("has_wound_plan", Yes, Yes, Yes, Yes, Yes));

        finding.Status.Should().Be(FindingStatus.Incomplete);
        finding.Residents!.MinimumSample.Should().Be(6);
    }

    [Test]
    public void Evaluate_ResidentAnswerMissing_ResidentExcludedAndNotCountedInN()
    {
        var finding = Evaluate(WoundPlanCatalog(), new TestResponse().Residents("has_wound_plan", Yes, null, Yes, Yes, No));

        finding.Status.Should().Be(FindingStatus.NotMet, "3 of the 4 residents with a known result is below the bar of 0.8");
        finding.Residents!.Applicable.Should().Be(5);
        finding.Residents.Known.Should().Be(4);
        finding.Residents.Satisfying.Should().Be(3);
        finding.Residents.Rate.Should().Be(0.75m);
        finding.Residents.Excluded.Should().Equal("R2");
        finding.Residents.Failing.Should().Equal("R5");
    }

    [Test]
    public void Evaluate_ExclusionLeavesTooFewKnownResults_IncompleteNamingTheMissingAnswer()
    {
        var finding = Evaluate(WoundPlanCatalog(), new TestResponse().Residents("has_wound_plan", Yes, null, null, Yes));

        finding.Status.Should().Be(FindingStatus.Incomplete);
        finding.Residents!.Known.Should().Be(2);
        finding.Residents.Excluded.Should().Equal("R2", "R3");
        finding.MissingAnswers.Should().Equal("has_wound_plan");
    }

    [Test]
    public void Evaluate_ResidentRuleNeedsMissingInstitutionAnswer_IncompleteNamingIt()
    {
        var catalog = new TestCatalog()
            .Question("dietitian_employed", "yes-no")
            .ResidentQuestion("weighed_monthly", "yes-no")
            .ResidentStandard("ST-01", "r.weighed_monthly && q.dietitian_employed");

        var finding = Evaluate(catalog, new TestResponse().Residents("weighed_monthly", Yes, Yes, Yes, No));

        finding.Status.Should().Be(FindingStatus.Incomplete, "only the resident who is not weighed has a known result");
        finding.Residents!.Excluded.Should().Equal("R1", "R2", "R3");
        finding.Residents.Failing.Should().Equal("R4");
        finding.MissingAnswers.Should().Equal("dietitian_employed");
    }

    [Test]
    public void Evaluate_TooFewResidentsButNoneExcluded_IncompleteWithoutMissingAnswers()
    {
        var catalog = new TestCatalog()
            .Question("dietitian_employed", "yes-no")
            .ResidentQuestion("weighed_monthly", "yes-no")
            .ResidentStandard("ST-01", "r.weighed_monthly || q.dietitian_employed");

        var finding = Evaluate(catalog, new TestResponse().Residents("weighed_monthly", Yes, Yes));

        finding.Status.Should().Be(FindingStatus.Incomplete);
        finding.MissingAnswers.Should().BeEmpty("no answer is missing: the sample is too small");
    }

    [Test]
    public void Evaluate_ResidentApplicabilityUnknown_ResidentExcluded()
    {
        var catalog = new TestCatalog()
            .ResidentQuestion("bedridden", "yes-no")
            .ResidentQuestion("turned_two_hourly", "yes-no")
            .ResidentStandard("ST-01", "r.turned_two_hourly", applicability: "r.bedridden");
        var response = new TestResponse()
            .Resident("R1", ("bedridden", Yes), ("turned_two_hourly", Yes))
            .Resident("R2", ("bedridden", Yes), ("turned_two_hourly", Yes))
            .Resident("R3", ("bedridden", Yes), ("turned_two_hourly", Yes))
            .Resident("R4", ("turned_two_hourly", No));

        var finding = Evaluate(catalog, response);

        finding.Status.Should().Be(FindingStatus.Met);
        finding.Residents!.Excluded.Should().Equal("R4");
        finding.Residents.Known.Should().Be(3);
    }

    [Test]
    public void Evaluate_TracerMarkedByInspector_ResidentSelectedWithoutIdentifyingAnswers()
    {
        var catalog = new TestCatalog()
            .ResidentQuestion("has_pressure_injury", "yes-no")
            .ResidentQuestion("has_wound_plan", "yes-no")
            .Tracer("pressure-injury", "r.has_pressure_injury")
            .ResidentStandard("ST-01", "r.has_wound_plan", tracer: "pressure-injury", minimumSample: 1);
        var response = new TestResponse()
            .Resident("R1", ["pressure-injury"], ("has_wound_plan", Yes))
            .Resident("R2", ("has_wound_plan", No));

        var finding = Evaluate(catalog, response);

        finding.Status.Should().Be(FindingStatus.Met);
        finding.Residents!.Outcomes.Select(o => o.Resident).Should().Equal("R1");
    }

    [Test]
    public void Evaluate_TracerIdentifiedByItsRule_ResidentSelected()
    {
        var catalog = new TestCatalog()
            .ResidentQuestion("has_pressure_injury", "yes-no")
            .ResidentQuestion("braden_score", "scale", min: 6, max: 23)
            .ResidentQuestion("has_wound_plan", "yes-no")
            .Tracer("pressure-injury", "r.has_pressure_injury || r.braden_score <= 12")
            .ResidentStandard("ST-01", "r.has_wound_plan", tracer: "pressure-injury", minimumSample: 1);
        var response = new TestResponse()
            .Resident("R1", ("has_pressure_injury", Yes), ("has_wound_plan", Yes))
            .Resident("R2", ("braden_score", AnswerValue.Number(12)), ("has_wound_plan", No))
            .Resident("R3", ("has_pressure_injury", No), ("braden_score", AnswerValue.Number(13)), ("has_wound_plan", No))
            .Resident("R4", ("has_wound_plan", No));

        var finding = Evaluate(catalog, response);

        finding.Residents!.Outcomes.Select(o => o.Resident).Should().Equal(["R1", "R2"], "R3 is not at risk and R4's identification is unknown");
        finding.Residents.Failing.Should().Equal("R2");
        finding.Status.Should().Be(FindingStatus.NotMet);
    }

    [Test]
    public void Evaluate_StandardWithoutTracer_AppliesToEverySampledResident()
    {
        var catalog = new TestCatalog()
            .ResidentQuestion("has_pressure_injury", "yes-no")
            .ResidentQuestion("care_plan_signed", "yes-no")
            .Tracer("pressure-injury", "r.has_pressure_injury")
            .ResidentStandard("ST-01", "r.care_plan_signed");
        var response = new TestResponse()
            .Resident("R1", ["pressure-injury"], ("care_plan_signed", Yes))
            .Resident("R2", ("has_pressure_injury", No), ("care_plan_signed", Yes))
            .Resident("R3", ("care_plan_signed", Yes));

        var finding = Evaluate(catalog, response);

        finding.Residents!.Outcomes.Select(o => o.Resident).Should().Equal("R1", "R2", "R3");
        finding.Status.Should().Be(FindingStatus.Met);
    }

    // Institution level: the scope is declared on the standard; the grade is the grid's cell.
    [TestCase("minor", "isolated", Severity.Minor, Scope.Isolated, "A", false)]
    [TestCase("minor", "pattern", Severity.Minor, Scope.Pattern, "B", false)]
    [TestCase("minor", "widespread", Severity.Minor, Scope.Widespread, "C", false)]
    [TestCase("major", "isolated", Severity.Major, Scope.Isolated, "D", false)]
    [TestCase("major", "pattern", Severity.Major, Scope.Pattern, "E", false)]
    [TestCase("major", "widespread", Severity.Major, Scope.Widespread, "F", false)]
    [TestCase("critical", "isolated", Severity.Critical, Scope.Isolated, "G", false)]
    [TestCase("critical", "pattern", Severity.Critical, Scope.Pattern, "H", false)]
    [TestCase("critical", "widespread", Severity.Critical, Scope.Widespread, "J", true)]
    public void Evaluate_InstitutionStandardNotMet_GradedBySeverityAndDeclaredScope(
        string severity, string scope, Severity expectedSeverity, Scope expectedScope, string grade, bool immediateJeopardy)
    {
        var catalog = new TestCatalog()
            .Question("fire_drill_held", "yes-no")
            .Standard("ST-01", "q.fire_drill_held", severity: severity, scope: scope);

        var finding = Evaluate(catalog, new TestResponse().Answer("fire_drill_held", No));

        finding.Deficiency.Should().Be(new Deficiency(expectedSeverity, expectedScope, grade, immediateJeopardy, FailingShare: null));
    }

    // Resident level: the scope comes from the share of failing residents, cut at 0.2 (pattern) and
    // 0.5 (widespread); a share exactly at a cut point takes the wider scope.
    [TestCase(10, 1, Scope.Isolated)]
    [TestCase(6, 1, Scope.Isolated)]
    [TestCase(5, 1, Scope.Pattern)]
    [TestCase(10, 2, Scope.Pattern)]
    [TestCase(10, 4, Scope.Pattern)]
    [TestCase(7, 3, Scope.Pattern)]
    [TestCase(10, 5, Scope.Widespread)]
    [TestCase(4, 2, Scope.Widespread)]
    [TestCase(5, 5, Scope.Widespread)]
    public void Evaluate_ResidentStandardNotMet_ScopeFromFailingShareAtCutPoints(int sampled, int failing, Scope expected)
    {
        var answers = Enumerable.Range(0, sampled).Select(i => (AnswerValue?)(i < failing ? No : Yes)).ToArray();

        var finding = Evaluate(WoundPlanCatalog(bar: 1m), new TestResponse().Residents("has_wound_plan", answers));

        finding.Status.Should().Be(FindingStatus.NotMet);
        finding.Deficiency!.Scope.Should().Be(expected);
        finding.Deficiency.FailingShare.Should().Be((decimal)failing / sampled);
    }

    [TestCase("minor", Severity.Minor, Scope.Isolated, "A")]
    [TestCase("minor", Severity.Minor, Scope.Pattern, "B")]
    [TestCase("minor", Severity.Minor, Scope.Widespread, "C")]
    [TestCase("major", Severity.Major, Scope.Isolated, "D")]
    [TestCase("major", Severity.Major, Scope.Pattern, "E")]
    [TestCase("major", Severity.Major, Scope.Widespread, "F")]
    [TestCase("critical", Severity.Critical, Scope.Isolated, "G")]
    [TestCase("critical", Severity.Critical, Scope.Pattern, "H")]
    [TestCase("critical", Severity.Critical, Scope.Widespread, "J")]
    public void Evaluate_ResidentStandardNotMet_GradedBySeverityAndComputedScope(string severity, Severity expectedSeverity, Scope scope, string grade)
    {
        // Of 10 residents: 1 failing is isolated, 3 a pattern, 6 widespread.
        var failing = scope switch { Scope.Isolated => 1, Scope.Pattern => 3, _ => 6 };
        var answers = Enumerable.Range(0, 10).Select(i => (AnswerValue?)(i < failing ? No : Yes)).ToArray();

        var finding = Evaluate(WoundPlanCatalog(bar: 1m, severity: severity), new TestResponse().Residents("has_wound_plan", answers));

        finding.Deficiency.Should().Be(new Deficiency(expectedSeverity, scope, grade, grade == "J", failing / 10m));
    }

    [Test]
    public void Evaluate_CriticalWidespreadResidentFailure_ImmediateJeopardy()
    {
        var finding = Evaluate(WoundPlanCatalog(severity: "critical"), new TestResponse().Residents("has_wound_plan", No, No, No, Yes));

        finding.Deficiency!.ImmediateJeopardy.Should().BeTrue();
        finding.Deficiency.Grade.Should().Be("J");
    }

    [Test]
    public void Evaluate_CriticalPatternResidentFailure_NotImmediateJeopardy()
    {
        var finding = Evaluate(WoundPlanCatalog(severity: "critical"), new TestResponse().Residents("has_wound_plan", No, Yes, Yes, Yes));

        finding.Deficiency!.Scope.Should().Be(Scope.Pattern);
        finding.Deficiency.ImmediateJeopardy.Should().BeFalse();
    }

    [Test]
    public void Evaluate_ResidentApplicabilityUnansweredForEveryone_IncompleteNamingTheApplicabilityAnswer()
    {
        var catalog = new TestCatalog()
            .ResidentQuestion("bedridden", "yes-no")
            .ResidentQuestion("turned_two_hourly", "yes-no")
            .ResidentStandard("ST-01", "r.turned_two_hourly", applicability: "r.bedridden");
        var response = new TestResponse().Residents("turned_two_hourly", Yes, Yes, Yes);

        var finding = Evaluate(catalog, response);

        finding.Status.Should().Be(FindingStatus.Incomplete);
        finding.MissingAnswers.Should().Equal("bedridden");
        finding.Residents!.Outcomes[0].AnswersRead.Should().Equal(new AnswerRead("bedridden", null), new AnswerRead("turned_two_hourly", Yes));
    }

    [Test]
    public void Evaluate_GradeGridWithoutTheCell_ErrorNamingTheMissingCell()
    {
        // The loader refuses an incomplete grid; a rule set built in code can still lack a cell.
        var ruleSet = KitchenCatalog().LoadValid();
        var policy = ruleSet.Policy with { Grades = [.. ruleSet.Policy.Grades.Where(g => g is not { Severity: Severity.Major, Scope: Scope.Widespread })] };
        var compiled = new RuleSetCompiler().Compile(ruleSet with { Policy = policy });

        var result = compiled.Evaluate(new TestResponse().Answer("kitchen_inspected", No).Build());

        result.For("ST-01")!.Status.Should().Be(FindingStatus.Error);
        result.For("ST-01")!.ErrorMessage.Should().Be("InvalidOperationException: the grade grid has no cell for Major x Widespread");
    }
}
