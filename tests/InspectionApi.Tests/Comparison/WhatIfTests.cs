using System.Net;
using System.Text;
using System.Text.Json;

namespace Inspection.Api.Tests.Comparison;

/// <summary>
/// The policy what-if on C1 of <see cref="HeadquartersData"/>, with a draft that raises the bar of SAF-01
/// (s1 and c1) and makes CAR-01 major: F4 flips SAF-01 to not met (score 5/6 to 1/2) and drops from good
/// to inadequate; CAR-01 of F3 and F4 changes grade from A to D; F2 stays not rated (coverage 0.75).
/// Nothing of the draft reaches official results.
/// </summary>
public sealed class WhatIfTests
{
    private HeadquartersData _data = null!;
    private HttpClient _analyst = null!;
    private Guid _draft;
    private Guid _newStandardDraft;
    private Guid _sameDraft;

    [OneTimeSetUp]
    public async Task Seed()
    {
        _data = await HeadquartersData.CreateAsync();
        _analyst = await _data.ClientAsync("analyst");
        using var author = await _data.ClientAsync("author");
        var published = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Comparison", "hq-test.yaml"));
        _draft = await UploadDraftAsync(author, published
            .Replace("version: 1.0.0", "version: 1.1.0", StringComparison.Ordinal)
            .Replace("rule: q.s1\n", "rule: q.s1 && q.c1\n", StringComparison.Ordinal)
            .Replace("rule: q.c1\n    severity: minor", "rule: q.c1\n    severity: major", StringComparison.Ordinal));
        _sameDraft = await UploadDraftAsync(author, published.Replace("version: 1.0.0", "version: 1.3.0", StringComparison.Ordinal));
        _newStandardDraft = await UploadDraftAsync(author, published.Replace("version: 1.0.0", "version: 1.2.0", StringComparison.Ordinal) + """
              - code: CAR-03
                domain: care
                level: institution
                title: { he: טיפול ג, en: Care C }
                rule: q.c1 && q.s2
                severity: minor
                scope: isolated
                weight: 1
                measures: process
                evidence: [document]

            """);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _analyst.Dispose();
        _data.Dispose();
    }

    [Test]
    public async Task WhatIf_Draft_ShowsWhatWouldChangeAndSavesNothingOfficial()
    {
        var before = await HeadquartersData.GetJsonAsync(_analyst, $"/api/inspections/{_data.Inspections["F4/C1"]}");

        var result = await RunAsync(_data.Cycles["C1"], _draft);

        result.GetProperty("inspections").GetInt32().Should().Be(4);
        result.GetProperty("evaluated").GetInt32().Should().Be(4);
        var national = result.GetProperty("national");
        national.GetProperty("meanScoreBefore").GetDecimal().Should().Be(0.625m);
        national.GetProperty("meanScoreAfter").GetDecimal().Should().Be(0.541667m);
        (national.GetProperty("ratingsUp").GetInt32(), national.GetProperty("ratingsDown").GetInt32(), national.GetProperty("ratingsSame").GetInt32()).Should().Be((0, 1, 2));
        (national.GetProperty("notRatedBefore").GetInt32(), national.GetProperty("notRatedAfter").GetInt32()).Should().Be((1, 1));
        (national.GetProperty("toNotMet").GetInt32(), national.GetProperty("toMet").GetInt32(), national.GetProperty("gradeChanges").GetInt32()).Should().Be((1, 0, 2));
        national.GetProperty("facilitiesWithFlips").GetInt32().Should().Be(1);

        var standards = result.GetProperty("standards").EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!, s => s);
        standards["SAF-01"].GetProperty("toNotMet").GetInt32().Should().Be(1);
        standards["SAF-01"].GetProperty("inspections").EnumerateArray().Select(i => i.GetGuid()).Should().Equal(_data.Inspections["F4/C1"]);
        standards["CAR-01"].GetProperty("gradeChanges").GetInt32().Should().Be(2);

        var f4 = result.GetProperty("facilities").EnumerateArray().Single(f => f.GetProperty("facility").GetString() == "F4 Home");
        (f4.GetProperty("ratingBefore").GetString(), f4.GetProperty("ratingAfter").GetString()).Should().Be(("good", "inadequate"));
        f4.GetProperty("scoreBefore").GetDecimal().Should().BeApproximately(0.833333m, 0.000001m);
        f4.GetProperty("scoreAfter").GetDecimal().Should().Be(0.5m);
        var f2 = result.GetProperty("facilities").EnumerateArray().Single(f => f.GetProperty("facility").GetString() == "F2 Home");
        (f2.GetProperty("ratingBefore").GetString(), f2.GetProperty("ratingAfter").GetString()).Should().Be((null, null));
        f2.GetProperty("changes").GetArrayLength().Should().Be(0);
        var districts = result.GetProperty("districts").EnumerateArray().ToDictionary(d => d.GetProperty("key").GetString()!, d => d.GetProperty("ratingsDown").GetInt32());
        (districts["center"], districts["north"]).Should().Be((1, 0));

        var after = await HeadquartersData.GetJsonAsync(_analyst, $"/api/inspections/{_data.Inspections["F4/C1"]}");
        after.GetProperty("result").GetRawText().Should().Be(before.GetProperty("result").GetRawText(), "the official result is untouched");
        (await HeadquartersData.GetJsonAsync(_analyst, $"/api/rule-sets/{_draft}")).GetProperty("status").GetString().Should().Be("Draft");
        var comparison = (await HeadquartersData.GetJsonAsync(_analyst, $"/api/comparison?cycleId={_data.Cycles["C1"]}")).GetProperty("serviceTypes")[0];
        comparison.GetProperty("ruleSets").EnumerateArray().Select(r => r.GetString()).Should().Equal("hq-test@1.0.0");
    }

    [Test]
    public async Task WhatIf_DraftEqualToThePublishedVersion_ChangesNothing()
    {
        // The what-if reads stored answers in its own narrow queries: they must give the Engine what the
        // inspection's own evaluation gave it, so an unchanged rule set reproduces every stored result.
        var result = await RunAsync(_data.Cycles["C1"], _sameDraft);

        result.GetProperty("evaluated").GetInt32().Should().Be(4);
        result.GetProperty("standards").GetArrayLength().Should().Be(0);
        result.GetProperty("facilities").EnumerateArray().Should().OnlyContain(f => f.GetProperty("changes").GetArrayLength() == 0
            && f.GetProperty("scoreBefore").GetDecimal() == f.GetProperty("scoreAfter").GetDecimal()
            && f.GetProperty("ratingBefore").GetRawText() == f.GetProperty("ratingAfter").GetRawText());
        var national = result.GetProperty("national");
        (national.GetProperty("ratingsSame").GetInt32(), national.GetProperty("notRatedBefore").GetInt32(), national.GetProperty("notRatedAfter").GetInt32()).Should().Be((3, 1, 1));
    }

    [Test]
    public async Task WhatIf_NewStandard_IsMarkedNewAndMovesScores()
    {
        // CAR-03 (c1 and s2) is met by F1 only. F2 judges 4 of 5 standards (coverage 0.8) and, were CAR-02
        // not met, would still be inadequate: it becomes rated. F4 moves from 5/6 to 7/9, still good.
        var result = await RunAsync(_data.Cycles["C1"], _newStandardDraft);

        var standards = result.GetProperty("standards").EnumerateArray().ToList();
        standards.Select(s => s.GetProperty("code").GetString()).Should().Equal("CAR-03");
        var added = standards[0];
        (added.GetProperty("new").GetBoolean(), added.GetProperty("toNotMet").GetInt32(), added.GetProperty("toMet").GetInt32(), added.GetProperty("otherChanges").GetInt32())
            .Should().Be((true, 3, 0, 1));
        var national = result.GetProperty("national");
        national.GetProperty("meanScoreAfter").GetDecimal().Should().Be(0.569444m);
        (national.GetProperty("notRatedBefore").GetInt32(), national.GetProperty("notRatedAfter").GetInt32()).Should().Be((1, 0));
        (national.GetProperty("ratingsUp").GetInt32(), national.GetProperty("ratingsDown").GetInt32(), national.GetProperty("ratingsSame").GetInt32()).Should().Be((0, 0, 3));
        var f2 = result.GetProperty("facilities").EnumerateArray().Single(f => f.GetProperty("facility").GetString() == "F2 Home");
        (f2.GetProperty("scoreAfter").GetDecimal(), f2.GetProperty("ratingAfter").GetString()).Should().Be((0.5m, "inadequate"));
    }

    [Test]
    public async Task ListWhatIfs_AfterARun_ListsItNewestFirstWithoutItsResult()
    {
        await RunAsync(_data.Cycles["C1"], _sameDraft);
        var started = await HeadquartersData.PostJsonAsync(_analyst, "/api/comparison/what-if", new { cycleId = _data.Cycles["C1"], draftVersionId = _draft }, HttpStatusCode.Accepted);

        var runs = (await HeadquartersData.GetJsonAsync(_analyst, "/api/comparison/what-if")).EnumerateArray().ToList();

        runs.Should().HaveCountGreaterThanOrEqualTo(2);
        var latest = runs[0];
        latest.GetProperty("id").GetGuid().Should().Be(started.GetProperty("id").GetGuid());
        (latest.GetProperty("draft").GetString(), latest.GetProperty("mine").GetBoolean()).Should().Be(("hq-test@1.1.0", true));
        latest.GetProperty("cycleId").GetGuid().Should().Be(_data.Cycles["C1"]);
        latest.GetProperty("cycle").GetString().Should().NotBeNullOrEmpty();
        latest.TryGetProperty("result", out _).Should().BeFalse("the list names runs; their results are read one at a time");
        runs.Select(r => r.GetProperty("requestedAt").GetDateTime()).Should().BeInDescendingOrder();
        runs.Should().Contain(r => r.GetProperty("draft").GetString() == "hq-test@1.3.0" && r.GetProperty("status").GetString() == "Succeeded");

        using var supervisor = await _data.ClientAsync("supervisor.north");
        (await supervisor.GetAsync("/api/comparison/what-if")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task WhatIf_PublishedVersion_Is400()
    {
        var problem = await HeadquartersData.PostJsonAsync(_analyst, "/api/comparison/what-if",
            new { cycleId = _data.Cycles["C1"], draftVersionId = _data.PublishedVersion }, HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("draftVersionId")[0].GetString().Should().Contain("a what-if tries a draft");
    }

    [Test]
    public async Task WhatIf_UnknownCycle_Is400()
    {
        var problem = await HeadquartersData.PostJsonAsync(_analyst, "/api/comparison/what-if",
            new { cycleId = Guid.NewGuid(), draftVersionId = _draft }, HttpStatusCode.BadRequest);

        problem.GetProperty("errors").TryGetProperty("cycleId", out _).Should().BeTrue();
    }

    [Test]
    public async Task WhatIf_UnknownRun_Is404()
    {
        (await _analyst.GetAsync($"/api/comparison/what-if/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static async Task<Guid> UploadDraftAsync(HttpClient author, string yaml)
    {
        var response = await author.PostAsync("/api/rule-sets", new StringContent(yaml.Replace("status: published", "status: draft", StringComparison.Ordinal), Encoding.UTF8, "text/yaml"));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> RunAsync(Guid cycleId, Guid draftId)
    {
        var started = await HeadquartersData.PostJsonAsync(_analyst, "/api/comparison/what-if", new { cycleId, draftVersionId = draftId }, HttpStatusCode.Accepted);
        var id = started.GetProperty("id").GetGuid();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var run = await HeadquartersData.GetJsonAsync(_analyst, $"/api/comparison/what-if/{id}");
            switch (run.GetProperty("status").GetString())
            {
                case "Succeeded":
                    run.GetProperty("done").GetInt32().Should().Be(run.GetProperty("total").GetInt32());
                    return run.GetProperty("result");
                case "Failed":
                    Assert.Fail($"the what-if failed: {run.GetProperty("error").GetString()}");
                    break;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the what-if did not finish within a minute");
        return default;
    }
}
