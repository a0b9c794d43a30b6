using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using static Inspection.Engine.Tests.TestResponse;

namespace Inspection.Engine.Tests.Compilation;

/// <summary>A whole compiled rule set: evaluation as a whole, determinism, threads, show-if and response validation.</summary>
public class CompiledRuleSetTests
{
    private static TestCatalog HomeCatalog() => new TestCatalog()
        .Question("has_kitchen", "yes-no")
        .Question("menu_review", "choice", showIf: "q.has_kitchen", options: ["monthly", "yearly"])
        .Question("fire_drill", "date")
        .Question("residents", "number", min: 0, max: 500)
        .Question("night_staff", "number", min: 0)
        .Question("activities", "multi-choice", options: ["music", "crafts", "outings"])
        .ResidentQuestion("has_pressure_injury", "yes-no")
        .ResidentQuestion("braden_score", "scale", min: 6, max: 23)
        .ResidentQuestion("has_wound_plan", "yes-no", showIf: "r.has_pressure_injury")
        .ResidentQuestion("care_plan_signed", "yes-no")
        .Tracer("pressure-injury", "r.has_pressure_injury || r.braden_score <= 12")
        .Standard("SAF-01", "DaysSince(q.fire_drill) <= 90", severity: "critical", scope: "widespread", domain: "safety")
        .Standard("SAF-02", "q.menu_review == \"monthly\"", applicability: "q.has_kitchen", severity: "minor", scope: "pattern", domain: "safety")
        .Standard("STF-01", "q.residents / q.night_staff <= 10", domain: "staffing")
        .Standard("ACT-01", "Count(q.activities) >= 2 && Has(q.activities, \"music\")", severity: "minor", scope: "isolated", domain: "activity")
        .ResidentStandard("CAR-01", "r.has_wound_plan", tracer: "pressure-injury", minimumSample: 2, domain: "care")
        .ResidentStandard("CAR-02", "r.care_plan_signed", bar: 0.8m, domain: "care");

    /// <summary>Four different responses, so that concurrent evaluations have something to mix up.</summary>
    private static InspectionResponse HomeResponse(int variant)
    {
        var response = new TestResponse()
            .Answer("has_kitchen", AnswerValue.YesNo(variant % 2 == 0))
            .Answer("menu_review", AnswerValue.Choice(variant < 2 ? "monthly" : "yearly"))
            .Answer("fire_drill", DaysAgo(30 + (variant * 40)))
            .Answer("residents", AnswerValue.Number(40))
            .Answer("night_staff", AnswerValue.Number(variant == 3 ? 0 : 2 + variant))
            .Answer("activities", variant == 1 ? AnswerValue.Choices("crafts") : AnswerValue.Choices("music", "outings"));
        for (var i = 1; i <= 6; i++)
        {
            var injured = (i + variant) % 3 == 0;
            response.Resident(
                $"V{variant}-R{i}",
                ("has_pressure_injury", AnswerValue.YesNo(injured)),
                ("braden_score", AnswerValue.Number(10 + i + variant)),
                ("has_wound_plan", i == variant ? null : AnswerValue.YesNo(i % 2 == 1)),
                ("care_plan_signed", i == 6 - variant ? null : AnswerValue.YesNo(i != 2)));
        }

        return response.Build();
    }

    [Test]
    public void Evaluate_OneRuleFailsAtRunTime_TheRestOfTheEvaluationGoesOn()
    {
        var compiled = HomeCatalog().Compile();

        var result = compiled.Evaluate(HomeResponse(3));

        result.For("STF-01")!.Status.Should().Be(FindingStatus.Error);
        result.For("STF-01")!.ErrorMessage.Should().NotBeNullOrWhiteSpace();
        result.Findings.Should().HaveCount(6);
        result.Findings.Where(f => f.StandardCode != "STF-01").Should().OnlyContain(f => f.Status != FindingStatus.Error);
        result.Findings.Where(f => f.IsEvaluated).Should().HaveCountGreaterThanOrEqualTo(3);
        result.OverallScore.Should().NotBeNull();
        result.Domains.Single(d => d.Domain == "staffing").Score.Should().BeNull("an Error finding is not evaluated");
        result.Coverage!.Unjudged.Should().Contain("STF-01");
        result.Rating.Should().BeNull("3 of 5 applicable standards judged is below the minimum coverage");
        result.NotRatedReasons.Should().Equal("not rated: insufficient evidence: 0.6 of the applicable standards (by weight) were judged, below the minimum 0.8; not judged: STF-01, CAR-01");
    }

    [Test]
    public void Evaluate_TracerIdentificationFailsAtRunTime_ItsStandardsErrorAndTheRestGoesOn()
    {
        var compiled = new TestCatalog()
            .ResidentQuestion("falls", "number")
            .ResidentQuestion("months_resident", "number")
            .ResidentQuestion("has_falls_plan", "yes-no")
            .ResidentQuestion("care_plan_signed", "yes-no")
            .Tracer("falls-risk", "r.falls / r.months_resident >= 0.5")
            .ResidentStandard("FAL-01", "r.has_falls_plan", tracer: "falls-risk", minimumSample: 1)
            .ResidentStandard("CAR-01", "r.care_plan_signed")
            .Compile();
        var response = new TestResponse()
            .Resident("R1", ("falls", AnswerValue.Number(2)), ("months_resident", AnswerValue.Number(0)), ("care_plan_signed", Yes))
            .Resident("R2", ("falls", AnswerValue.Number(3)), ("months_resident", AnswerValue.Number(2)), ("has_falls_plan", Yes), ("care_plan_signed", Yes))
            .Resident("R3", ("falls", AnswerValue.Number(0)), ("months_resident", AnswerValue.Number(9)), ("care_plan_signed", Yes));

        var result = compiled.Evaluate(response.Build());

        result.For("FAL-01")!.Status.Should().Be(FindingStatus.Error);
        result.For("FAL-01")!.ErrorMessage.Should().Contain("falls-risk").And.Contain("R1").And.Contain("DivideByZeroException");
        result.For("CAR-01")!.Status.Should().Be(FindingStatus.Met);
    }

    [Test]
    public void Evaluate_TracerMarkedByInspector_IdentificationRuleNotNeeded()
    {
        var compiled = new TestCatalog()
            .ResidentQuestion("falls", "number")
            .ResidentQuestion("months_resident", "number")
            .ResidentQuestion("has_falls_plan", "yes-no")
            .Tracer("falls-risk", "r.falls / r.months_resident >= 0.5")
            .ResidentStandard("FAL-01", "r.has_falls_plan", tracer: "falls-risk", minimumSample: 1)
            .Compile();
        var response = new TestResponse()
            .Resident("R1", ["falls-risk"], ("falls", AnswerValue.Number(2)), ("months_resident", AnswerValue.Number(0)), ("has_falls_plan", Yes));

        var finding = compiled.Evaluate(response.Build()).For("FAL-01")!;

        finding.Status.Should().Be(FindingStatus.Met);
    }

    [Test]
    public void Evaluate_Always_FindingsInCatalogOrderWithTheInspectionDate()
    {
        var result = HomeCatalog().Compile().Evaluate(HomeResponse(0));

        result.Findings.Select(f => f.StandardCode).Should().Equal("SAF-01", "SAF-02", "STF-01", "ACT-01", "CAR-01", "CAR-02");
        result.InspectionDate.Should().Be(InspectionDate);
        result.Domains.Select(d => d.Domain).Should().Equal("safety", "staffing", "activity", "care");
    }

    [Test]
    public void Evaluate_SameResponseTwice_SameFindings()
    {
        var compiled = HomeCatalog().Compile();
        var response = HomeResponse(1);

        var first = compiled.Evaluate(response);
        var second = compiled.Evaluate(response);

        CanonicalResult.Of(second).Should().Be(CanonicalResult.Of(first));
        first.Findings.Select(f => f.Status).Distinct().Should().HaveCountGreaterThan(1, "the comparison must cover varied findings");
        first.Findings.Should().Contain(f => f.Residents != null && f.Residents.Outcomes.Count > 0);
    }

    [Test]
    public void Evaluate_SameInputsCompiledByTwoCompilers_SameFindings()
    {
        var first = new RuleSetCompiler().Compile(HomeCatalog().LoadValid()).Evaluate(HomeResponse(2));
        var second = new RuleSetCompiler().Compile(HomeCatalog().LoadValid()).Evaluate(HomeResponse(2));

        CanonicalResult.Of(second).Should().Be(CanonicalResult.Of(first));
        second.Should().BeEquivalentTo(first, options => options.RespectingRuntimeTypes().WithStrictOrdering());
    }

    [Test]
    public void Evaluate_DifferentResponses_DifferentFindings()
    {
        // Guards the determinism tests: the canonical text does tell different findings apart.
        var compiled = HomeCatalog().Compile();

        CanonicalResult.Of(compiled.Evaluate(HomeResponse(0))).Should().NotBe(CanonicalResult.Of(compiled.Evaluate(HomeResponse(1))));
    }

    [Test]
    public void Evaluate_ManyThreadsOnOneCompiledRuleSet_SameFindingsAsOneThread()
    {
        var compiled = HomeCatalog().Compile();
        var responses = Enumerable.Range(0, 4).Select(HomeResponse).ToArray();
        var expected = responses.Select(r => CanonicalResult.Of(compiled.Evaluate(r))).ToArray();
        var actual = new string[400];

        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
            actual[i] = CanonicalResult.Of(compiled.Evaluate(responses[i % responses.Length])));

        for (var i = 0; i < actual.Length; i++)
        {
            actual[i].Should().Be(expected[i % responses.Length], "evaluation {0} ran concurrently with others", i);
        }
    }

    [Test]
    public void IsAsked_QuestionWithoutShowIf_True()
    {
        var compiled = HomeCatalog().Compile();

        compiled.IsAsked("has_kitchen", new TestResponse().Build()).Should().BeTrue();
    }

    [Test]
    public void IsAsked_ShowIfHolds_True()
    {
        var compiled = HomeCatalog().Compile();

        compiled.IsAsked("menu_review", new TestResponse().Answer("has_kitchen", Yes).Build()).Should().BeTrue();
    }

    [Test]
    public void IsAsked_ShowIfFails_False()
    {
        var compiled = HomeCatalog().Compile();

        compiled.IsAsked("menu_review", new TestResponse().Answer("has_kitchen", No).Build()).Should().BeFalse();
    }

    [Test]
    public void IsAsked_ShowIfStillUnknown_Null()
    {
        var compiled = HomeCatalog().Compile();

        compiled.IsAsked("menu_review", new TestResponse().Build()).Should().BeNull();
    }

    [TestCase(true, true)]
    [TestCase(false, false)]
    [TestCase(null, null)]
    public void IsAsked_ResidentQuestion_DecidedByThatResidentsAnswers(bool? injured, bool? expected)
    {
        var compiled = HomeCatalog().Compile();
        var answers = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        if (injured is { } value)
        {
            answers["has_pressure_injury"] = AnswerValue.YesNo(value);
        }

        var asked = compiled.IsAsked("has_wound_plan", new TestResponse().Build(), new SampledResident("R1", [], answers));

        asked.Should().Be(expected);
    }

    [Test]
    public void IsAsked_ResidentQuestionWithoutResident_Refused()
    {
        var compiled = HomeCatalog().Compile();

        var act = () => compiled.IsAsked("has_wound_plan", new TestResponse().Build());

        act.Should().Throw<ArgumentException>().WithMessage("*has_wound_plan*resident*");
    }

    [Test]
    public void IsAsked_UnknownQuestion_Refused()
    {
        var compiled = HomeCatalog().Compile();

        var act = () => compiled.IsAsked("no_such_question", new TestResponse().Build());

        act.Should().Throw<ArgumentException>().WithMessage("*no_such_question*");
    }

    [Test]
    public void Validate_ResponseThatFits_NoProblems()
    {
        var compiled = HomeCatalog().Compile();

        compiled.Validate(HomeResponse(0)).Should().BeEmpty();
    }

    [Test]
    public void Validate_UnknownInstitutionQuestion_Reported()
    {
        var problems = HomeCatalog().Compile().Validate(new TestResponse().Answer("has_garden", Yes).Build());

        problems.Should().Equal(new ResponseProblem(null, "has_garden", "no institution question has this code"));
    }

    [Test]
    public void Validate_ResidentAnswerToInstitutionQuestion_Reported()
    {
        var problems = HomeCatalog().Compile().Validate(new TestResponse().Resident("R1", ("has_kitchen", Yes)).Build());

        problems.Should().Equal(new ResponseProblem("R1", "has_kitchen", "no resident question has this code"));
    }

    [TestCase("has_kitchen", "number", "a yes-no question cannot take this answer (number)")]
    [TestCase("residents", "yes-no", "a number question cannot take this answer (yesno)")]
    [TestCase("fire_drill", "text", "a date question cannot take this answer (text)")]
    [TestCase("menu_review", "choices", "a choice question cannot take this answer (multichoice)")]
    [TestCase("activities", "choice", "a multi-choice question cannot take this answer (choice)")]
    public void Validate_AnswerOfTheWrongKind_Reported(string question, string kind, string message)
    {
        AnswerValue value = kind switch
        {
            "number" => AnswerValue.Number(1),
            "yes-no" => Yes,
            "text" => AnswerValue.Text("last spring"),
            "choices" => AnswerValue.Choices("monthly"),
            _ => AnswerValue.Choice("music"),
        };

        var problems = HomeCatalog().Compile().Validate(new TestResponse().Answer(question, value).Build());

        problems.Should().Equal(new ResponseProblem(null, question, message));
    }

    [Test]
    public void Validate_ChoiceNotAnOption_ReportedWithTheOptions()
    {
        var problems = HomeCatalog().Compile().Validate(new TestResponse().Answer("menu_review", AnswerValue.Choice("weekly")).Build());

        problems.Should().Equal(new ResponseProblem(null, "menu_review", "'weekly' is not one of the options (monthly, yearly)"));
    }

    [Test]
    public void Validate_MultiChoiceValueNotAnOption_Reported()
    {
        var problems = HomeCatalog().Compile().Validate(new TestResponse().Answer("activities", AnswerValue.Choices("music", "bingo")).Build());

        problems.Should().Equal(new ResponseProblem(null, "activities", "'bingo' is not one of the options (music, crafts, outings)"));
    }

    [TestCase(501, "501 is above the highest allowed value 500")]
    [TestCase(-1, "-1 is below the lowest allowed value 0")]
    public void Validate_NumberOutOfRange_Reported(int value, string message)
    {
        var problems = HomeCatalog().Compile().Validate(new TestResponse().Answer("residents", AnswerValue.Number(value)).Build());

        problems.Should().Equal(new ResponseProblem(null, "residents", message));
    }

    [TestCase(5, "5 is below the lowest allowed value 6")]
    [TestCase(24, "24 is above the highest allowed value 23")]
    [TestCase(12.5, "a scale takes whole numbers, not 12.5")]
    public void Validate_ScaleOutOfRangeOrFractional_Reported(decimal value, string message)
    {
        var problems = HomeCatalog().Compile().Validate(new TestResponse().Resident("R1", ("braden_score", AnswerValue.Number(value))).Build());

        problems.Should().Equal(new ResponseProblem("R1", "braden_score", message));
    }

    [TestCase(0)]
    [TestCase(500)]
    public void Validate_NumberAtTheEdgeOfItsRange_Accepted(int value)
    {
        HomeCatalog().Compile().Validate(new TestResponse().Answer("residents", AnswerValue.Number(value)).Build()).Should().BeEmpty();
    }

    [Test]
    public void Validate_DuplicateResidentCode_Reported()
    {
        var problems = HomeCatalog().Compile().Validate(new TestResponse().Resident("R1").Resident("R1").Build());

        problems.Should().Equal(new ResponseProblem("R1", "(resident)", "each sampled resident needs its own pseudonymous code"));
    }

    [Test]
    public void Validate_UnknownTracer_Reported()
    {
        var problems = HomeCatalog().Compile().Validate(new TestResponse().Resident("R1", ["dementia"]).Build());

        problems.Should().Equal(new ResponseProblem("R1", "(tracer)", "'dementia' is not a tracer of test-home@1.0.0"));
    }

    [Test]
    public void Evaluate_ResponseWithSeveralProblems_RefusedListingThemAll()
    {
        var compiled = HomeCatalog().Compile();
        var response = new TestResponse()
            .Answer("has_garden", Yes)
            .Answer("residents", Yes)
            .Answer("menu_review", AnswerValue.Choice("weekly"))
            .Answer("night_staff", AnswerValue.Number(-2))
            .Resident("R1", ["dementia"], ("braden_score", AnswerValue.Number(30)))
            .Resident("R1")
            .Build();

        var act = () => compiled.Evaluate(response);

        var exception = act.Should().Throw<InvalidResponseException>().Which;
        exception.RuleSet.Should().Be("test-home@1.0.0");
        exception.Problems.Select(p => (p.Resident, p.Question)).Should().BeEquivalentTo(new (string?, string)[]
        {
            (null, "has_garden"),
            (null, "residents"),
            (null, "menu_review"),
            (null, "night_staff"),
            ("R1", "(tracer)"),
            ("R1", "braden_score"),
            ("R1", "(resident)"),
        });
        exception.Problems.Should().BeEquivalentTo(compiled.Validate(response));
        exception.Message.Should().Contain("has_garden").And.Contain("'weekly'").And.Contain("resident R1, braden_score");
    }

    [Test]
    public void QuestionsFor_EachStandard_TheQuestionsItReadsWithTracerAndShowIfQuestions()
    {
        var compiled = HomeCatalog().Compile();

        compiled.QuestionsFor("STF-01").Should().BeEquivalentTo(["night_staff", "residents"]);
        compiled.QuestionsFor("SAF-02").Should().BeEquivalentTo(["has_kitchen", "menu_review"], "applicability and rule; menu_review is shown by has_kitchen");
        compiled.QuestionsFor("CAR-01").Should().BeEquivalentTo(
            ["braden_score", "has_pressure_injury", "has_wound_plan"], "the rule, the tracer's identification and the show-if of has_wound_plan");
    }

    [Test]
    public void QuestionsFor_UnknownStandard_Refused()
    {
        var act = () => HomeCatalog().Compile().QuestionsFor("NOPE-01");

        act.Should().Throw<ArgumentException>().WithMessage("test-home@1.0.0 has no standard 'NOPE-01'*");
    }
}
