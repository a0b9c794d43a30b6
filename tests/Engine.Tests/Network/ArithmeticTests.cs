using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using static Inspection.Engine.Tests.TestResponse;

namespace Inspection.Engine.Tests.Network;

/// <summary>Arithmetic in rules: checked whole numbers, exact decimals, no division by a literal zero, no number compared with a word.</summary>
public class ArithmeticTests
{
    private static Finding Evaluate(string rule, TestResponse? response = null) =>
        new TestCatalog()
            .Question("fire_drill", "date")
            .Question("staff", "number")
            .Question("activities", "multi-choice", options: ["music", "crafts"])
            .Standard("ST-01", rule)
            .Compile()
            .Evaluate((response ?? new TestResponse()).Build())
            .For("ST-01")!;

    [Test]
    public void Evaluate_WholeNumberOverflow_ErrorNotAWrongResult()
    {
        var finding = Evaluate("2147483647 + 1 > 0");

        finding.Status.Should().Be(FindingStatus.Error);
        finding.ErrorMessage.Should().StartWith("OverflowException");
    }

    [Test]
    public void Evaluate_DaysSinceTimesABillion_ErrorNotAWrongMet()
    {
        var finding = Evaluate("DaysSince(q.fire_drill) * 1000000000 > 0", new TestResponse().Answer("fire_drill", DaysAgo(30)));

        finding.Status.Should().Be(FindingStatus.Error, "30 x 10^9 does not fit a whole number and must not wrap around");
    }

    [Test]
    public void Evaluate_CountMinusOneNegated_CheckedToo()
    {
        var finding = Evaluate("-(Count(q.activities) - 2147483647 - 2) > 0", new TestResponse().Answer("activities", AnswerValue.Choices("music")));

        finding.Status.Should().Be(FindingStatus.Error);
    }

    [Test]
    public void Evaluate_DecimalArithmetic_Exact()
    {
        var finding = Evaluate("q.staff * 0.1 == 0.3", new TestResponse().Answer("staff", AnswerValue.Number(3)));

        finding.Status.Should().Be(FindingStatus.Met);
    }

    [Test]
    public void Evaluate_DivisionByAnAnswerOfZero_Error()
    {
        var finding = Evaluate("10 / q.staff > 1", new TestResponse().Answer("staff", AnswerValue.Number(0)));

        finding.Status.Should().Be(FindingStatus.Error);
        finding.ErrorMessage.Should().StartWith("DivideByZeroException");
    }

    [TestCase("q.staff / 0 > 1")]
    [TestCase("q.staff / 0.0 > 1")]
    public void Load_DivisionByALiteralZero_LocatedError(string rule)
    {
        var catalog = new TestCatalog().Question("staff", "number").Standard("ST-01", rule);
        var at = catalog.Locate(rule);

        var result = catalog.Load(RuleExpressionCheck.LoaderOptions(new RuleSetCompiler()));

        result.Diagnostics.Should().ContainSingle().Which.Should().Be(new Standards.Diagnostics.CatalogDiagnostic(
            TestCatalog.FileName, at.Line, at.Column + rule.IndexOf('/', StringComparison.Ordinal), "standards[0].rule",
            "this divides by zero: a division by a literal 0 is never allowed"));
    }

    [Test]
    public void Check_DivisionByALiteralZero_TheEngineRefusesItOnItsOwn()
    {
        var ruleSet = new TestCatalog().Question("staff", "number").Standard("ST-01", "q.staff / 0 > 1").Load().RuleSet;
        ruleSet.Should().BeNull("the catalog's own check refuses it first");

        var errors = new RuleSetCompiler().Check(new TestCatalog().Question("staff", "number").Standard("ST-01", "q.staff / 1 > 1").LoadValid() with
        {
            Standards = [new TestCatalog().Question("staff", "number").Standard("ST-01", "q.staff / 1 > 1").LoadValid().Standards[0] with { Rule = "q.staff % 0 > 1" }],
        });

        errors.Should().ContainSingle().Which.Message.Should().Be("this divides by zero: a division by a literal 0 is never allowed");
    }

    [Test]
    public void Load_NumberComparedWithAWord_LocatedErrorNotAnException()
    {
        var catalog = new TestCatalog()
            .ResidentQuestion("activities_per_week", "number")
            .ResidentStandard("ST-01", "r.activities_per_week >= \"three\"");
        var at = catalog.Locate("r.activities_per_week >= \"three\"");

        var result = catalog.Load(RuleExpressionCheck.LoaderOptions(new RuleSetCompiler()));

        result.Diagnostics.Should().ContainSingle().Which.Should().Be(new Standards.Diagnostics.CatalogDiagnostic(
            TestCatalog.FileName, at.Line, at.Column, "standards[0].rule", "'activities_per_week' is a number answer: compare it with a number"));
    }

    [Test]
    public void Check_NumberComparedWithAWord_TheEngineLocatesTheWord()
    {
        var valid = new TestCatalog().ResidentQuestion("activities_per_week", "number").ResidentStandard("ST-01", "r.activities_per_week >= 3").LoadValid();
        var ruleSet = valid with { Standards = [valid.Standards[0] with { Rule = "r.activities_per_week >= \"three\"" }] };

        var errors = new RuleSetCompiler().Check(ruleSet);

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Path = "standards[0].rule",
            Position = 25,
            Message = "\"three\" is a word, compared here with a decimal: compare numbers with numbers",
        });
    }
}
