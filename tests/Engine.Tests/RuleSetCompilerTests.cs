using Inspection.Engine.Compilation;
using Inspection.Engine.Findings;
using Inspection.Standards.Model;
using static Inspection.Engine.Tests.TestResponse;

namespace Inspection.Engine.Tests;

/// <summary>The compile cache (once per content hash) and compilation errors, all reported at once.</summary>
public class RuleSetCompilerTests
{
    private static TestCatalog KitchenCatalog(string rule = "q.has_kitchen") => new TestCatalog()
        .Question("has_kitchen", "yes-no")
        .Question("menu_review", "choice", showIf: "q.has_kitchen", options: ["monthly", "yearly"])
        .ResidentQuestion("has_plan", "yes-no")
        .ResidentQuestion("plan_reviewed", "yes-no", showIf: "r.has_plan")
        .Tracer("care-plan", "r.has_plan")
        .Standard("ST-01", rule)
        .Standard("ST-02", "q.menu_review == \"monthly\"", applicability: "q.has_kitchen")
        .ResidentStandard("ST-03", "r.plan_reviewed", tracer: "care-plan")
        .ResidentStandard("ST-04", "r.has_plan");

    /// <summary>The rule set with some expressions replaced, past the catalog's own validation.</summary>
    private static RuleSet Broken(RuleSet ruleSet, params (string Standard, string Rule)[] rules) => ruleSet with
    {
        Standards = [.. ruleSet.Standards.Select(s => rules.FirstOrDefault(r => r.Standard == s.Code) is { Rule: { } rule } ? s with { Rule = rule } : s)],
    };

    [Test]
    public void Compile_SameRuleSetTwice_CompiledOnce()
    {
        var compiler = new RuleSetCompiler();
        var ruleSet = KitchenCatalog().LoadValid();

        var first = compiler.Compile(ruleSet);
        var second = compiler.Compile(ruleSet);

        second.Should().BeSameAs(first);
        compiler.CompiledCount.Should().Be(1);
    }

    [Test]
    public void Compile_AfterTheLoadersCheck_CompilesNothingMore()
    {
        var compiler = new RuleSetCompiler();
        var loaded = new TestCatalog().Question("yes", "yes-no").Standard("ST-01", "q.yes").Load(RuleExpressionCheck.LoaderOptions(compiler));

        var compiled = compiler.Compile(loaded.RuleSet!);

        compiler.Compilations.Should().Be(1, "the check at import or start compiled the version; Compile finds it");
        compiled.Identity.ContentHash.Should().Be(loaded.ContentHash);
        compiler.Compile(loaded.RuleSet!).Should().BeSameAs(compiled);
        compiler.Compilations.Should().Be(1);
    }

    [Test]
    public void Check_BrokenVersion_KeepsNothing()
    {
        var compiler = new RuleSetCompiler();
        var valid = new TestCatalog().Question("yes", "yes-no").Standard("ST-01", "q.yes").LoadValid();

        compiler.Check(valid with { Standards = [valid.Standards[0] with { Rule = "q.nope" }] }).Should().ContainSingle();

        compiler.CompiledCount.Should().Be(0);
    }

    [Test]
    public void Compile_SameContentLoadedTwice_SameCompiledForm()
    {
        var compiler = new RuleSetCompiler();

        var first = compiler.Compile(KitchenCatalog().LoadValid());
        var second = compiler.Compile(KitchenCatalog().LoadValid());

        second.Should().BeSameAs(first, "the content hash, not the object, identifies a version");
        compiler.CompiledCount.Should().Be(1);
    }

    [Test]
    public void Compile_ManyThreadsAtOnce_CompiledOnce()
    {
        var compiler = new RuleSetCompiler();
        var ruleSets = Enumerable.Range(0, 8).Select(_ => KitchenCatalog().LoadValid()).ToArray();
        var compiled = new ICompiledRuleSet[64];

        Parallel.For(0, compiled.Length, i => compiled[i] = compiler.Compile(ruleSets[i % ruleSets.Length]));

        compiled.Distinct().Should().ContainSingle();
        compiler.CompiledCount.Should().Be(1);
    }

    [Test]
    public void Compile_NewVersionWithChangedRule_NewCompiledFormThatUsesTheNewRule()
    {
        var compiler = new RuleSetCompiler();
        var response = new TestResponse().Answer("has_kitchen", No).Build();
        var old = compiler.Compile(KitchenCatalog().LoadValid());
        old.Evaluate(response).For("ST-01")!.Status.Should().Be(FindingStatus.NotMet);

        var changed = compiler.Compile(KitchenCatalog("!q.has_kitchen").Version("1.1.0").LoadValid());

        changed.Should().NotBeSameAs(old);
        changed.Identity.Version.Should().Be("1.1.0");
        changed.Identity.ContentHash.Should().NotBe(old.Identity.ContentHash);
        changed.Evaluate(response).For("ST-01")!.Status.Should().Be(FindingStatus.Met, "the new version's rule applies, never the old one's");
        compiler.CompiledCount.Should().Be(2);
    }

    [Test]
    public void Compile_SameVersionWithChangedContent_NeverTheOldCompiledForm()
    {
        // A draft edited in place keeps its version but not its hash.
        var compiler = new RuleSetCompiler();
        var response = new TestResponse().Answer("has_kitchen", No).Build();
        var old = compiler.Compile(KitchenCatalog().LoadValid());

        var edited = compiler.Compile(KitchenCatalog("!q.has_kitchen").LoadValid());

        edited.Should().NotBeSameAs(old);
        edited.Identity.Version.Should().Be(old.Identity.Version);
        edited.Evaluate(response).For("ST-01")!.Status.Should().Be(FindingStatus.Met);
        old.Evaluate(response).For("ST-01")!.Status.Should().Be(FindingStatus.NotMet, "the older compiled form is unchanged");
    }

    [Test]
    public void Compile_ChangedTextOnly_NewCompiledFormWithTheNewText()
    {
        var compiler = new RuleSetCompiler();
        var old = compiler.Compile(KitchenCatalog().LoadValid());

        var retitled = compiler.Compile(KitchenCatalog().Title("Renamed home").LoadValid());

        retitled.Should().NotBeSameAs(old);
        retitled.RuleSet.Title.En.Should().Be("Renamed home");
    }

    [Test]
    public void Compile_Always_IdentityIsIdVersionAndContentHash()
    {
        var load = KitchenCatalog().Load();

        var compiled = new RuleSetCompiler().Compile(load.RuleSet!);

        compiled.Identity.Should().Be(new RuleSetIdentity("test-home", "1.0.0", load.ContentHash!));
        compiled.RuleSet.Should().BeSameAs(load.RuleSet);
    }

    [Test]
    public void Check_ValidRuleSet_NoErrors()
    {
        new RuleSetCompiler().Check(KitchenCatalog().LoadValid()).Should().BeEmpty();
    }

    [Test]
    public void Check_SeveralBrokenRules_AllReportedAtOnceWithStandardPathAndPosition()
    {
        var ruleSet = Broken(
            KitchenCatalog().LoadValid(),
            ("ST-01", "q.no_such_question"),
            ("ST-02", "q.has_kitchen > 3"),
            ("ST-03", "r.plan_reviewed && ("),
            ("ST-04", "r.has_plan && q.has_kitchen"));
        ruleSet = ruleSet with { Standards = [ruleSet.Standards[0], ruleSet.Standards[1], ruleSet.Standards[2], ruleSet.Standards[3] with { Level = Level.Institution, Scope = Scope.Pattern }] };

        var errors = new RuleSetCompiler().Check(ruleSet);

        errors.Select(e => (e.Owner, e.Path, e.Position)).Should().Equal(
            ("ST-01", "standards[0].rule", 2),
            ("ST-02", "standards[1].rule", 14),
            ("ST-03", "standards[2].rule", 20),
            ("ST-04", "standards[3].rule", 0));
        errors[0].Message.Should().Be("no institution question has the code 'no_such_question'");
        errors[1].Message.Should().Contain("'>'");
        errors[3].Message.Should().Be("'has_plan' is a resident answer (r.), which only resident-level standards, tracers and resident questions may read");
        errors.Should().OnlyContain(e => e.Expression == ruleSet.Standards.Single(s => s.Code == e.Owner).Rule);
    }

    [Test]
    public void Check_ResidentAnswerInsideAnInstitutionRule_PositionOfThatAnswer()
    {
        var ruleSet = Broken(KitchenCatalog().LoadValid(), ("ST-01", "q.has_kitchen && r.has_plan"));

        var error = new RuleSetCompiler().Check(ruleSet).Should().ContainSingle().Subject;

        error.Position.Should().Be("q.has_kitchen && ".Length);
        error.ToString().Should().Be("ST-01 (standards[0].rule, position 18): 'has_plan' is a resident answer (r.), which only resident-level standards, tracers and resident questions may read");
    }

    [Test]
    public void Check_InstitutionQuestionReadAsResidentAnswer_SaysHowToWriteIt()
    {
        var ruleSet = Broken(KitchenCatalog().LoadValid(), ("ST-04", "r.has_kitchen"));

        var error = new RuleSetCompiler().Check(ruleSet).Should().ContainSingle().Subject;

        error.Message.Should().Be("'has_kitchen' is an institution question: write q.has_kitchen");
    }

    [Test]
    public void Check_BrokenApplicabilityShowIfAndTracer_EachReportedAtItsPath()
    {
        var valid = KitchenCatalog().LoadValid();
        var ruleSet = valid with
        {
            Standards = [valid.Standards[0], valid.Standards[1] with { Applicability = "q.has_kitchen ==" }, valid.Standards[2], valid.Standards[3]],
            Tracers = [valid.Tracers[0] with { IdentifiedBy = "r.no_such_answer" }],
            Instruments =
            [
                valid.Instruments[0] with { Questions = [valid.Instruments[0].Questions[0], valid.Instruments[0].Questions[1] with { ShowIf = "r.has_plan" }] },
                valid.Instruments[1],
            ],
        };

        var errors = new RuleSetCompiler().Check(ruleSet);

        errors.Select(e => (e.Owner, e.Path)).Should().BeEquivalentTo(new[]
        {
            ("menu_review", "instruments[0].questions[1].showIf"),
            ("care-plan", "tracers[0].identifiedBy"),
            ("ST-02", "standards[1].applicability"),
        });
    }

    [Test]
    public void Compile_BrokenRules_RefusedWithEveryError()
    {
        var ruleSet = Broken(KitchenCatalog().LoadValid(), ("ST-01", "q.no_such_question"), ("ST-02", "q.has_kitchen >"));
        var compiler = new RuleSetCompiler();

        var act = () => compiler.Compile(ruleSet);

        var exception = act.Should().Throw<RuleSetCompilationException>().Which;
        exception.RuleSet.Should().Be("test-home@1.0.0");
        exception.Errors.Select(e => e.Owner).Should().Equal("ST-01", "ST-02");
        exception.Message.Should().Contain("2 expression error(s)").And.Contain("ST-01 (standards[0].rule").And.Contain("ST-02 (standards[1].rule");
        compiler.CompiledCount.Should().Be(0);
    }

    [Test]
    public void Compile_BrokenRuleSetFixed_CompilesTheFixedContent()
    {
        var compiler = new RuleSetCompiler();
        var valid = KitchenCatalog().LoadValid();
        var broken = Broken(valid, ("ST-01", "q.has_kitchen >"));
        compiler.Invoking(c => c.Compile(broken)).Should().Throw<RuleSetCompilationException>();

        var compiled = compiler.Compile(valid);

        compiled.RuleSet.Should().BeSameAs(valid);
    }
}
