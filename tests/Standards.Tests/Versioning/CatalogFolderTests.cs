using Inspection.Standards.Diagnostics;
using Inspection.Standards.Loading;
using Inspection.Standards.Versioning;

namespace Inspection.Standards.Tests.Versioning;

public class CatalogFolderTests
{
    private static CatalogText Draft => CatalogText.Minimal;

    private static CatalogText Published => CatalogText.Minimal.Replace("status: draft", "status: published");

    private TemporaryFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void Expand_Folder_ListsItsYamlFilesBelowInOrdinalOrder()
    {
        var b = _folder.Write("b.yaml", Draft.Yaml);
        var a = _folder.Write("a.yaml", Draft.Yaml);
        var c = _folder.Write(Path.Combine("sub", "c.yaml"), Draft.Yaml);
        _folder.Write("notes.txt", "not a catalog");
        _folder.Write(CatalogLock.FileName, string.Empty);

        CatalogFolder.Expand([_folder.Path]).Should().Equal(a, b, c);
    }

    [Test]
    public void Expand_FileNamedAlsoThroughItsFolder_ListsItOnce()
    {
        var a = _folder.Write("a.yaml", Draft.Yaml);

        CatalogFolder.Expand([a, _folder.Path]).Should().Equal(a);
    }

    [Test]
    public void Expand_PathThatIsNoFolder_IsKeptAsAFile()
    {
        var missing = Path.Combine(_folder.Path, "missing.yaml");

        CatalogFolder.Expand([missing]).Should().Equal(missing);
    }

    [Test]
    public void Load_SameVersionInTwoFiles_ReportsTheSecondFile()
    {
        var first = _folder.Write("a.yaml", Draft.Yaml);
        var second = _folder.Write("b.yaml", Draft.Replace("en: Test home }", "en: Test home (copy) }").Yaml);

        var results = Load();

        results[0].Succeeded.Should().BeTrue();
        var at = Draft.Locate("version: 1.0.0", "1.0.0");
        results[1].Diagnostics.Should().Equal(new CatalogDiagnostic(second, at.Line, at.Column, "version",
            $"test-home@1.0.0 is also defined in {first}; each version lives in one file"));
        results[1].RuleSet.Should().BeNull();
        results[1].ContentHash.Should().BeNull();
    }

    [Test]
    public void Load_TwoVersionsOfOneRuleSet_AreBothAccepted()
    {
        _folder.Write("a.yaml", Draft.Yaml);
        _folder.Write("b.yaml", Draft.Replace("version: 1.0.0", "version: 1.1.0").Yaml);

        Load().Should().OnlyContain(r => r.Succeeded);
    }

    [Test]
    public void Load_PublishedVersionMissingFromTheLock_FailsAtItsStatus()
    {
        _folder.Write(CatalogLock.FileName, "# empty\n");
        var file = _folder.Write("a.yaml", Published.Yaml);

        var result = Load().Should().ContainSingle().Subject;

        var at = Published.Locate("status: published", "published");
        result.Diagnostics.Should().Equal(new CatalogDiagnostic(file, at.Line, at.Column, "status",
            "published version test-home@1.0.0 is not recorded in catalog.lock; run 'catalog lock' to record its hash"));
        result.RuleSet.Should().BeNull();
    }

    [Test]
    public void Load_PublishedVersionMatchingTheLock_Succeeds()
    {
        var hash = Published.Load().ContentHash;
        _folder.Write(CatalogLock.FileName, $"test-home@1.0.0 {hash}\n");
        _folder.Write(Path.Combine("elderly-care-home", "a.yaml"), Published.Yaml);

        var result = Load().Should().ContainSingle().Subject;

        result.Diagnostics.Should().BeEmpty();
        result.ContentHash.Should().Be(hash);
    }

    [Test]
    public void Load_PublishedVersionEditedAfterLocking_FailsAtItsVersion()
    {
        _folder.Write(CatalogLock.FileName, $"test-home@1.0.0 {Published.Load().ContentHash}\n");
        _folder.Write(Path.Combine("elderly-care-home", "a.yaml"), Published.Replace("bar: 0.8", "bar: 0.75").Yaml);

        var result = Load().Should().ContainSingle().Subject;

        result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = "version" });
        result.Diagnostics[0].Message.Should().StartWith("published version test-home@1.0.0 has changed since it was published");
        result.Succeeded.Should().BeFalse();
    }

    [Test]
    public void Load_FileWithItsOwnProblems_KeepsThemAndSkipsTheCrossFileChecks()
    {
        _folder.Write(CatalogLock.FileName, string.Empty);
        var broken = Published.Replace("    weight: 3\n", "    weight: 0\n");
        _folder.Write("a.yaml", broken.Yaml);

        var result = Load().Should().ContainSingle().Subject;

        result.Diagnostics.Should().ContainSingle().Which.Path.Should().Be("standards[0].weight");
    }

    private IReadOnlyList<RuleSetLoadResult> Load() => new CatalogFolder(new RuleSetLoader()).Load([_folder.Path]);
}
