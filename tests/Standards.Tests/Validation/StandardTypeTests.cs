using Inspection.Standards.Loading;
using Inspection.Standards.Model;
using Inspection.Standards.Versioning;

namespace Inspection.Standards.Tests.Validation;

/// <summary>What a standard measures (<c>measures: structure | process | outcome</c>): read, required, diffed, not hashed.</summary>
public class StandardTypeTests
{
    private static CatalogText Minimal => CatalogText.Minimal;

    [Test]
    public void Load_EachStandard_ReadsWhatItMeasures()
    {
        var ruleSet = Minimal.Replace("    measures: outcome\n", "    measures: structure\n").LoadValid();

        ruleSet.Standards.Select(s => s.Measures).Should().Equal(StandardType.Process, StandardType.Process, StandardType.Structure, StandardType.Process);
    }

    [Test]
    public void Load_StandardWithoutMeasures_IsRefusedAtTheStandardWithTheAllowedValues()
    {
        var catalog = Minimal.Replace("    evidence: [resident-interview]\n    measures: outcome\n", "    evidence: [resident-interview]\n");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[2]",
            "standard 'CAR-01' must say what it measures: 'measures: structure | process | outcome'", at: "code: CAR-01"));
    }

    [Test]
    public void Load_UnknownMeasuresValue_IsRefusedAtTheValue()
    {
        var catalog = Minimal.Replace("    measures: outcome\n", "    measures: quality\n");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[2].measures",
            "'quality' is not allowed here; expected one of: structure, process, outcome", at: "    measures: quality", node: "quality"));
    }

    [Test]
    public void Load_StoredVersionWithoutMeasures_LoadsUnclassifiedWhenNotRequired()
    {
        var yaml = Minimal.Replace("    evidence: [resident-interview]\n    measures: outcome\n", "    evidence: [resident-interview]\n").Yaml;

        var result = new RuleSetLoader(new RuleSetLoaderOptions { RequireStandardType = false }).Load(yaml, CatalogText.FileName);

        result.Diagnostics.Should().BeEmpty();
        result.RuleSet!.Standards.Single(s => s.Code == "CAR-01").Measures.Should().BeNull();
        result.ContentHash.Should().Be(Minimal.Load().ContentHash, "the type is not part of the content hash");
    }

    [Test]
    public void ContentHash_TypeChangedOrAbsent_KeepsTheHash()
    {
        var ruleSet = Minimal.LoadValid();
        var retyped = ruleSet with { Standards = [.. ruleSet.Standards.Select(s => s with { Measures = StandardType.Outcome })] };
        var untyped = ruleSet with { Standards = [.. ruleSet.Standards.Select(s => s with { Measures = null })] };

        ContentHash.Of(retyped).Should().Be(ContentHash.Of(ruleSet));
        ContentHash.Of(untyped).Should().Be(ContentHash.Of(ruleSet));
        ContentHash.Of(ruleSet with { Standards = [ruleSet.Standards[0] with { Weight = 4 }, .. ruleSet.Standards.Skip(1)] })
            .Should().NotBe(ContentHash.Of(ruleSet), "a change of content still changes it");
    }

    [Test]
    public void Compare_TypeChanged_ShowsAChangedStandardWithTheField()
    {
        var older = Minimal.LoadValid();
        var newer = Minimal.Replace("version: 1.0.0", "version: 1.1.0").Replace("    measures: outcome\n", "    measures: structure\n").LoadValid();

        var diff = RuleSetDiff.Compare(older, newer);

        diff.Changes.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new RuleSetChange(CatalogElement.Standard, "CAR-01", ChangeKind.Changed, [new FieldChange("measures", "outcome", "structure")]));
        diff.Describe().Should().Equal("test-home@1.0.0 -> test-home@1.1.0: 1 change(s)", "~ standard CAR-01", "    measures: outcome -> structure");
    }

    [Test]
    public void Compare_TypeAddedToAStoredVersion_ShowsItAsAddedToTheStandard()
    {
        var newer = Minimal.LoadValid();
        var older = newer with { Standards = [.. newer.Standards.Select(s => s.Code == "SAF-01" ? s with { Measures = null } : s)] };

        RuleSetDiff.Compare(older, newer).Describe().Skip(1).Should().Equal("~ standard SAF-01", "    measures: (none) -> process");
    }
}
