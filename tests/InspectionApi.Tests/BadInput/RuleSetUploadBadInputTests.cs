using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Inspection.Api.RuleSets;
using Inspection.Standards.Loading;

namespace Inspection.Api.Tests.BadInput;

/// <summary>
/// Catalog files uploaded by an author (POST /api/rule-sets, YAML body) that cannot be imported: the
/// validator's problems come back located by file, line and column, and the stored versions stay
/// exactly as they were.
/// </summary>
public sealed class RuleSetUploadBadInputTests
{
    private static readonly string MinimalYaml =
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Catalogs", "minimal.yaml")).ReplaceLineEndings("\n");

    private InspectionApiFactory _factory = null!;
    private HttpClient _author = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        _author = await _factory.ClientAsAsync("author");
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _author.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Upload_StandardWithZeroWeight_Is400WithTheLocatedProblemAndStoresNothing()
    {
        var yaml = Edit(MinimalYaml, "    weight: 3\n", "    weight: 0\n");
        var (line, column) = Locate(yaml, "    weight: 0\n", "0");
        var before = await StoredAsync();

        var response = await UploadAsync(yaml, "broken-home.yaml");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Title.Should().Be("The rule set is not valid");
        problem.Detail.Should().Be("1 problem(s) in the catalog file");
        Problems(problem).Should().Equal(new CatalogProblem(
            "broken-home.yaml", line, column, "standards[0].weight", "the weight of standard 'SAF-01' must be greater than 0",
            $"broken-home.yaml:{line}:{column}: standards[0].weight: the weight of standard 'SAF-01' must be greater than 0"));
        (await StoredAsync()).Should().Be(before);
    }

    [Test]
    public async Task Upload_SeveralProblems_ReportsEveryOneLocatedAndStoresNothing()
    {
        var yaml = Edit(Edit(MinimalYaml, "    weight: 3\n", "    weight: 0\n"), "bar: 0.8", "bar: 8");
        var weight = Locate(yaml, "    weight: 0\n", "0");
        var bar = Locate(yaml, "bar: 8", "8");
        var before = await StoredAsync();

        var response = await UploadAsync(yaml);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        Problems(problem).Select(p => (p.File, p.Line, p.Column, p.Path)).Should().BeEquivalentTo(
        [
            ("upload.yaml", weight.Line, weight.Column, "standards[0].weight"),
            ("upload.yaml", bar.Line, bar.Column, "standards[3].bar"),
        ]);
        Problems(problem).Should().OnlyContain(p => p.Message.Length > 0 && p.Text.StartsWith($"upload.yaml:{p.Line}:{p.Column}: ", StringComparison.Ordinal));
        (await StoredAsync()).Should().Be(before);
    }

    [Test]
    public async Task Upload_YamlSyntaxError_Is400LocatedAtTheDuplicateKeyAndStoresNothing()
    {
        var yaml = Edit(MinimalYaml, "    weight: 3\n", "    weight: 3\n    weight: 4\n");
        var (line, column) = Locate(yaml, "    weight: 4", "weight");
        var before = await StoredAsync();

        var response = await UploadAsync(yaml, "syntax.yaml");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        Problems(problem).Should().ContainSingle().Which.Text.Should().Be($"syntax.yaml:{line}:{column}: this is not valid YAML: Duplicate key weight");
        (await StoredAsync()).Should().Be(before);
    }

    [Test]
    public async Task Upload_RuleThatDoesNotCompile_Is400LocatedAtTheRuleAndStoresNothing()
    {
        var yaml = Edit(MinimalYaml, "rule: r.has_wound_plan", "rule: r.has_wound_plan && r.no_such_answer");
        var (line, _) = Locate(yaml, "rule: r.has_wound_plan && r.no_such_answer", "r.has_wound_plan");
        var before = await StoredAsync();

        var response = await UploadAsync(yaml);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        var located = Problems(problem).Should().ContainSingle().Subject;
        located.Path.Should().StartWith("standards[3].rule");
        located.Line.Should().Be(line);
        located.Message.Should().Contain("no_such_answer");
        (await StoredAsync()).Should().Be(before);
    }

    [Test]
    public async Task Upload_FlowSequencesNested50000Deep_Is400LocatedAtTheLimitAndTheServiceLivesOn()
    {
        // The ~100 KB body that overflowed the stack of the YAML reader and killed the server 4 times out of 4.
        var yaml = $"id: {new string('[', 50_000)}{new string(']', 50_000)}\n";
        var limit = new RuleSetLoaderOptions().MaxDepth;
        var before = await StoredAsync();

        var response = await UploadAsync(yaml, "deep.yaml");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        Problems(problem).Should().ContainSingle().Which.Text.Should().Be(
            $"deep.yaml:1:{"id: ".Length + limit}: lists and mappings nest deeper than {limit} levels here; a catalog file nests them at most {limit} deep");
        (await StoredAsync()).Should().Be(before, "the service still answers, and stored nothing");
    }

    [Test]
    public async Task Upload_OneLargeValueAliasedIntoManyFields_Is400LocatedAtTheAnchorAndStoresNothing()
    {
        var big = new string('x', 300_000);
        var yaml = Edit(Edit(Edit(MinimalYaml,
            "version: 1.0.0", "version: 1.0.5"),
            "title: { he: בית בדיקה, en: Test home }", $"title: {{ he: בית בדיקה, en: Test home }}\ndescription:\n  he: &big {big}\n  en: *big"),
            "title: { he: בטיחות, en: Safety }", "title: { he: *big, en: *big }");
        var (line, column) = Locate(yaml, "he: &big", "&big");
        var before = await StoredAsync();

        var response = await UploadAsync(yaml, "alias.yaml");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        Problems(problem).Should().ContainSingle().Which.Text.Should().Be(
            $"alias.yaml:{line}:{column}: anchors (&big) are not allowed in a catalog file: write the value out where it is used");
        (await StoredAsync()).Should().Be(before);
    }

    [Test]
    public async Task Upload_RuleOverItsLimit_Is400LocatedAtTheRuleAndStoresNothing()
    {
        var rule = "r.has_wound_plan" + string.Concat(Enumerable.Repeat(" || r.has_wound_plan", 50));
        rule.Length.Should().Be(1016);
        var yaml = Edit(Edit(MinimalYaml, "version: 1.0.0", "version: 1.0.6"), "rule: r.has_wound_plan", $"rule: {rule}");
        var (line, column) = Locate(yaml, $"rule: {rule}", rule);
        var before = await StoredAsync();

        var response = await UploadAsync(yaml, "long.yaml");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        Problems(problem).Should().ContainSingle().Which.Text.Should().Be(
            $"long.yaml:{line}:{column}: standards[3].rule: is 1,016 characters long; an expression is at most 1,000 characters");
        (await StoredAsync()).Should().Be(before);
    }

    [Test]
    public async Task Upload_RuleComparingANumberWithAWord_Is400LocatedAtTheRuleAndStoresNothing()
    {
        var yaml = Edit(MinimalYaml, "rule: r.has_wound_plan", "rule: 'r.braden_score >= \"three\"'");
        var (line, column) = Locate(yaml, "rule: 'r.braden_score >= \"three\"'", "r.braden_score");
        var before = await StoredAsync();

        var response = await UploadAsync(yaml, "word.yaml");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        Problems(problem).Should().ContainSingle().Which.Should().Be(new CatalogProblem(
            "word.yaml", line, column, "standards[3].rule", "'braden_score' is a scale answer: compare it with a number",
            $"word.yaml:{line}:{column}: standards[3].rule: 'braden_score' is a scale answer: compare it with a number"));
        (await StoredAsync()).Should().Be(before);
    }

    [TestCase("just some text, not a catalog")]
    [TestCase("[1, 2, 3]")]
    [TestCase("id: [unclosed")]
    public async Task Upload_NotACatalogAtAll_Is400WithLocatedProblemsAndStoresNothing(string yaml)
    {
        var before = await StoredAsync();

        var response = await UploadAsync(yaml);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        Problems(problem).Should().NotBeEmpty().And.OnlyContain(p => p.File == "upload.yaml" && p.Line >= 1 && p.Column >= 1);
        (await StoredAsync()).Should().Be(before);
    }

    [Test]
    public async Task Upload_EmptyBody_Is400NamingTheBodyAndStoresNothing()
    {
        var before = await StoredAsync();

        var response = await UploadAsync("  \n");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]> { ["body"] = ["send the catalog file (YAML) as the request body"] });
        (await StoredAsync()).Should().Be(before);
    }

    [Test]
    public async Task Upload_StoredVersionWithDifferentContent_Is409AndKeepsTheStoredOne()
    {
        var shipped = await ShippedCareHomeAsync();
        var changed = Edit(shipped, "en: Quality standards for care homes for older people", "en: Quality standards for care homes (edited)");
        var before = await StoredAsync();

        var response = await UploadAsync(changed, "elderly-care-home-1.0.0.yaml");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.Conflict);
        problem.Detail.Should().StartWith("elderly-care-home@1.0.0 was already imported with different content (hash ")
            .And.EndWith("); a changed rule set needs a new version");
        (await StoredAsync()).Should().Be(before);
    }

    [Test]
    public async Task Upload_IdenticalToAStoredVersion_Is200WithTheStoredVersionAndDuplicatesNothing()
    {
        var stored = (await ListAsync()).Single(v => v.RuleSetId == "elderly-care-home" && v.Version == "1.0.0");
        var before = await StoredAsync();

        var response = await UploadAsync(await ShippedCareHomeAsync(), "elderly-care-home-1.0.0.yaml");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var version = (await response.Content.ReadFromJsonAsync<RuleSetVersionDto>())!;
        version.Id.Should().Be(stored.Id);
        version.ContentHash.Should().Be(stored.ContentHash);
        (await StoredAsync()).Should().Be(before);
    }

    [Test]
    public async Task Upload_NewVersionTwiceThenChanged_CreatesOnceThenIs200ThenIs409()
    {
        var yaml = Edit(MinimalYaml, "version: 1.0.0", "version: 1.0.7");
        var count = (await ListAsync()).Count;

        var created = await UploadAsync(yaml, "test-home-1.0.7.yaml");
        var again = await UploadAsync(yaml, "test-home-1.0.7.yaml");
        var changed = await UploadAsync(Edit(yaml, "en: Test home", "en: Renamed test home"), "test-home-1.0.7.yaml");

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var first = (await created.Content.ReadFromJsonAsync<RuleSetVersionDto>())!;
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<RuleSetVersionDto>())!.Id.Should().Be(first.Id);
        await ProblemResponse.ReadAsync(changed, HttpStatusCode.Conflict);
        var versions = await ListAsync();
        versions.Should().HaveCount(count + 1);
        versions.Single(v => v.RuleSetId == "test-home" && v.Version == "1.0.7").ContentHash.Should().Be(first.ContentHash);
    }

    [TestCase(TestInspections.Supervisor)]
    [TestCase("analyst")]
    [TestCase(TestInspections.OwnProvider)]
    public async Task Upload_NotAnAuthor_Is403AndStoresNothing(string userName)
    {
        using var client = await _factory.ClientAsAsync(userName);
        var before = await StoredAsync();

        var response = await client.PostAsync("/api/rule-sets", Yaml(Edit(MinimalYaml, "version: 1.0.0", "version: 1.0.8")));

        await ProblemResponse.ReadAsync(response, HttpStatusCode.Forbidden);
        (await StoredAsync()).Should().Be(before);
    }

    [Test]
    public async Task Upload_WithoutToken_Is401AndStoresNothing()
    {
        using var anonymous = _factory.CreateClient();
        var before = await StoredAsync();

        var response = await anonymous.PostAsync("/api/rule-sets", Yaml(Edit(MinimalYaml, "version: 1.0.0", "version: 1.0.9")));

        await ProblemResponse.ReadAsync(response, HttpStatusCode.Unauthorized);
        (await StoredAsync()).Should().Be(before);
    }

    private async Task<HttpResponseMessage> UploadAsync(string yaml, string? fileName = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/rule-sets") { Content = Yaml(yaml) };
        if (fileName is not null)
        {
            request.Headers.Add("X-File-Name", fileName);
        }

        return await _author.SendAsync(request);
    }

    private async Task<List<RuleSetVersionDto>> ListAsync() => (await _author.GetFromJsonAsync<List<RuleSetVersionDto>>("/api/rule-sets"))!;

    /// <summary>The stored versions as the API lists them (ids, statuses, hashes).</summary>
    private Task<string> StoredAsync() => _author.GetStringAsync("/api/rule-sets");

    private static async Task<string> ShippedCareHomeAsync() =>
        await File.ReadAllTextAsync(Path.Combine(InspectionApiFactory.RepositoryRoot(), "standards-catalog", "elderly-care-home", "elderly-care-home-1.0.0.yaml"));

    private static StringContent Yaml(string yaml) => new(yaml, Encoding.UTF8, "text/yaml");

    private static List<CatalogProblem> Problems(ProblemResponse problem) =>
        problem.Body.GetProperty("problems").Deserialize<List<CatalogProblem>>(JsonSerializerOptions.Web)!;

    private static string Edit(string yaml, string snippet, string replacement)
    {
        yaml.Should().Contain(snippet, Exactly.Once());
        return yaml.Replace(snippet, replacement, StringComparison.Ordinal);
    }

    /// <summary>1-based line and column of <paramref name="node"/> inside the one occurrence of <paramref name="context"/>.</summary>
    private static (int Line, int Column) Locate(string yaml, string context, string node)
    {
        yaml.Should().Contain(context, Exactly.Once());
        var offset = yaml.IndexOf(context, StringComparison.Ordinal) + context.IndexOf(node, StringComparison.Ordinal);
        var lineStart = yaml.LastIndexOf('\n', offset - 1) + 1;
        return (yaml.AsSpan(0, offset).Count('\n') + 1, offset - lineStart + 1);
    }

    private sealed record CatalogProblem(string File, int Line, int Column, string Path, string Message, string Text);
}
