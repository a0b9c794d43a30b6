using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using static Inspection.Engine.Tests.TestResponse;

namespace Inspection.Engine.Tests.Compilation;

/// <summary>
/// Missing answers follow Kleene's three-valued logic (DESIGN.md section 3), seen through an
/// institution-level standard: true is Met, false is NotMet, unknown is Incomplete.
/// </summary>
public class ThreeValuedLogicTests
{
    private static TestCatalog Catalog(string rule) => new TestCatalog()
        .Question("a", "yes-no")
        .Question("b", "yes-no")
        .Question("c", "yes-no")
        .Question("n", "number")
        .Question("m", "number")
        .Question("has_plan", "yes-no")
        .Question("review", "date")
        .Question("menu", "choice", options: ["monthly", "yearly"])
        .Question("activities", "multi-choice", options: ["music", "crafts", "outings"])
        .Question("note", "text")
        .Standard("ST-01", rule);

    private static FindingStatus Status(bool? result) => result switch
    {
        true => FindingStatus.Met,
        false => FindingStatus.NotMet,
        null => FindingStatus.Incomplete,
    };

    private static Finding Evaluate(string rule, TestResponse response) => Catalog(rule).Compile().Evaluate(response.Build()).For("ST-01")!;

    private static TestResponse Truths(bool? a, bool? b, bool? c = null)
    {
        var response = new TestResponse();
        foreach (var (code, value) in new[] { ("a", a), ("b", b), ("c", c) })
        {
            if (value is { } known)
            {
                response.Answer(code, AnswerValue.YesNo(known));
            }
        }

        return response;
    }

    [TestCase("q.a && q.b", null, false, false, TestName = "{m}: unknown && false is false")]
    [TestCase("q.a && q.b", false, null, false, TestName = "{m}: false && unknown is false")]
    [TestCase("q.a && q.b", null, true, null, TestName = "{m}: unknown && true is unknown")]
    [TestCase("q.a && q.b", true, null, null, TestName = "{m}: true && unknown is unknown")]
    [TestCase("q.a && q.b", null, null, null, TestName = "{m}: unknown && unknown is unknown")]
    [TestCase("q.a && q.b", true, true, true, TestName = "{m}: true && true is true")]
    [TestCase("q.a || q.b", null, true, true, TestName = "{m}: unknown || true is true")]
    [TestCase("q.a || q.b", true, null, true, TestName = "{m}: true || unknown is true")]
    [TestCase("q.a || q.b", null, false, null, TestName = "{m}: unknown || false is unknown")]
    [TestCase("q.a || q.b", false, null, null, TestName = "{m}: false || unknown is unknown")]
    [TestCase("q.a || q.b", null, null, null, TestName = "{m}: unknown || unknown is unknown")]
    [TestCase("q.a || q.b", false, false, false, TestName = "{m}: false || false is false")]
    [TestCase("!q.a", null, null, null, TestName = "{m}: not unknown is unknown")]
    [TestCase("!q.a", true, null, false, TestName = "{m}: not true is false")]
    [TestCase("!q.a", false, null, true, TestName = "{m}: not false is true")]
    [TestCase("!(q.a && q.b)", null, false, true, TestName = "{m}: not (unknown && false) is true")]
    [TestCase("!(q.a || q.b)", null, true, false, TestName = "{m}: not (unknown || true) is false")]
    [TestCase("q.a and q.b", null, false, false, TestName = "{m}: unknown and false is false")]
    [TestCase("q.a or q.b", null, true, true, TestName = "{m}: unknown or true is true")]
    [TestCase("not q.a", false, null, true, TestName = "{m}: not false (keyword) is true")]
    [TestCase("q.a == q.b", null, true, null, TestName = "{m}: unknown == true is unknown")]
    [TestCase("q.a == false", null, null, null, TestName = "{m}: unknown == false is unknown")]
    [TestCase("q.a == null", null, null, true, TestName = "{m}: an unanswered question == null is definitely true")]
    [TestCase("q.a == null", false, null, false, TestName = "{m}: an answered question == null is definitely false")]
    [TestCase("q.a != null", null, null, false, TestName = "{m}: an unanswered question != null is definitely false")]
    [TestCase("q.a == null || q.a", null, null, true, TestName = "{m}: unanswered or yes holds without the answer")]
    [TestCase("q.a != null && q.a", null, null, false, TestName = "{m}: answered and yes fails definitely without the answer")]
    [TestCase("true || q.a", null, null, true, TestName = "{m}: true || unknown is true (literal)")]
    [TestCase("false && q.a", null, null, false, TestName = "{m}: false && unknown is false (literal)")]
    public void Evaluate_TruthValuesWithMissingAnswers_FollowKleeneLogic(string rule, bool? a, bool? b, bool? expected)
    {
        var finding = Evaluate(rule, Truths(a, b));

        finding.Status.Should().Be(Status(expected));
    }

    [Test]
    public void Evaluate_UnknownAndFalseNestedInOr_FalseSideDecidesTheAnd()
    {
        // (unknown && false) || false: the and is false, so the whole is false, not unknown.
        var finding = Evaluate("(q.a && q.b) || q.c", Truths(null, false, false));

        finding.Status.Should().Be(FindingStatus.NotMet);
    }

    [TestCase("q.n > 3", TestName = "{m}: a number comparison with an unanswered number is unknown")]
    [TestCase("q.n + q.m > 3", TestName = "{m}: arithmetic with an unanswered number is unknown")]
    [TestCase("q.m * 10 >= q.n", TestName = "{m}: a product compared with an unanswered number is unknown")]
    [TestCase("DaysSince(q.review) <= 30", TestName = "{m}: days since an unanswered date is unknown")]
    [TestCase("q.menu == \"monthly\"", TestName = "{m}: an unanswered choice == an option is unknown")]
    [TestCase("q.menu != \"monthly\"", TestName = "{m}: an unanswered choice != an option is unknown")]
    [TestCase("Has(q.activities, \"music\")", TestName = "{m}: Has on an unanswered multi-choice is unknown")]
    [TestCase("Count(q.activities) >= 2", TestName = "{m}: Count of an unanswered multi-choice is unknown")]
    public void Evaluate_ComparisonWithMissingAnswer_Incomplete(string rule)
    {
        var finding = Evaluate(rule, new TestResponse().Answer("m", AnswerValue.Number(5)));

        finding.Status.Should().Be(FindingStatus.Incomplete);
        finding.MissingAnswers.Should().NotBeEmpty();
    }

    [TestCase("q.n == null", true)]
    [TestCase("q.n != null", false)]
    [TestCase("q.review == null", true)]
    [TestCase("q.menu == null", true)]
    [TestCase("q.menu != null", false)]
    [TestCase("q.activities == null", true)]
    [TestCase("q.note != null", false)]
    [TestCase("q.note == null", true)]
    public void Evaluate_NullCheckOfUnansweredQuestion_Definite(string rule, bool expected)
    {
        var finding = Evaluate(rule, new TestResponse());

        finding.Status.Should().Be(Status(expected));
    }

    [TestCase("q.n != null", true)]
    [TestCase("q.review == null", false)]
    [TestCase("q.menu != null", true)]
    [TestCase("q.activities != null", true)]
    [TestCase("q.note != null", true)]
    public void Evaluate_NullCheckOfAnsweredQuestion_Definite(string rule, bool expected)
    {
        var response = new TestResponse()
            .Answer("n", AnswerValue.Number(0))
            .Answer("review", DaysAgo(0))
            .Answer("menu", AnswerValue.Choice("yearly"))
            .Answer("activities", AnswerValue.Choices())
            .Answer("note", AnswerValue.Text(string.Empty));

        var finding = Evaluate(rule, response);

        finding.Status.Should().Be(Status(expected));
    }

    [Test]
    public void Evaluate_NoPlan_ReviewDateNeverNeeded()
    {
        var finding = Evaluate("!q.has_plan || DaysSince(q.review) <= 30", new TestResponse().Answer("has_plan", No));

        finding.Status.Should().Be(FindingStatus.Met);
        finding.MissingAnswers.Should().BeEmpty();
    }

    [Test]
    public void Evaluate_PlanWithoutReviewDate_IncompleteNeedingOnlyTheDate()
    {
        var finding = Evaluate("!q.has_plan || DaysSince(q.review) <= 30", new TestResponse().Answer("has_plan", Yes));

        finding.Status.Should().Be(FindingStatus.Incomplete);
        finding.MissingAnswers.Should().Equal("review");
    }

    [TestCase(30, FindingStatus.Met)]
    [TestCase(31, FindingStatus.NotMet)]
    [TestCase(0, FindingStatus.Met)]
    public void Evaluate_PlanWithReviewDate_JudgedByWholeDaysToTheInspection(int daysAgo, FindingStatus expected)
    {
        var finding = Evaluate("!q.has_plan || DaysSince(q.review) <= 30", new TestResponse().Answer("has_plan", Yes).Answer("review", DaysAgo(daysAgo)));

        finding.Status.Should().Be(expected);
    }

    [Test]
    public void Evaluate_PlanUnansweredButRecentReview_MetWithoutThePlanAnswer()
    {
        var finding = Evaluate("!q.has_plan || DaysSince(q.review) <= 30", new TestResponse().Answer("review", DaysAgo(3)));

        finding.Status.Should().Be(FindingStatus.Met, "unknown || true is true");
    }

    [TestCase("q.menu == \"monthly\"", "monthly", FindingStatus.Met)]
    [TestCase("q.menu == \"monthly\"", "yearly", FindingStatus.NotMet)]
    [TestCase("q.menu != \"monthly\"", "yearly", FindingStatus.Met)]
    public void Evaluate_ChoiceComparedWithOption_Definite(string rule, string answer, FindingStatus expected)
    {
        var finding = Evaluate(rule, new TestResponse().Answer("menu", AnswerValue.Choice(answer)));

        finding.Status.Should().Be(expected);
    }

    [TestCase("Has(q.activities, \"music\")", FindingStatus.Met)]
    [TestCase("Has(q.activities, \"outings\")", FindingStatus.NotMet)]
    [TestCase("Count(q.activities) >= 2", FindingStatus.Met)]
    [TestCase("Count(q.activities) >= 3", FindingStatus.NotMet)]
    public void Evaluate_MultiChoiceThroughHasAndCount_Definite(string rule, FindingStatus expected)
    {
        var finding = Evaluate(rule, new TestResponse().Answer("activities", AnswerValue.Choices("music", "crafts")));

        finding.Status.Should().Be(expected);
    }

    [TestCase(30, 3, FindingStatus.Met)]
    [TestCase(31, 3, FindingStatus.NotMet)]
    public void Evaluate_ArithmeticOnAnsweredNumbers_Definite(int residents, int nightStaff, FindingStatus expected)
    {
        var response = new TestResponse().Answer("n", AnswerValue.Number(residents)).Answer("m", AnswerValue.Number(nightStaff));

        var finding = Evaluate("q.m * 10 >= q.n", response);

        finding.Status.Should().Be(expected);
    }
}
