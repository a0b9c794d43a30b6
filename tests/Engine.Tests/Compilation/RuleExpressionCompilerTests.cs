using Inspection.Engine.Compilation;
using Inspection.Standards.Model;

namespace Inspection.Engine.Tests.Compilation;

/// <summary>
/// The closed rule language as the Engine itself enforces it (past the catalog's token-level
/// checks): only answers, literals, operators and DaysSince, Has and Count.
/// </summary>
public class RuleExpressionCompilerTests
{
    private static RuleSet WithRule(string rule)
    {
        var valid = new TestCatalog()
            .Question("has_kitchen", "yes-no")
            .Question("some_text", "text")
            .Question("staff", "number")
            .Standard("ST-01", "q.has_kitchen")
            .LoadValid();
        return valid with { Standards = [valid.Standards[0] with { Rule = rule }] };
    }

    private static CompilationError SingleError(string rule)
    {
        var errors = new RuleSetCompiler().Check(WithRule(rule));
        errors.Should().ContainSingle("\"{0}\" must be refused", rule);
        errors[0].Owner.Should().Be("ST-01");
        errors[0].Path.Should().Be("standards[0].rule");
        errors[0].Expression.Should().Be(rule);
        return errors[0];
    }

    [TestCase("\"\".GetType().Assembly", 3, "Method 'GetType' on type 'Object' is not accessible.")]
    [TestCase("q.GetType() != null", 2, "Method 'GetType' on type 'Object' is not accessible.")]
    [TestCase("System.IO.File.ReadAllText(\"x\")", 26, "Type 'System.IO.File' not found")]
    [TestCase("Environment.Exit(1)", 16, "Type 'Environment' not found")]
    [TestCase("q.some_text.Length > 2", 11, "'Length' is not part of the rule language: rules read answers (q.<question>, r.<question>) and the functions DaysSince, Has, Count")]
    [TestCase("iif(true, true, false)", 0, "conditional expressions (iif, ?:) are not part of the rule language; combine conditions with && and ||")]
    [TestCase("new (q.has_kitchen as x)", 0, "creating objects is not part of the rule language")]
    [TestCase("q.staff", 0, "the expression must be a condition (true or false), not a value")]
    [TestCase("q", 0, "'q' must be followed by a question code, as in q.some_question")]
    public void Check_ExpressionOutsideTheLanguage_RefusedWithAClearMessage(string rule, int position, string message)
    {
        var error = SingleError(rule);

        error.Position.Should().Be(position);
        error.Message.Should().Be(message);
    }

    [TestCase("iif(q.has_kitchen, true, false)")]
    [TestCase("q.has_kitchen ? true : false")]
    [TestCase("DaysSince(q.staff) > 1")]
    [TestCase("q.has_kitchen &&")]
    public void Check_OtherExpressionsOutsideTheLanguage_Refused(string rule)
    {
        SingleError(rule).Message.Should().NotBeNullOrWhiteSpace();
    }

    [Test]
    public void Check_ExpressionOf2000Characters_RefusedAsTooLong()
    {
        var rule = string.Concat(Enumerable.Repeat("q.staff > 1 || ", 132)) + "q.staff > 1000000000";

        var error = SingleError(rule);

        rule.Length.Should().Be(2000);
        error.Message.Should().Be($"the expression is 2000 characters long; the most allowed is {Inspection.Standards.Language.RuleLanguage.MaxLength}");
    }

    [TestCase("(", ")")]
    [TestCase("!", "")]
    [TestCase("-", "")]
    public void Check_ExpressionNested100Deep_RefusedAsTooDeep(string open, string close)
    {
        var rule = string.Concat(Enumerable.Repeat(open, 100)) + (open == "-" ? "q.staff > 1" : "q.has_kitchen") + string.Concat(Enumerable.Repeat(close, 100));

        var error = SingleError(rule);

        error.Message.Should().Be($"the expression is nested more than {Inspection.Standards.Language.RuleLanguage.MaxDepth} levels deep");
    }

    [Test]
    public void Compile_ExpressionOutsideTheLanguage_NeverCompiled()
    {
        var act = () => new RuleSetCompiler().Compile(WithRule("Environment.Exit(1)"));

        act.Should().Throw<RuleSetCompilationException>().Which.Errors.Should().ContainSingle();
    }
}
