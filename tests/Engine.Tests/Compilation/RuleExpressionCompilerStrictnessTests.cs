using Inspection.Engine.Compilation;
using Inspection.Standards.Language;
using Inspection.Standards.Model;

namespace Inspection.Engine.Tests.Compilation;

/// <summary>
/// The Engine's own refusal of what falls outside the rule language, seen without the catalog's
/// token-level validator in front of it (the expression is put into an already validated rule set):
/// the strict parsing configuration, and the exact messages and positions a catalog author reads.
/// </summary>
public class RuleExpressionCompilerStrictnessTests
{
    private static RuleSet Valid() => new TestCatalog()
        .Question("has_kitchen", "yes-no")
        .Question("some_text", "text")
        .Question("staff", "number")
        .ResidentQuestion("mobility", "yes-no")
        .Standard("ST-01", "q.has_kitchen")
        .ResidentStandard("ST-02", "r.mobility")
        .Consequence("follow-up", "f.deficient", "{ followUpWithinDays: 30 }")
        .LoadValid();

    private static CompilationError InstitutionRuleError(string rule)
    {
        var valid = Valid();
        return SingleError(valid with { Standards = [valid.Standards[0] with { Rule = rule }, valid.Standards[1]] }, "ST-01", "standards[0].rule", rule);
    }

    private static CompilationError ResidentRuleError(string rule)
    {
        var valid = Valid();
        return SingleError(valid with { Standards = [valid.Standards[0], valid.Standards[1] with { Rule = rule }] }, "ST-02", "standards[1].rule", rule);
    }

    private static CompilationError ConsequenceError(string when)
    {
        var valid = Valid();
        return SingleError(valid with { Consequences = [valid.Consequences[0] with { When = when }] }, "follow-up", "consequences[0].when", when);
    }

    private static CompilationError SingleError(RuleSet ruleSet, string owner, string path, string expression)
    {
        var errors = new RuleSetCompiler().Check(ruleSet);
        errors.Should().ContainSingle("\"{0}\" must be refused", expression);
        errors[0].Should().BeEquivalentTo(new { Owner = owner, Path = path, Expression = expression });
        return errors[0];
    }

    [Test]
    public void Check_UnknownInstitutionQuestion_NamesTheCodeNotAGeneratedType()
    {
        var error = InstitutionRuleError("q.has_kitchen && q.no_such_question > 1");

        error.Message.Should().Be("no institution question has the code 'no_such_question'", "an unknown member is never read as an index into the answers");
        error.Position.Should().Be(19);
    }

    [Test]
    public void Check_UnknownResidentQuestion_NamesTheCode()
    {
        var error = ResidentRuleError("r.no_such_question");

        error.Message.Should().Be("no resident question has the code 'no_such_question'");
    }

    [Test]
    public void Check_ResidentQuestionReadWithQ_SaysToWriteR()
    {
        InstitutionRuleError("q.mobility").Message.Should().Be("'mobility' is a resident question: write r.mobility");
    }

    [Test]
    public void Check_InstitutionQuestionReadWithR_SaysToWriteQ()
    {
        ResidentRuleError("r.has_kitchen").Message.Should().Be("'has_kitchen' is an institution question: write q.has_kitchen");
    }

    [Test]
    public void Check_UnknownMemberOfAnAnswer_NotMistakenForAQuestion()
    {
        var error = InstitutionRuleError("q.staff.Foo > 1");

        error.Message.Should().Be("No property or field 'Foo' exists in type 'Decimal?'");
        error.Position.Should().Be(8);
    }

    [Test]
    public void Check_UnknownName_TheScopeIsCalledTheRuleLanguage()
    {
        InstitutionRuleError("foo > 1").Message.Should().Be("No property or field 'foo' exists in type 'the rule language'");
    }

    [Test]
    public void Check_AnswersComparedAsAWhole_TheGeneratedTypeIsCalledAnswers()
    {
        var message = InstitutionRuleError("q > 1").Message;

        message.Should().StartWith("The binary operator GreaterThan is not defined for the types 'answers").And.NotContain("AnonymousType");
    }

    [Test]
    public void Check_ResidentPrefixAloneInAnInstitutionRule_NotPartOfTheLanguage()
    {
        InstitutionRuleError("r == null").Message.Should().Be(
            "'r' is not part of the rule language: rules read answers (q.<question>, r.<question>) and the functions DaysSince, Has, Count");
    }

    [Test]
    public void Check_ResidentPrefixAloneInAResidentRule_AsksForAQuestionCode()
    {
        ResidentRuleError("r == null").Message.Should().Be("'r' must be followed by a question code, as in r.some_question");
    }

    [TestCase("q.has_kitchen ?? false", "'Coalesce' is not part of the rule language")]
    [TestCase("(q.staff & 1) == 1", "'And' is not part of the rule language")]
    public void Check_OperatorOutsideTheLanguage_NamedInTheMessage(string rule, string message)
    {
        InstitutionRuleError(rule).Message.Should().Be(message);
    }

    [Test]
    public void Check_MethodOfAnAnswer_RefusedWhereItIsCalled()
    {
        var error = InstitutionRuleError("q.has_kitchen && q.some_text.StartsWith(\"a\")");

        error.Message.Should().Be("'StartsWith' is not a function of the rule language; the functions are DaysSince, Has, Count");
        error.Position.Should().Be(29);
    }

    [Test]
    public void Check_DivisionByALiteralZeroAfterOtherText_PositionedAtTheDivision()
    {
        var error = InstitutionRuleError("q.staff > 1 && q.staff / 0 > 1");

        error.Message.Should().Be(RuleLanguage.DivisionByZero);
        error.Position.Should().Be(23);
    }

    [Test]
    public void Check_TwoProblems_TheFirstIsReported()
    {
        var error = InstitutionRuleError("q.some_text.Length > 2 || q.staff / 0 > 1");

        error.Message.Should().StartWith("'Length' is not part of the rule language");
        error.Position.Should().Be(11);
    }

    [Test]
    public void Check_TextComparedWithAnswerOfAnotherType_RefusedNotThrown()
    {
        InstitutionRuleError("q.some_text == 3").Message.Should().Be("The binary operator Equal is not defined for the types 'System.String' and 'System.Int32'.");
    }

    // The strict parsing configuration: no type can be named or created, and no context keyword or
    // enum of System is read, whatever the catalog's validator let through.
    [TestCase("root.q.has_kitchen", "Type 'root.q' not found", TestName = "{m}: the context keyword root")]
    [TestCase("DayOfWeek.Monday == DayOfWeek.Monday", "Type 'DayOfWeek' not found", TestName = "{m}: an enum of System")]
    [TestCase("Decimal.Scale > 0", "No property or field 'Scale' exists in type 'Decimal'", TestName = "{m}: an instance member through its type")]
    [TestCase("new Int32() == 0", "creating objects is not part of the rule language", TestName = "{m}: new of a predefined type")]
    [TestCase("new Version() == null", "Type 'Version' not found", TestName = "{m}: new of a type by its simple name")]
    [TestCase("Int32.MaxValue > 0", "'MaxValue' is not part of the rule language: rules read answers (q.<question>, r.<question>) and the functions DaysSince, Has, Count", TestName = "{m}: a constant of a predefined type")]
    public void Check_StrictParsing_Refused(string rule, string message)
    {
        InstitutionRuleError(rule).Message.Should().Be(message);
    }

    [Test]
    public void Check_ConsequenceReadsAnUnknownFindingField_ListsTheFields()
    {
        var error = ConsequenceError("f.colour == \"red\"");

        error.Message.Should().Be("'f.colour' is not a field of a finding; the fields are standard, domain, status, severity, scope, grade, immediateJeopardy, deficient, judged");
        error.Position.Should().Be(2);
    }

    [Test]
    public void Check_ConsequenceReadsAnUnknownPreviousField_ListsTheFields()
    {
        ConsequenceError("f.deficient && p.colour == \"red\"").Message.Should().Be(
            "'p.colour' is not a field of a previous deficiency; the fields are standard, severity, scope, grade, immediateJeopardy");
    }

    [Test]
    public void Check_ConsequenceCallsAFunction_NamesIt()
    {
        var error = ConsequenceError("Foo(f.grade)");

        error.Message.Should().Be("'Foo' cannot be called here: a consequence reads the finding (f.) and the previous deficiency (p.) and calls no function");
    }

    [Test]
    public void Check_ConsequenceCallsAMethodOfAField_RefusedWhereItIsCalled()
    {
        var error = ConsequenceError("f.deficient && f.standard.StartsWith(\"ST\")");

        error.Message.Should().Be("'StartsWith' cannot be called here: a consequence reads the finding (f.) and the previous deficiency (p.) and calls no function");
        error.Position.Should().Be(26);
    }

    [Test]
    public void Check_ConsequenceReadsAnUnknownName_TheScopeIsCalledAConsequence()
    {
        ConsequenceError("x == 1").Message.Should().Be("No property or field 'x' exists in type 'a consequence'");
    }

    [Test]
    public void Check_ConsequenceWithTheContextKeywordIt_Refused()
    {
        ConsequenceError("it.f.deficient").Message.Should().Be("Type 'it.f' not found");
    }
}
