using Inspection.Standards.Diagnostics;
using Inspection.Standards.Loading;
using Inspection.Standards.Versioning;

namespace Inspection.Standards.Tests.Versioning;

public class CatalogLockTests
{
    private static CatalogText Published => CatalogText.Minimal.Replace("status: draft", "status: published");

    private TemporaryFolder _folder = null!;

    private string LockPath => Path.Combine(_folder.Path, CatalogLock.FileName);

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void Read_MissingFile_IsAnEmptyLock()
    {
        var catalogLock = CatalogLock.Read(LockPath);

        catalogLock.Hashes.Should().BeEmpty();
        catalogLock.Path.Should().Be(LockPath);
    }

    [Test]
    public void Record_PublishedVersionNotYetRecorded_AddsItsHash()
    {
        var published = Published.Load();
        var catalogLock = CatalogLock.Read(LockPath);

        catalogLock.Record(published.RuleSet!, published.ContentHash!).Should().BeTrue();

        catalogLock.Hashes.Should().Equal(new Dictionary<string, string> { ["test-home@1.0.0"] = published.ContentHash! });
    }

    [Test]
    public void Record_Draft_RecordsNothing()
    {
        var draft = CatalogText.Minimal.Load();
        var catalogLock = CatalogLock.Read(LockPath);

        catalogLock.Record(draft.RuleSet!, draft.ContentHash!).Should().BeFalse();

        catalogLock.Hashes.Should().BeEmpty();
    }

    [Test]
    public void Record_VersionAlreadyRecorded_NeverRewritesItsHash()
    {
        var published = Published.Load();
        var edited = Published.Replace("bar: 0.8", "bar: 0.9").Load();
        var catalogLock = CatalogLock.Read(LockPath);
        catalogLock.Record(published.RuleSet!, published.ContentHash!);

        catalogLock.Record(edited.RuleSet!, edited.ContentHash!).Should().BeFalse();

        edited.ContentHash.Should().NotBe(published.ContentHash);
        catalogLock.Hashes["test-home@1.0.0"].Should().Be(published.ContentHash);
    }

    [Test]
    public void Save_ThenRead_KeepsEveryHashInOrder()
    {
        var first = Published.Load();
        var second = Published.Replace("version: 1.0.0", "version: 1.1.0").Load();
        var written = CatalogLock.Read(LockPath);
        written.Record(second.RuleSet!, second.ContentHash!);
        written.Record(first.RuleSet!, first.ContentHash!);

        written.Save();

        CatalogLock.Read(LockPath).Hashes.Should().Equal(written.Hashes);
        File.ReadAllLines(LockPath).Should().Equal(
            "# Content hashes of published rule-set versions (id@version sha256). Written by 'catalog lock'; never edit a line.",
            $"test-home@1.0.0 {first.ContentHash}",
            $"test-home@1.1.0 {second.ContentHash}");
    }

    [Test]
    public void Read_CommentsBlankAndMalformedLines_AreIgnored()
    {
        File.WriteAllLines(LockPath, ["# a comment", string.Empty, "test-home@1.0.0 sha256:abc", "only-one-part", "# x@1.0.0 sha256:def"]);

        CatalogLock.Read(LockPath).Hashes.Should().Equal(new Dictionary<string, string> { ["test-home@1.0.0"] = "sha256:abc" });
    }

    [Test]
    public void Check_PublishedVersionRecordedWithTheSameHash_FindsNothing()
    {
        var published = Published.Load();
        var catalogLock = CatalogLock.Read(LockPath);
        catalogLock.Record(published.RuleSet!, published.ContentHash!);

        catalogLock.Check(published.RuleSet!, published.ContentHash!, published.SourceMap).Should().BeEmpty();
    }

    [Test]
    public void Check_PublishedVersionNotRecorded_ReportsTheStatus()
    {
        var published = Published.Load();

        var problems = CatalogLock.Read(LockPath).Check(published.RuleSet!, published.ContentHash!, published.SourceMap);

        problems.Should().Equal(Published.Problem("status",
            "published version test-home@1.0.0 is not recorded in catalog.lock; run 'catalog lock' to record its hash",
            at: "status: published", node: "published"));
    }

    [Test]
    public void Check_PublishedVersionChangedAfterPublication_ReportsTheVersion()
    {
        var published = Published.Load();
        var edited = Published.Replace("bar: 0.8", "bar: 0.9");
        var editedResult = edited.Load();
        var catalogLock = CatalogLock.Read(LockPath);
        catalogLock.Record(published.RuleSet!, published.ContentHash!);

        var problems = catalogLock.Check(editedResult.RuleSet!, editedResult.ContentHash!, editedResult.SourceMap);

        problems.Should().Equal(edited.Problem("version",
            $"published version test-home@1.0.0 has changed since it was published (hash now {editedResult.ContentHash}, recorded {published.ContentHash} " +
            "in catalog.lock); a published version is immutable: put the change in a new version",
            at: "version: 1.0.0", node: "1.0.0"));
    }

    [Test]
    public void Check_DraftNotRecorded_FindsNothing()
    {
        var draft = CatalogText.Minimal.Load();

        CatalogLock.Read(LockPath).Check(draft.RuleSet!, draft.ContentHash!, draft.SourceMap).Should().BeEmpty();
    }

    [TestCase("status: draft", TestName = "Check_RecordedVersionTurnedBackToDraftAndChanged_StillReportsTheChange")]
    [TestCase("status: retired", TestName = "Check_RecordedVersionRetiredAndChanged_StillReportsTheChange")]
    public void Check_RecordedVersionChangedWhateverItsStatus_ReportsTheChange(string status)
    {
        var published = Published.Load();
        var edited = Published.Replace("status: published", status).Replace("bar: 0.8", "bar: 0.9").Load();
        var catalogLock = CatalogLock.Read(LockPath);
        catalogLock.Record(published.RuleSet!, published.ContentHash!);

        catalogLock.Check(edited.RuleSet!, edited.ContentHash!, edited.SourceMap)
            .Should().ContainSingle().Which.Path.Should().Be("version");
    }

    [Test]
    public void FindFor_LockInAFolderAbove_FindsTheNearest()
    {
        var root = _folder.Write(CatalogLock.FileName, string.Empty);
        var file = _folder.Write(Path.Combine("elderly-care-home", "v1.yaml"), Published.Yaml);

        CatalogLock.FindFor(file).Should().Be(root);

        var nearer = _folder.Write(Path.Combine("elderly-care-home", CatalogLock.FileName), string.Empty);
        CatalogLock.FindFor(file).Should().Be(nearer);
    }

    [Test]
    public void FindFor_NoLockAnywhereAbove_IsNull()
    {
        var file = _folder.Write("v1.yaml", Published.Yaml);
        Assume.That(CatalogLock.FindFor(_folder.Path + "/../x.yaml"), Is.Null, "a catalog.lock above the temporary folder would be found");

        CatalogLock.FindFor(file).Should().BeNull();
    }

    [Test]
    public void Check_ProblemFound_NamesTheLoadedFile()
    {
        var published = new RuleSetLoader().Load(Published.Yaml, "published.yaml");

        CatalogLock.Read(LockPath).Check(published.RuleSet!, published.ContentHash!, published.SourceMap)
            .Should().ContainSingle().Which.File.Should().Be("published.yaml");
    }
}
