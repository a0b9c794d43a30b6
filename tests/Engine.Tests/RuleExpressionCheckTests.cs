using Inspection.Standards.Diagnostics;
using Inspection.Standards.Loading;

namespace Inspection.Engine.Tests;

/// <summary>
/// The Engine's compilation plugged into catalog loading: every expression error of a file, with
/// file, line and column, and a file that does not compile does not load.
/// </summary>
public class RuleExpressionCheckTests
{
    private static RuleSetLoaderOptions Options => RuleExpressionCheck.LoaderOptions(new RuleSetCompiler());

    private static TestCatalog Catalog(string rule) => new TestCatalog()
        .Question("has_kitchen", "yes-no")
        .Question("some_text", "text")
        .Question("staff", "number")
        .ResidentQuestion("has_plan", "yes-no")
        .Standard("ST-01", "q.has_kitchen")
        .Standard("ST-02", rule);

    // 132 x 15 characters and a last comparison of 20: exactly 2000 characters, all of them valid.
    private static string LongExpression() => string.Concat(Enumerable.Repeat("q.staff > 1 || ", 132)) + "q.staff > 1000000000";

    private static string DeepExpression(int depth) => new string('(', depth) + "q.has_kitchen" + new string(')', depth);

    [Test]
    public void Load_ValidExpressions_Loads()
    {
        var result = Catalog("q.staff >= 2 && q.has_kitchen || q.some_text != null").Load(Options);

        result.Diagnostics.Should().BeEmpty();
        result.Succeeded.Should().BeTrue();
    }

    // Each expression is refused at the place of the problem, with a message that says what is wrong.
    [TestCase("\"\".GetType().Assembly", 3, "ST-02: Method 'GetType' on type 'Object' is not accessible.")]
    [TestCase("System.IO.File.ReadAllText(\"x\")", 0, "'System' is not known here; answers are written q.<question> or r.<question>")]
    [TestCase("Environment.Exit(1)", 0, "'Environment' is not known here; answers are written q.<question> or r.<question>")]
    [TestCase("q.some_text.Length > 2", 0, "answers have no members: use the functions of the rule language instead of 'some_text.Length'")]
    [TestCase("iif(q.has_kitchen, true, false)", 0, "'iif' is not a function of the rule language; the functions are DaysSince, Has, Count")]
    [TestCase("new (q.has_kitchen as x)", 0, "'new' is not a function of the rule language; the functions are DaysSince, Has, Count")]
    [TestCase("q.has_kitchen && r.has_plan", 17, "'has_plan' is a resident answer (r.), which only resident-level standards, tracers and resident questions may read")]
    [TestCase("q.no_such_question", 0, "no question has the code 'no_such_question'")]
    [TestCase("q.has_kitchen > 3", 0, "'has_kitchen' is a yes-no answer: use it on its own (q.has_kitchen or !q.has_kitchen)")]
    [TestCase("q.has_kitchen && (q.staff > 2 ||", 32, "1 '(' never closed")]
    [TestCase("q.has_kitchen && q.staff >", 26, "ST-02: Expression expected")]
    public void Load_ExpressionOutsideTheLanguage_RefusedAtFileLineAndColumn(string expression, int offset, string message)
    {
        var catalog = Catalog(expression);
        var at = catalog.Locate(expression).Offset(offset);

        var result = catalog.Load(Options);

        result.Succeeded.Should().BeFalse();
        result.Diagnostics.Should().NotBeEmpty().And.OnlyContain(d => d.Path == "standards[1].rule");
        result.Diagnostics[0].Should().Be(new CatalogDiagnostic(TestCatalog.FileName, at.Line, at.Column, "standards[1].rule", message));
        result.Diagnostics[0].ToString().Should().StartWith($"{TestCatalog.FileName}:{at.Line}:{at.Column}: standards[1].rule: ");
    }

    [Test]
    public void Load_ExpressionOf2000Characters_RefusedAsTooLong()
    {
        var expression = LongExpression();
        expression.Length.Should().Be(2000);
        var catalog = Catalog(expression);
        var at = catalog.Locate(expression);

        var result = catalog.Load(Options);

        // The loader's own length limit (RuleSetLoaderOptions) reports it at the rule's quoted scalar, so
        // the Engine's check of the same rule is not repeated; its message is RuleExpressionCompilerTests'.
        result.Diagnostics.Should().Equal(new CatalogDiagnostic(
            TestCatalog.FileName, at.Line, at.Column - "'".Length, "standards[1].rule",
            "is 2,000 characters long; an expression is at most 1,000 characters"));
    }

    [Test]
    public void Load_ExpressionNested100Deep_RefusedAsTooDeep()
    {
        var expression = DeepExpression(100);
        var catalog = Catalog(expression);
        var at = catalog.Locate(expression);

        var result = catalog.Load(Options);

        result.Diagnostics.Should().Equal(new CatalogDiagnostic(
            TestCatalog.FileName, at.Line, at.Column, "standards[1].rule", "ST-02: the expression is nested more than 32 levels deep"));
    }

    [Test]
    public void Load_ExpressionNestedWithinTheLimit_Loads()
    {
        Catalog(DeepExpression(30)).Load(Options).Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Load_SeveralBrokenExpressions_AllReportedAtOnce()
    {
        var catalog = new TestCatalog()
            .Question("has_kitchen", "yes-no")
            .Question("staff", "number")
            .ResidentQuestion("has_plan", "yes-no")
            .Standard("ST-01", "q.no_such_question")
            .Standard("ST-02", "q.has_kitchen > 3")
            .Standard("ST-03", "q.has_kitchen && r.has_plan")
            .Standard("ST-04", "q.staff > 2 &&")
            .Standard("ST-05", "\"\".GetType() != null");

        var result = catalog.Load(Options);

        result.Succeeded.Should().BeFalse();
        result.Diagnostics.Select(d => (d.Path, d.Line, d.Column)).Should().Equal(
            Expected(catalog, "standards[0].rule", "q.no_such_question", 0),
            Expected(catalog, "standards[1].rule", "q.has_kitchen > 3", 0),
            Expected(catalog, "standards[2].rule", "q.has_kitchen && r.has_plan", 17),
            Expected(catalog, "standards[3].rule", "q.staff > 2 &&", 14),
            Expected(catalog, "standards[4].rule", "\"\".GetType() != null", 3));
    }

    private static (string, int, int) Expected(TestCatalog catalog, string path, string expression, int offset)
    {
        var at = catalog.Locate($"'{expression}'").Offset(1 + offset);
        return (path, at.Line, at.Column);
    }
}
