using System.Reflection;
using Inspection.Engine.Compilation;
using Inspection.Standards.Language;

namespace Inspection.Engine.Tests.Network;

/// <summary>The rule language is defined once: the catalog's validator and the Engine's compiler agree on it.</summary>
public class RuleLanguageTests
{
    [Test]
    public void Functions_TheLanguageListsExactlyWhatCompiledRulesCanCall()
    {
        var callable = typeof(RuleScope).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => m.Name);

        RuleLanguage.Functions.Select(f => f.Name).Should().BeEquivalentTo(callable);
    }

    [Test]
    public void FindingFields_TheLanguageListsExactlyWhatAFindingFactHas()
    {
        var fields = typeof(Engine.Network.FindingFact).GetProperties().Where(p => char.IsLower(p.Name[0])).Select(p => p.Name);
        var previous = typeof(Engine.Network.PreviousDeficiencyFact).GetProperties().Select(p => p.Name);

        RuleLanguage.FindingFields.Select(f => f.Name).Should().BeEquivalentTo(fields);
        RuleLanguage.PreviousFields.Select(f => f.Name).Should().BeEquivalentTo(previous);
    }

    [TestCase("Exit(q.staff > 1)")]
    [TestCase("q.staff / 0 > 1")]
    public void Messages_ValidatorAndCompilerSayTheSame(string rule)
    {
        var catalog = new TestCatalog().Question("staff", "number").Standard("ST-01", rule);
        var validator = catalog.Load().Diagnostics.Select(d => d.Message).ToList();
        var valid = new TestCatalog().Question("staff", "number").Standard("ST-01", "q.staff > 1").LoadValid();

        var compiler = new RuleSetCompiler().Check(valid with { Standards = [valid.Standards[0] with { Rule = rule }] }).Select(e => e.Message).ToList();

        validator.Should().ContainSingle();
        compiler.Should().Equal(validator);
    }

    [Test]
    public void NestingDepth_ParenthesesAndUnaryRuns_Counted()
    {
        RuleLanguage.NestingDepth("((q.a))").Should().Be(2);
        RuleLanguage.NestingDepth("!!! q.a").Should().Be(3);
        RuleLanguage.NestingDepth("q.a - -1").Should().Be(2);
        RuleLanguage.NestingDepth("q.a").Should().Be(0);
    }
}
