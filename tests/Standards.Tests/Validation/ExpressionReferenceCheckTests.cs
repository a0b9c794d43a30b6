namespace Inspection.Standards.Tests.Validation;

/// <summary>
/// Each rule of the expression check, broken once in a rule, condition or tracer of minimal.yaml: the
/// message, the node path, and the line and column of the offending token inside the expression.
/// </summary>
public class ExpressionReferenceCheckTests
{
    private const string Saf01Rule = "rule: DaysSince(q.fire_drill_date) <= 90";
    private const string Saf02Rule = "rule: q.menu_review == \"monthly\"";
    private const string Saf02Applicability = "applicability: q.has_kitchen";
    private const string Car01Rule = "rule: Count(q.activities) >= 2 && Has(q.activities, \"music\")";
    private const string Car02Rule = "rule: r.has_wound_plan";
    private const string TracerCondition = "identifiedBy: r.has_pressure_injury || r.braden_score <= 12";

    private const string NotesQuestion = """
              - code: notes
                type: text
                unit: institution
                source: observation
                text: { he: הערות, en: Notes }

        """;

    private static CatalogText Minimal => CatalogText.Minimal;

    [Test]
    public void Check_EveryKindOfUseInMinimalCatalog_IsAccepted()
    {
        Minimal.Load().Diagnostics.Should().BeEmpty();
    }

    // Lexical form

    [Test]
    public void Check_TextWithoutClosingQuote_ReportsTheOpeningQuote()
    {
        var catalog = Minimal.Replace(Saf02Rule, "rule: q.menu_review == \"monthly");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[1].rule", "this text has no closing quote", at: "== \"monthly", node: "\""));
    }

    [TestCase(Car01Rule, "rule: Count(q.activities) >= 2 & Has(q.activities, \"music\")", "&", "standards[2].rule")]
    [TestCase(TracerCondition, "identifiedBy: r.has_pressure_injury | r.braden_score <= 12", "|", "tracers[0].identifiedBy")]
    [TestCase(Saf02Rule, "rule: q.menu_review = \"monthly\"", "=", "standards[1].rule")]
    public void Check_SingleAndOrEquals_AsksForTheDoubledOperator(string snippet, string replacement, string lone, string path)
    {
        var catalog = Minimal.Replace(snippet, replacement);

        catalog.Load().ShouldFailWith(catalog.Problem(path, $"'{lone}' on its own is not an operator here; write '{lone}{lone}'",
            at: replacement, node: lone + " "));
    }

    [Test]
    public void Check_CharacterOutsideTheLanguage_ReportsTheCharacter()
    {
        var catalog = Minimal.Replace(Saf01Rule, "rule: DaysSince(q.fire_drill_date) <= 90%");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[0].rule", "the character '%' has no meaning in a rule", at: "<= 90%", node: "%"));
    }

    [Test]
    public void Check_ClosingParenthesisWithoutOpening_ReportsIt()
    {
        var catalog = Minimal.Replace(Saf01Rule, "rule: DaysSince(q.fire_drill_date)) <= 90");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[0].rule", "this ')' closes nothing", at: "q.fire_drill_date)) <= 90", node: ") <="));
    }

    [Test]
    public void Check_ParenthesisNeverClosed_ReportsTheEndOfTheExpression()
    {
        var catalog = Minimal.Replace(Saf01Rule, "rule: DaysSince(q.fire_drill_date <= 90");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[0].rule", "1 '(' never closed", at: "q.fire_drill_date <= 90\n", node: "\n"));
    }

    // Question references

    [Test]
    public void Check_UnknownQuestion_ReportsTheReference()
    {
        var catalog = Minimal.Replace(Saf02Rule, "rule: q.menu_reviews == \"monthly\"");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[1].rule", "no question has the code 'menu_reviews'", at: "q.menu_reviews"));
    }

    [Test]
    public void Check_ResidentAnswerInInstitutionStandard_ReportsTheReference()
    {
        var catalog = Minimal.Replace(Saf02Applicability, "applicability: r.has_wound_plan");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[1].applicability",
            "'has_wound_plan' is a resident answer (r.), which only resident-level standards, tracers and resident questions may read",
            at: "applicability: r.has_wound_plan", node: "r.has_wound_plan"));
    }

    [Test]
    public void Check_ResidentAnswerInInstitutionQuestionCondition_ReportsTheReference()
    {
        var catalog = Minimal.Replace("showIf: q.has_kitchen", "showIf: r.has_pressure_injury");

        catalog.Load().ShouldFailWith(catalog.Problem("instruments[0].questions[2].showIf",
            "'has_pressure_injury' is a resident answer (r.), which only resident-level standards, tracers and resident questions may read",
            at: "showIf: r.has_pressure_injury", node: "r.has_pressure_injury"));
    }

    [Test]
    public void Check_ResidentAnswerInResidentQuestionCondition_IsAccepted()
    {
        var catalog = Minimal.InsertAfter("      - code: has_wound_plan\n", "        showIf: r.has_pressure_injury\n");

        catalog.LoadValid().Questions.Single(q => q.Code == "has_wound_plan").ShowIf.Should().Be("r.has_pressure_injury");
    }

    [Test]
    public void Check_ResidentQuestionReadWithInstitutionPrefix_AsksForTheResidentPrefix()
    {
        var catalog = Minimal.Replace(Car02Rule, "rule: q.has_wound_plan");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[3].rule", "'has_wound_plan' is a resident question: write r.has_wound_plan",
            at: "rule: q.has_wound_plan", node: "q.has_wound_plan"));
    }

    [Test]
    public void Check_InstitutionQuestionReadWithResidentPrefix_AsksForTheInstitutionPrefix()
    {
        var catalog = Minimal.Replace(Car02Rule, "rule: r.has_wound_plan && r.has_kitchen");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[3].rule", "'has_kitchen' is an institution question: write q.has_kitchen",
            at: "r.has_kitchen"));
    }

    [Test]
    public void Check_InstitutionAnswerInResidentStandard_IsAccepted()
    {
        Minimal.Replace(Car02Rule, "rule: r.has_wound_plan || !q.has_kitchen").Load().Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Check_MemberOfAnAnswer_PointsToTheFunctions()
    {
        var catalog = Minimal.Replace(Car02Rule, "rule: r.has_wound_plan.Value");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[3].rule",
            "answers have no members: use the functions of the rule language instead of 'has_wound_plan.Value'", at: "r.has_wound_plan.Value"));
    }

    // Functions

    [TestCase("DaysSince(q.has_kitchen) <= 90", "DaysSince takes a date question, but 'has_kitchen' is yes-no")]
    [TestCase("Count(q.menu_review) >= 1", "Count takes a multi-choice question, but 'menu_review' is choice")]
    [TestCase("Has(q.fire_drill_date, \"music\")", "Has takes a multi-choice question, but 'fire_drill_date' is date")]
    public void Check_FunctionOfTheWrongQuestionType_ReportsTheArgument(string rule, string message)
    {
        var catalog = Minimal.Replace(Saf01Rule, $"rule: {rule}");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[0].rule", message, at: rule, node: "q."));
    }

    [Test]
    public void Check_HasWithUnknownOption_ListsTheOptions()
    {
        var catalog = Minimal.Replace(Car01Rule, "rule: Count(q.activities) >= 2 && Has(q.activities, \"dance\")");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[2].rule", "'dance' is not an option of 'activities'; its options are music, crafts",
            at: "Has(q.activities, \"dance\")", node: "q.activities"));
    }

    [Test]
    public void Check_UnknownFunction_ListsTheFunctions()
    {
        var catalog = Minimal.Replace(Saf02Applicability, "applicability: Exists(q.has_kitchen)");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[1].applicability",
            "'Exists' is not a function of the rule language; the functions are DaysSince, Has, Count", at: "Exists(q.has_kitchen)"));
    }

    [Test]
    public void Check_DateInsideUnknownFunction_ReportsBothTheFunctionAndTheDate()
    {
        var catalog = Minimal.Replace(Saf01Rule, "rule: DaysAgo(q.fire_drill_date) <= 90");

        catalog.Load().ShouldFailWith(
            catalog.Problem("standards[0].rule", "'DaysAgo' is not a function of the rule language; the functions are DaysSince, Has, Count", at: "DaysAgo("),
            catalog.Problem("standards[0].rule", "'fire_drill_date' is a date: use it through DaysSince(q.fire_drill_date)",
                at: "DaysAgo(q.fire_drill_date)", node: "q.fire_drill_date"));
    }

    // Names that are not answers

    [TestCase("applicability: q", "q")]
    [TestCase("applicability: q.", "q")]
    [TestCase("applicability: not r", "r")]
    [TestCase("applicability: q.has_kitchen || r.", "r")]
    public void Check_PrefixWithoutQuestion_AsksForAQuestionCode(string applicability, string prefix)
    {
        var catalog = Minimal.Replace(Saf02Applicability, applicability);

        catalog.Load().ShouldFailWith(catalog.Problem("standards[1].applicability",
            $"'{prefix}' must be followed by a question code, as in {prefix}.some_question", at: applicability, node: prefix));
    }

    [Test]
    public void Check_BareQuestionCode_AsksForThePrefix()
    {
        var catalog = Minimal.Replace(Saf02Applicability, "applicability: has_kitchen");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[1].applicability",
            "'has_kitchen' is not known here; answers are written q.<question> or r.<question>", at: "applicability: has_kitchen", node: "has_kitchen"));
    }

    [Test]
    public void Check_QuotedNegation_IsAccepted()
    {
        Minimal.Replace(Saf02Applicability, "applicability: '!q.has_kitchen'").LoadValid().Standards[1].Applicability.Should().Be("!q.has_kitchen");
    }

    [Test]
    public void Check_KeywordsAndLiterals_AreAccepted()
    {
        Minimal.Replace(Saf02Applicability, "applicability: not q.has_kitchen or q.has_kitchen == true and q.menu_review != null || false")
            .Load().Diagnostics.Should().BeEmpty();
    }

    // Use of each question type

    [Test]
    public void Check_DateComparedDirectly_AsksForDaysSince()
    {
        var catalog = Minimal.Replace(Saf01Rule, "rule: q.fire_drill_date <= 90");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[0].rule", "'fire_drill_date' is a date: use it through DaysSince(q.fire_drill_date)",
            at: "rule: q.fire_drill_date", node: "q.fire_drill_date"));
    }

    [TestCase("q.fire_drill_date != null")]
    [TestCase("null == q.fire_drill_date")]
    public void Check_AnswerComparedWithNull_IsAccepted(string rule)
    {
        Minimal.Replace(Saf01Rule, $"rule: {rule}").Load().Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Check_MultiChoiceComparedDirectly_AsksForHasOrCount()
    {
        var catalog = Minimal.Replace(Car01Rule, "rule: q.activities == \"music\"");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[2].rule",
            "'activities' is a multi-choice answer: use it through Has(q.activities, \"option\") or Count(q.activities)",
            at: "rule: q.activities", node: "q.activities"));
    }

    [Test]
    public void Check_FreeTextAsCondition_AllowsOnlyAPresenceCheck()
    {
        var catalog = Minimal.InsertAfter("        text: { he: האם יש מטבח במקום?, en: Is there an on-site kitchen? }\n", NotesQuestion)
            .Replace(Saf02Applicability, "applicability: q.notes");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[1].applicability",
            "'notes' is free text: a rule may only check whether it was answered (q.notes != null)", at: "applicability: q.notes", node: "q.notes"));
    }

    [Test]
    public void Check_FreeTextPresence_IsAccepted()
    {
        Minimal.InsertAfter("        text: { he: האם יש מטבח במקום?, en: Is there an on-site kitchen? }\n", NotesQuestion)
            .Replace(Saf02Applicability, "applicability: q.notes != null")
            .Load().Diagnostics.Should().BeEmpty();
    }

    [TestCase("q.has_kitchen == 1")]
    [TestCase("q.has_kitchen == \"yes\"")]
    [TestCase("q.has_kitchen + 1 > 1")]
    public void Check_YesNoComparedWithNumberOrTextOrCounted_AsksToUseItOnItsOwn(string applicability)
    {
        var catalog = Minimal.Replace(Saf02Applicability, $"applicability: {applicability}");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[1].applicability",
            "'has_kitchen' is a yes-no answer: use it on its own (q.has_kitchen or !q.has_kitchen)", at: $"applicability: {applicability}", node: "q."));
    }

    [TestCase("r.has_pressure_injury || r.braden_score == \"low\"")]
    [TestCase("r.has_pressure_injury || r.braden_score == true")]
    [TestCase("r.has_pressure_injury || false != r.braden_score")]
    public void Check_ScaleComparedWithTextOrTruthValue_AsksForANumber(string condition)
    {
        var catalog = Minimal.Replace(TracerCondition, $"identifiedBy: {condition}");

        catalog.Load().ShouldFailWith(catalog.Problem("tracers[0].identifiedBy", "'braden_score' is a scale answer: compare it with a number",
            at: condition, node: "r.braden_score"));
    }

    [Test]
    public void Check_ScaleAsCondition_AsksForAComparison()
    {
        var catalog = Minimal.Replace(TracerCondition, "identifiedBy: r.has_pressure_injury || r.braden_score");

        catalog.Load().ShouldFailWith(catalog.Problem("tracers[0].identifiedBy", "'braden_score' is a scale answer, not a condition: compare it with a number",
            at: "|| r.braden_score\n", node: "r.braden_score"));
    }

    [TestCase("r.braden_score * 2 <= 24")]
    [TestCase("12 >= r.braden_score")]
    [TestCase("r.braden_score - 6 < r.braden_score / 2")]
    public void Check_ScaleInArithmeticAndComparison_IsAccepted(string condition)
    {
        Minimal.Replace(TracerCondition, $"identifiedBy: {condition}").Load().Diagnostics.Should().BeEmpty();
    }

    [TestCase("q.menu_review == 1")]
    [TestCase("q.menu_review + 1 > 2")]
    public void Check_ChoiceComparedWithNumberOrCounted_AsksForAnOptionValue(string rule)
    {
        var catalog = Minimal.Replace(Saf02Rule, $"rule: {rule}");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[1].rule", "'menu_review' is a choice: compare it with one of its option values",
            at: $"rule: {rule}", node: "q.menu_review"));
    }

    [TestCase("q.menu_review == \"weekly\"")]
    [TestCase("'\"weekly\" != q.menu_review'")]
    public void Check_ChoiceComparedWithUnknownOption_ListsTheOptions(string rule)
    {
        var catalog = Minimal.Replace(Saf02Rule, $"rule: {rule}");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[1].rule", "'weekly' is not an option of 'menu_review'; its options are monthly, yearly",
            at: $"rule: {rule}", node: "q.menu_review"));
    }

    [Test]
    public void Check_ChoiceAsCondition_AsksForAComparison()
    {
        var catalog = Minimal.Replace(Saf02Rule, "rule: q.menu_review");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[1].rule", "'menu_review' is a choice, not a condition: compare it with one of its option values",
            at: "rule: q.menu_review\n", node: "q.menu_review"));
    }

    [Test]
    public void Check_OptionValueOnTheLeft_IsAccepted()
    {
        Minimal.Replace(Saf02Rule, "rule: '\"monthly\" == q.menu_review'").Load().Diagnostics.Should().BeEmpty();
    }

    // Locations inside the expression text

    [Test]
    public void Check_ProblemInQuotedExpression_CountsTheQuote()
    {
        var catalog = Minimal.Replace(Saf02Rule, "rule: \"q.menu_reviews == 'monthly'\"");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[1].rule", "no question has the code 'menu_reviews'", at: "q.menu_reviews"));
    }

    [Test]
    public void Check_ProblemInQuotedExpressionWithLeadingSpace_CountsTheSpace()
    {
        var catalog = Minimal.Replace(Saf02Rule, "rule: ' q.menu_reviews == \"monthly\"'");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[1].rule", "no question has the code 'menu_reviews'", at: "q.menu_reviews"));
    }

    [Test]
    public void Check_ProblemInExpressionWithEscapes_IsLocatedAtTheStartOfTheExpression()
    {
        // After an escape the text no longer matches the file column for column, so the whole scalar is pointed at.
        var catalog = Minimal.Replace(Saf02Rule, "rule: \"q.menu_review == \\\"monthly\\\" || q.menu_reviews == \\\"yearly\\\"\"");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[1].rule", "no question has the code 'menu_reviews'", at: "rule: \"q.menu_review", node: "\""));
    }

    [Test]
    public void Check_ProblemInExpressionOverSeveralLines_IsLocatedAtTheStartOfTheExpression()
    {
        var catalog = Minimal.Replace(Car01Rule, "rule: >-\n      Count(q.activities) >= 2\n      && Has(q.activities, \"dance\")");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[2].rule", "'dance' is not an option of 'activities'; its options are music, crafts",
            at: "rule: >-", node: ">-"));
    }
}
