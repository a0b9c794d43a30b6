using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using static Inspection.Engine.Tests.TestResponse;

namespace Inspection.Engine.Tests.Compilation;

/// <summary>
/// Comparisons under three-valued logic in the shapes the plain cases do not reach: a null constant
/// on the left, a truth compared with a truth, whole-number arithmetic of every width and inside a
/// conversion (DESIGN.md section 3: unknown stays unknown, "is it answered?" is always known, an
/// overflow is an Error finding).
/// </summary>
public class ThreeValuedLogicComparisonTests
{
    private static Finding Evaluate(string rule, TestResponse response) => new TestCatalog()
        .Question("a", "yes-no")
        .Question("n", "number")
        .Question("review", "date")
        .Question("menu", "choice", options: ["monthly", "yearly"])
        .Question("activities", "multi-choice", options: ["music", "crafts"])
        .Standard("ST-01", rule)
        .Compile()
        .Evaluate(response.Build())
        .For("ST-01")!;

    private static TestResponse AllAnswered() => new TestResponse()
        .Answer("a", Yes)
        .Answer("n", AnswerValue.Number(5))
        .Answer("review", DaysAgo(30))
        .Answer("menu", AnswerValue.Choice("monthly"))
        .Answer("activities", AnswerValue.Choices("music"));

    [TestCase("null == q.n", FindingStatus.Met, FindingStatus.NotMet)]
    [TestCase("null != q.n", FindingStatus.NotMet, FindingStatus.Met)]
    [TestCase("null == q.a", FindingStatus.Met, FindingStatus.NotMet)]
    [TestCase("null == q.menu", FindingStatus.Met, FindingStatus.NotMet)]
    [TestCase("null != q.activities", FindingStatus.NotMet, FindingStatus.Met)]
    public void Evaluate_NullConstantOnTheLeft_AsDefiniteAsOnTheRight(string rule, FindingStatus unanswered, FindingStatus answered)
    {
        Evaluate(rule, new TestResponse()).Status.Should().Be(unanswered);
        Evaluate(rule, AllAnswered()).Status.Should().Be(answered);
    }

    [TestCase("(q.n > 1) == null", FindingStatus.Met, FindingStatus.NotMet)]
    [TestCase("(q.n > 1) != null", FindingStatus.NotMet, FindingStatus.Met)]
    [TestCase("!(q.n > 1) == null", FindingStatus.Met, FindingStatus.NotMet)]
    public void Evaluate_ComparisonCheckedForNull_KnownWhetherItCanBeJudged(string rule, FindingStatus unanswered, FindingStatus answered)
    {
        Evaluate(rule, new TestResponse()).Status.Should().Be(unanswered);
        Evaluate(rule, AllAnswered()).Status.Should().Be(answered);
    }

    // A truth compared with a truth once rewrote its already rewritten side again, without end: the
    // process died of a stack overflow while the catalog was being checked.
    [TestCase("(q.n > 1) == q.a", FindingStatus.Met)]
    [TestCase("(q.n > 9) == q.a", FindingStatus.NotMet)]
    [TestCase("(q.n > 1) != q.a", FindingStatus.NotMet)]
    [TestCase("(q.n > 1) == true", FindingStatus.Met)]
    [TestCase("false == (q.n > 1)", FindingStatus.NotMet)]
    [TestCase("q.a == (q.n > 9 || q.a)", FindingStatus.Met)]
    [TestCase("(q.a && q.n > 1) == !q.a", FindingStatus.NotMet)]
    public void Evaluate_TruthComparedWithATruth_Judged(string rule, FindingStatus expected)
    {
        Evaluate(rule, AllAnswered()).Status.Should().Be(expected);
    }

    [TestCase("(q.n > 1) == q.a")]
    [TestCase("q.a == (q.n > 1)")]
    [TestCase("(q.a && q.n > 1) == true")]
    [TestCase("(q.n > 1) == true")]
    [TestCase("false != (q.n > 1)")]
    public void Evaluate_TruthComparedWithAnUnknownTruth_Incomplete(string rule)
    {
        var finding = Evaluate(rule, new TestResponse().Answer("a", Yes));

        finding.Status.Should().Be(FindingStatus.Incomplete);
        finding.MissingAnswers.Should().Equal("n");
    }

    [TestCase("9223372036854775807 + 1 > 0", TestName = "{m}: a long sum")]
    [TestCase("-9223372036854775807 - 2 < 0", TestName = "{m}: a long difference")]
    [TestCase("3000000000 * 4000000000 > 0", TestName = "{m}: a long product")]
    public void Evaluate_LongOverflow_ErrorNotAWrongResult(string rule)
    {
        var finding = Evaluate(rule, new TestResponse());

        finding.Status.Should().Be(FindingStatus.Error);
        finding.ErrorMessage.Should().StartWith("OverflowException");
    }

    [TestCase("Count(q.activities) * 2147483647 * 2 > q.n", TestName = "{m}: a product converted to a number")]
    [TestCase("DaysSince(q.review) * 1000000000 > q.n", TestName = "{m}: days since converted to a number")]
    public void Evaluate_WholeNumberOverflowInsideAConversion_Error(string rule)
    {
        var finding = Evaluate(rule, AllAnswered());

        finding.Status.Should().Be(FindingStatus.Error, "the whole-number product overflows before it is compared with the decimal answer");
        finding.ErrorMessage.Should().StartWith("OverflowException");
    }

    [TestCase("-q.n < 0", FindingStatus.Met)]
    [TestCase("q.n - -q.n == 10", FindingStatus.Met)]
    [TestCase("-Count(q.activities) == -1", FindingStatus.Met)]
    public void Evaluate_NegatedAnswers_Definite(string rule, FindingStatus expected)
    {
        Evaluate(rule, AllAnswered()).Status.Should().Be(expected);
    }
}
