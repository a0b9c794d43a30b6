using System.Text.Json;
using Inspection.Web.Questionnaire;

// Outside Inspection.WebUi.Tests on purpose: these are plain unit tests of the app's code, which need neither the
// host nor the Chromium that namespace's set-up fixture starts.
namespace Inspection.Web.Tests.Questionnaire;

/// <summary>
/// The device's show-if evaluator against the rule language as the Engine reads it (RuleExpressionCompiler and
/// ThreeValuedLogic): the same grammar, the same three-valued answers, and a question asked whenever the device
/// cannot read its condition.
/// </summary>
public sealed class ShowIfTests
{
    private static readonly DateOnly VisitDay = new(2026, 12, 2);

    private static bool Holds(string? condition, object? institution = null, object? resident = null, DateOnly? day = null) =>
        ShowIf.Holds(condition, Reader(institution), Reader(resident), day ?? VisitDay);

    /// <summary>Answers as the API's JSON holds them (an anonymous object's properties are the question codes).</summary>
    private static Func<string, JsonElement?> Reader(object? answers)
    {
        var json = JsonSerializer.SerializeToElement(answers ?? new { });
        return code => json.TryGetProperty(code, out var value) ? value : null;
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Holds_NoCondition_Asked(string? condition) =>
        Holds(condition).Should().BeTrue();

    [TestCase(true, true)]
    [TestCase(false, false)]
    public void Holds_YesNoAnswer_IsTheCondition(bool answer, bool expected)
    {
        Holds("q.hazards_found", new { hazards_found = answer }).Should().Be(expected);
        Holds("r.can_be_interviewed", resident: new { can_be_interviewed = answer }).Should().Be(expected);
        Holds("!q.hazards_found", new { hazards_found = answer }).Should().Be(!expected);
        Holds("not q.hazards_found", new { hazards_found = answer }).Should().Be(!expected);
    }

    [Test]
    public void Holds_InstitutionAndResidentAnswersOfTheSameCode_AreReadFromTheirOwnUnit()
    {
        Holds("q.x", new { x = true }, new { x = false }).Should().BeTrue();
        Holds("r.x", new { x = true }, new { x = false }).Should().BeFalse();
    }

    [TestCase("q.n == 3", true)]
    [TestCase("q.n = 3", true)]
    [TestCase("q.n == 3.0", true)]
    [TestCase("q.n != 3", false)]
    [TestCase("q.n <> 3", false)]
    [TestCase("q.n < 3", false)]
    [TestCase("q.n <= 3", true)]
    [TestCase("q.n > 2.5", true)]
    [TestCase("q.n >= 4", false)]
    [TestCase("q.n > -1", true)]
    [TestCase("3 == q.n", true)]
    [TestCase("q.n + 1 == 4", true)]
    [TestCase("q.n - 1 >= 2", true)]
    [TestCase("q.n * 2 > 5", true)]
    [TestCase("q.n / 2 == 1.5", true)]
    [TestCase("q.n % 2 == 1", true)]
    [TestCase("q.n mod 2 == 1", true)]
    [TestCase("-q.n < 0", true)]
    [TestCase("1 + q.n * 2 == 7", true)]
    [TestCase("(1 + q.n) * 2 == 8", true)]
    public void Holds_NumberComparisonsAndArithmetic_AsTheRuleLanguage(string condition, bool expected) =>
        Holds(condition, new { n = 3 }).Should().Be(expected);

    [TestCase("q.mode == \"non-verbal\"", true)]
    [TestCase("q.mode == 'non-verbal'", true)]
    [TestCase("q.mode != \"non-verbal\"", false)]
    [TestCase("q.mode == \"Non-verbal\"", false)]
    [TestCase("q.mode == \"limited-speech\" || q.mode == \"non-verbal\"", true)]
    [TestCase("q.mode > \"limited\"", true)]
    [TestCase("q.mode == \"q.other && x\"", false)]
    public void Holds_WordAnswers_ComparedExactly(string condition, bool expected) =>
        Holds(condition, new { mode = "non-verbal" }).Should().Be(expected);

    [TestCase(true, true, true, true)]
    [TestCase(true, false, false, true)]
    [TestCase(false, true, false, true)]
    [TestCase(false, false, false, false)]
    public void Holds_AndOr_InBothSpellings(bool a, bool b, bool and, bool or)
    {
        var answers = new { a, b };
        Holds("q.a && q.b", answers).Should().Be(and);
        Holds("q.a and q.b", answers).Should().Be(and);
        Holds("q.a AND q.b", answers).Should().Be(and);
        Holds("q.a || q.b", answers).Should().Be(or);
        Holds("q.a or q.b", answers).Should().Be(or);
    }

    [Test]
    public void Holds_AndBindsTighterThanOr()
    {
        Holds("q.a || q.b && q.c", new { a = true, b = false, c = false }).Should().BeTrue();
        Holds("(q.a || q.b) && q.c", new { a = true, b = false, c = false }).Should().BeFalse();
    }

    [Test]
    public void Holds_NotAppliesToItsOperandBeforeAComparison_AsInTheEngine()
    {
        Holds("!q.a == q.b", new { a = false, b = true }).Should().BeTrue();
        Holds("!q.a == q.b", new { a = true, b = true }).Should().BeFalse();
        Holds("!!q.a", new { a = true }).Should().BeTrue();

        // (!n) > 2 negates a number, which the Engine refuses: asked, not read as !(n > 2).
        Holds("!q.n > 2", new { n = 3 }).Should().BeTrue();
    }

    [TestCase("q.missing")]
    [TestCase("!q.missing")]
    [TestCase("q.missing == 3")]
    [TestCase("q.missing != 3")]
    [TestCase("q.missing > 0 || q.missing <= 0")]
    [TestCase("q.missing + 1 > 0")]
    [TestCase("q.missing && q.yes")]
    [TestCase("q.missing || q.no")]
    [TestCase("r.missing")]
    public void Holds_AnUnansweredQuestionLeavesTheConditionUnknown_NotAsked(string condition) =>
        Holds(condition, new { yes = true, no = false }).Should().BeFalse();

    [Test]
    public void Holds_UnknownWithADecidingSide_Decided()
    {
        Holds("q.missing || q.yes", new { yes = true }).Should().BeTrue("unknown or true is true");
        Holds("q.yes || q.missing", new { yes = true }).Should().BeTrue();
        Holds("!(q.missing && q.no)", new { no = false }).Should().BeTrue("unknown and false is false");
        Holds("!(q.no && q.missing)", new { no = false }).Should().BeTrue();
    }

    [Test]
    public void Holds_NullAnswerInTheJson_IsMissing() =>
        Holds("q.x || !q.x", new { x = (bool?)null }).Should().BeFalse();

    [TestCase("q.x == null", false, true)]
    [TestCase("q.x != null", true, false)]
    [TestCase("q.x <> null", true, false)]
    [TestCase("null == q.x", false, true)]
    [TestCase("q.x != null && q.x > 2", true, false)]
    [TestCase("q.x == null || q.x > 2", true, true)]
    public void Holds_ComparedWithNull_AsksWhetherAnsweredAndIsAlwaysKnown(string condition, bool answered, bool unanswered)
    {
        Holds(condition, new { x = 3 }).Should().Be(answered);
        Holds(condition, new { }).Should().Be(unanswered);
    }

    [TestCase("Has(q.hazards, \"blocked-exit\")", true)]
    [TestCase("Has(q.hazards, \"poor-lighting\")", false)]
    [TestCase("!Has(q.hazards, \"poor-lighting\")", true)]
    [TestCase("Count(q.hazards) == 2", true)]
    [TestCase("Count(q.hazards) >= 3", false)]
    [TestCase("q.hazards != null", true)]
    public void Holds_MultiChoiceAnswers_ThroughHasAndCount(string condition, bool expected) =>
        Holds(condition, new { hazards = new[] { "blocked-exit", "other" } }).Should().Be(expected);

    [TestCase("Has(q.hazards, \"blocked-exit\")")]
    [TestCase("Count(q.hazards) == 0")]
    [TestCase("DaysSince(q.review) > 0")]
    public void Holds_FunctionsOfAnUnansweredQuestion_Unknown(string condition) =>
        Holds(condition, new { }).Should().BeFalse();

    [Test]
    public void Holds_DaysSince_CountsWholeDaysToTheVisit()
    {
        var answers = new { review = "2026-11-02" };
        Holds("DaysSince(q.review) == 30", answers).Should().BeTrue();
        Holds("DaysSince(q.review) > 30", answers).Should().BeFalse();
        Holds("DaysSince(q.review) > 30", answers, day: new DateOnly(2026, 12, 3)).Should().BeTrue();
    }

    [Test]
    public void Holds_DivisionByAZeroAnswer_Unknown() =>
        Holds("q.a / q.b > 1", new { a = 3, b = 0 }).Should().BeFalse();

    [TestCase("q.")]
    [TestCase("x.hazards_found")]
    [TestCase("q.hazards_found &&")]
    [TestCase("(q.hazards_found")]
    [TestCase("q.hazards_found)")]
    [TestCase("q.mode == \"unterminated")]
    [TestCase("q.n == 1.2.3")]
    [TestCase("q.n == 99999999999999999999999999999999999")]
    [TestCase("Unknown(q.n)")]
    [TestCase("Has(q.hazards)")]
    [TestCase("q.n ? 1 : 0")]
    [TestCase("q.n")]
    [TestCase("\"a word\"")]
    [TestCase("q.hazards_found < true")]
    [TestCase("q.n == 3 == true")]
    [TestCase("q.n && q.hazards_found")]
    [TestCase("q.x == null + 1")]
    [TestCase("#")]
    public void Holds_AConditionTheDeviceCannotRead_AsksRatherThanHides(string condition) =>
        Holds(condition, new { hazards_found = false, n = 3, mode = "x", hazards = new[] { "other" } }).Should().BeTrue();

    [Test]
    public void Holds_NestedBeyondTheLanguagesLimit_Asked()
    {
        Holds(new string('(', 40) + "q.no" + new string(')', 40), new { no = false }).Should().BeTrue();
        Holds(new string('(', 20) + "q.no" + new string(')', 20), new { no = false }).Should().BeFalse("within the limit it is read");
        Holds(string.Concat(Enumerable.Repeat("!", 41)) + "q.yes", new { yes = true }).Should().BeTrue();
    }

    [Test]
    public void Holds_WordsThatStartLikeKeywords_AreNotKeywords()
    {
        Holds("q.order", new { order = true }).Should().BeTrue();
        Holds("q.a ||q.notice", new { a = false, notice = true }).Should().BeTrue();
        Holds("q.a or q.android", new { a = false, android = false }).Should().BeFalse();
    }

    [Test]
    public void InstitutionAnswersRead_ListsTheInstitutionQuestionsOnce_NotResidentsNorWords()
    {
        ShowIf.InstitutionAnswersRead("q.hazards_found").Should().Equal("hazards_found");
        ShowIf.InstitutionAnswersRead("q.a && (r.b || q.c) && q.a > 1 && Has(q.d, \"q.e\")").Should().Equal("a", "c", "d");
        ShowIf.InstitutionAnswersRead("r.q.x").Should().BeEmpty();
        ShowIf.InstitutionAnswersRead(null).Should().BeEmpty();
    }
}
