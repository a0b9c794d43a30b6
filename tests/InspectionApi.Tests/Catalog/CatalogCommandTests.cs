using System.Globalization;
using Inspection.Api.Catalog;
using Inspection.Standards.Loading;
using Inspection.Standards.Versioning;

namespace Inspection.Api.Tests.Catalog;

public class CatalogCommandTests
{
    private static readonly string MinimalYaml =
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Catalogs", "minimal.yaml")).ReplaceLineEndings("\n");

    private static readonly string PublishedYaml = Edit(MinimalYaml, "status: draft", "status: published");

    private string _folder = null!;

    private string LockPath => Path.Combine(_folder, CatalogLock.FileName);

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"catalog-command-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    // validate

    [Test]
    public void Validate_ValidFile_SaysOkWithItsSummaryAndExitsZero()
    {
        var file = Write("test-home-1.0.0.yaml", MinimalYaml);
        var hash = HashOf(MinimalYaml);

        var run = Run("validate", file);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Equal(
            $"ok   {file}: test-home@1.0.0 (draft), 2 domains, 4 standards, 1 tracers, 7 questions, {hash}",
            "1 file(s) valid");
        run.Error.Should().BeEmpty();
    }

    [Test]
    public void Validate_FileWithAProblem_PrintsFileLineColumnAndExitsOne()
    {
        var yaml = Edit(MinimalYaml, "    weight: 3\n", "    weight: 0\n");
        var file = Write("broken.yaml", yaml);
        var (line, column) = Locate(yaml, "    weight: 0\n", "0");

        var run = Run("validate", file);

        run.ExitCode.Should().Be(1);
        run.Output.Should().Equal($"FAIL {file}: 1 problem(s)", "1 of 1 file(s) have problems");
        run.Error.Should().Equal($"{file}:{line}:{column}: standards[0].weight: the weight of standard 'SAF-01' must be greater than 0");
    }

    [Test]
    public void Validate_YamlSyntaxError_PrintsFileLineColumnWithoutPath()
    {
        var yaml = Edit(MinimalYaml, "    weight: 3\n", "    weight: 3\n    weight: 4\n");
        var file = Write("broken.yaml", yaml);
        var (line, column) = Locate(yaml, "    weight: 4", "weight");

        var run = Run("validate", file);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Equal($"{file}:{line}:{column}: this is not valid YAML: Duplicate key weight");
    }

    [Test]
    public void Validate_FolderWithGoodAndBadFiles_ReportsEachAndExitsOne()
    {
        var good = Write(Path.Combine("elderly-care-home", "a.yaml"), MinimalYaml);
        var bad = Write(Path.Combine("elderly-care-home", "b.yaml"),
            Edit(Edit(MinimalYaml, "version: 1.0.0", "version: 1.1.0"), "bar: 0.8", "bar: 8"));

        var run = Run("validate", _folder);

        run.ExitCode.Should().Be(1);
        run.Output.Should().HaveCount(3);
        run.Output[0].Should().StartWith($"ok   {good}: test-home@1.0.0 (draft)");
        run.Output[1].Should().Be($"FAIL {bad}: 1 problem(s)");
        run.Output[2].Should().Be("1 of 2 file(s) have problems");
        run.Error.Should().ContainSingle().Which.Should().StartWith($"{bad}:").And.EndWith("standards[3].bar: the bar of standard 'CAR-02' is a share in (0, 1], found 8");
    }

    [Test]
    public void Validate_SameVersionInTwoFiles_FailsTheSecond()
    {
        var first = Write("a.yaml", MinimalYaml);
        var second = Write("b.yaml", MinimalYaml);

        var run = Run("validate", first, second);

        run.ExitCode.Should().Be(1);
        run.Error.Should().ContainSingle().Which.Should().EndWith($"version: test-home@1.0.0 is also defined in {first}; each version lives in one file");
    }

    [Test]
    public void Validate_PublishedFileNotInTheLock_Fails()
    {
        Write(CatalogLock.FileName, string.Empty);
        var file = Write("a.yaml", PublishedYaml);

        var run = Run("validate", file);

        run.ExitCode.Should().Be(1);
        run.Error.Should().ContainSingle().Which.Should().EndWith(
            "status: published version test-home@1.0.0 is not recorded in catalog.lock; run 'catalog lock' to record its hash");
    }

    [Test]
    public void Validate_MissingPath_SaysSoAndExitsTwo()
    {
        var missing = Path.Combine(_folder, "missing.yaml");

        var run = Run("validate", Write("a.yaml", MinimalYaml), missing);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Equal($"{missing}: no such file or folder");
    }

    [Test]
    public void Validate_FolderWithoutCatalogFiles_SaysSoAndExitsOne()
    {
        var run = Run("validate", _folder);

        run.ExitCode.Should().Be(1);
        run.Output.Should().Equal("no catalog files (*.yaml) found");
    }

    [Test]
    public void Validate_FlowSequencesNested50000Deep_PrintsTheLocatedLimitAndExitsOne()
    {
        // The ~100 KB document that overflowed the stack of the YAML reader and killed the process.
        var file = Write("deep.yaml", $"id: {new string('[', 50_000)}{new string(']', 50_000)}\n");
        var limit = new RuleSetLoaderOptions().MaxDepth;

        var run = Run("validate", file);

        run.ExitCode.Should().Be(1);
        run.Output.Should().Equal($"FAIL {file}: 1 problem(s)", "1 of 1 file(s) have problems");
        run.Error.Should().Equal($"{file}:1:{"id: ".Length + limit}: lists and mappings nest deeper than {limit} levels here; a catalog file nests them at most {limit} deep");
    }

    [Test]
    public void Validate_FlowSequencesNested50000DeepInTheRealCommand_ExitsOneWithTheLocatedLimit()
    {
        // The command as it runs (Program.cs, the Engine's checks included), in a process of its own:
        // a stack overflow there would end it with SIGABRT (exit code 134) instead.
        var file = Write("deep.yaml", $"id: {new string('[', 50_000)}{new string(']', 50_000)}\n");
        var api = Path.Combine(TestContext.CurrentContext.TestDirectory, "Inspection.Api.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "exec", api, "catalog", "validate", file })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(TimeSpan.FromMinutes(2)).Should().BeTrue("the command must finish");

        process.ExitCode.Should().Be(1, "stdout: {0}\nstderr: {1}", output, error.Result);
        error.Result.Should().StartWith($"{file}:1:{"id: ".Length + new RuleSetLoaderOptions().MaxDepth}: lists and mappings nest deeper than");
    }

    [Test]
    public void Validate_AnchorAndAlias_PrintsTheLocatedAnchorAndExitsOne()
    {
        var yaml = Edit(Edit(MinimalYaml, "title: { he: בית בדיקה, en: Test home }", "title: &home { he: בית בדיקה, en: Test home }"),
            "title: { he: בטיחות, en: Safety }", "title: *home");
        var file = Write("alias.yaml", yaml);
        var (line, column) = Locate(yaml, "title: &home", "&home");

        var run = Run("validate", file);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Equal($"{file}:{line}:{column}: anchors (&home) are not allowed in a catalog file: write the value out where it is used");
    }

    [Test]
    public void Validate_TitleOverItsLimit_PrintsTheLocatedLimitAndExitsOne()
    {
        var title = new string('t', new RuleSetLoaderOptions().MaxTitleLength + 1);
        var yaml = Edit(MinimalYaml, "en: Fire drill in the last quarter", $"en: {title}");
        var file = Write("long.yaml", yaml);
        var (line, column) = Locate(yaml, $"en: {title}", title);

        var run = Run("validate", file);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Equal($"{file}:{line}:{column}: standards[0].title.en: is 201 characters long; a title or label is at most 200 characters");
    }

    [Test]
    public void Validate_FileOverTheSizeLimit_PrintsTheLimitAndExitsOne()
    {
        var file = Write("large.yaml", MinimalYaml + new string('#', 1024 * 1024) + "\n");
        var size = new FileInfo(file).Length;

        var run = Run("validate", file);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Equal($"{file}:1:1: the file is {size.ToString("N0", CultureInfo.InvariantCulture)} bytes; a catalog file is at most 1,048,576 bytes");
    }

    // hash

    [Test]
    public void Hash_ValidFile_PrintsHashMonikerAndPath()
    {
        var file = Write("a.yaml", MinimalYaml);

        var run = Run("hash", file);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Equal($"{HashOf(MinimalYaml)}  test-home@1.0.0  {file}");
        run.Error.Should().BeEmpty();
    }

    [Test]
    public void Hash_ReformattedFile_PrintsTheSameHash()
    {
        var file = Write("a.yaml", Edit(MinimalYaml, "bar: 0.8", "bar: 0.80   # four in five residents"));

        Run("hash", file).Output.Should().ContainSingle().Which.Should().StartWith(HashOf(MinimalYaml));
    }

    [Test]
    public void Hash_FileWithAProblem_PrintsTheProblemAndExitsOne()
    {
        var file = Write("a.yaml", Edit(MinimalYaml, "    weight: 3\n", "    weight: 0\n"));

        var run = Run("hash", file);

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().ContainSingle().Which.Should().StartWith($"{file}:").And.Contain("standards[0].weight");
    }

    [Test]
    public void Hash_MissingFile_SaysSoAndExitsTwo()
    {
        var missing = Path.Combine(_folder, "missing.yaml");

        var run = Run("hash", missing);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Equal($"{missing}: no such file");
    }

    // diff

    [Test]
    public void Diff_TwoVersions_ListsWhatChanged()
    {
        var older = Write("a.yaml", MinimalYaml);
        var newer = Write("b.yaml", Edit(Edit(MinimalYaml, "version: 1.0.0", "version: 1.1.0"), "bar: 0.8", "bar: 0.9"));

        var run = Run("diff", older, newer);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Equal("test-home@1.0.0 -> test-home@1.1.0: 1 change(s)", "~ standard CAR-02", "    bar: 0.8 -> 0.9");
        run.Error.Should().BeEmpty();
    }

    [Test]
    public void Diff_SameContent_SaysNoChanges()
    {
        var older = Write("a.yaml", MinimalYaml);
        var newer = Write("b.yaml", PublishedYaml);

        Run("diff", older, newer).Output.Should().Equal("test-home@1.0.0 -> test-home@1.0.0: no changes");
    }

    [Test]
    public void Diff_EitherFileWithAProblem_PrintsItsProblemsAndExitsOne()
    {
        var older = Write("a.yaml", Edit(MinimalYaml, "    weight: 3\n", "    weight: 0\n"));
        var newer = Write("b.yaml", Edit(MinimalYaml, "bar: 0.8", "bar: 0"));

        var run = Run("diff", older, newer);

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().HaveCount(2);
        run.Error[0].Should().StartWith($"{older}:");
        run.Error[1].Should().StartWith($"{newer}:");
    }

    [Test]
    public void Diff_MissingFile_SaysSoAndExitsTwo()
    {
        var older = Write("a.yaml", MinimalYaml);
        var missing = Path.Combine(_folder, "missing.yaml");

        var run = Run("diff", older, missing);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Equal($"{missing}: no such file");
    }

    // lock

    [Test]
    public void Lock_NewlyPublishedVersion_RecordsItsHash()
    {
        Write(Path.Combine("elderly-care-home", "a.yaml"), PublishedYaml);
        var hash = HashOf(PublishedYaml);

        var run = Run("lock", _folder);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Equal($"recorded test-home@1.0.0 {hash}");
        CatalogLock.Read(LockPath).Hashes.Should().Equal(new Dictionary<string, string> { ["test-home@1.0.0"] = hash });
        Run("validate", _folder).ExitCode.Should().Be(0);
    }

    [Test]
    public void Lock_Draft_RecordsNothing()
    {
        Write("a.yaml", MinimalYaml);

        var run = Run("lock", _folder);

        run.ExitCode.Should().Be(0);
        run.Output.Should().BeEmpty();
        CatalogLock.Read(LockPath).Hashes.Should().BeEmpty();
    }

    [Test]
    public void Lock_RunTwice_RecordsOnlyOnce()
    {
        Write("a.yaml", PublishedYaml);
        Run("lock", _folder);

        var run = Run("lock", _folder);

        run.ExitCode.Should().Be(0);
        run.Output.Should().BeEmpty();
        CatalogLock.Read(LockPath).Hashes.Should().ContainSingle();
    }

    [Test]
    public void Lock_NextVersionPublished_AddsItAndKeepsTheFirst()
    {
        Write("a.yaml", PublishedYaml);
        Run("lock", _folder);
        var nextYaml = Edit(Edit(PublishedYaml, "version: 1.0.0", "version: 1.1.0"), "bar: 0.8", "bar: 0.9");
        Write("b.yaml", nextYaml);

        var run = Run("lock", _folder);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Equal($"recorded test-home@1.1.0 {HashOf(nextYaml)}");
        CatalogLock.Read(LockPath).Hashes.Should().Equal(new Dictionary<string, string>
        {
            ["test-home@1.0.0"] = HashOf(PublishedYaml),
            ["test-home@1.1.0"] = HashOf(nextYaml),
        });
    }

    [Test]
    public void Lock_PublishedVersionEditedAfterLocking_ReportsItAndNeverRewritesTheHash()
    {
        var file = Write("a.yaml", PublishedYaml);
        Run("lock", _folder);
        var editedYaml = Edit(PublishedYaml, "bar: 0.8", "bar: 0.75");
        File.WriteAllText(file, editedYaml);

        var run = Run("lock", _folder);

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        var (line, column) = Locate(editedYaml, "version: 1.0.0", "1.0.0");
        run.Error.Should().Equal(
            $"{file}:{line}:{column}: version: published version test-home@1.0.0 has changed since it was published " +
            $"(hash now {HashOf(editedYaml)}, recorded {HashOf(PublishedYaml)} in catalog.lock); a published version is immutable: put the change in a new version");
        CatalogLock.Read(LockPath).Hashes["test-home@1.0.0"].Should().Be(HashOf(PublishedYaml));
    }

    [Test]
    public void Lock_FolderWithABrokenFile_RecordsNothingAndExitsOne()
    {
        Write("a.yaml", PublishedYaml);
        Write("b.yaml", Edit(Edit(PublishedYaml, "version: 1.0.0", "version: 1.1.0"), "    weight: 3\n", "    weight: 0\n"));

        var run = Run("lock", _folder);

        run.ExitCode.Should().Be(1);
        run.Error.Should().HaveCount(2);
        run.Error[^1].Should().Be("nothing recorded: fix the problems above first");
        File.Exists(LockPath).Should().BeFalse();
    }

    [Test]
    public void Lock_MissingFolder_SaysSoAndExitsTwo()
    {
        var missing = Path.Combine(_folder, "missing");

        var run = Run("lock", missing);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Equal($"{missing}: no such folder");
    }

    // usage

    [TestCase(TestName = "Run_NoArguments_PrintsUsageAndExitsTwo")]
    [TestCase("check", TestName = "Run_UnknownVerb_PrintsUsageAndExitsTwo")]
    [TestCase("validate", TestName = "Run_ValidateWithoutPaths_PrintsUsageAndExitsTwo")]
    [TestCase("hash", TestName = "Run_HashWithoutFile_PrintsUsageAndExitsTwo")]
    [TestCase("hash", "a.yaml", "b.yaml", TestName = "Run_HashWithTwoFiles_PrintsUsageAndExitsTwo")]
    [TestCase("diff", "a.yaml", TestName = "Run_DiffWithOneFile_PrintsUsageAndExitsTwo")]
    [TestCase("diff", "a.yaml", "b.yaml", "c.yaml", TestName = "Run_DiffWithThreeFiles_PrintsUsageAndExitsTwo")]
    [TestCase("lock", TestName = "Run_LockWithoutFolder_PrintsUsageAndExitsTwo")]
    [TestCase("Validate", "a.yaml", TestName = "Run_VerbInAnotherCase_PrintsUsageAndExitsTwo")]
    public void Run_WrongArguments_PrintsUsageAndExitsTwo(params string[] args)
    {
        var run = Run(args);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        string.Join('\n', run.Error).Should().Be(CatalogCommand.Usage.ReplaceLineEndings("\n"));
    }

    private static CommandRun Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CatalogCommand.Run(args, new RuleSetLoader(), output, error);
        return new CommandRun(exitCode, Lines(output), Lines(error));
    }

    private static string[] Lines(StringWriter writer) =>
        writer.ToString().Split(Environment.NewLine).SkipLast(1).ToArray();

    private static string Edit(string yaml, string snippet, string replacement)
    {
        yaml.Should().Contain(snippet, Exactly.Once());
        return yaml.Replace(snippet, replacement, StringComparison.Ordinal);
    }

    private static string HashOf(string yaml) => new RuleSetLoader().Load(yaml, "any.yaml").ContentHash!;

    /// <summary>1-based line and column of <paramref name="node"/> inside the one occurrence of <paramref name="context"/>.</summary>
    private static (int Line, int Column) Locate(string yaml, string context, string node)
    {
        yaml.Should().Contain(context, Exactly.Once());
        var offset = yaml.IndexOf(context, StringComparison.Ordinal) + context.IndexOf(node, StringComparison.Ordinal);
        var lineStart = yaml.LastIndexOf('\n', offset - 1) + 1;
        return (yaml.AsSpan(0, offset).Count('\n') + 1, offset - lineStart + 1);
    }

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private sealed record CommandRun(int ExitCode, string[] Output, string[] Error);
}
