using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Inspection.Api.Tests.Inspections;

/// <summary>Findings as people read them: titles in the reader's language (Hebrew by default), tally, bar, rule, answers read, and a deficiency in words.</summary>
public sealed class ReadableFindingsTests : InspectionFlowFixture
{
    private string _path = null!;

    protected override async Task PrepareAsync() =>
        _path = await Flow.EvaluatedAsync(
            new Dictionary<string, JsonNode?> { ["rn_every_shift"] = false },
            residents: 5,
            adjust: (resident, question, good) => question == "privacy_respected" && resident < 3 ? false : good);

    [Test]
    public async Task Findings_NoLanguageAsked_AreInHebrew()
    {
        var privacy = (await Flow.FindingsAsync(_path))["RGT-04"];

        privacy.Text("title").Should().MatchRegex("[\u0590-\u05FF]", "Hebrew is the default");
        privacy.Text("domainTitle").Should().MatchRegex("[\u0590-\u05FF]");
        privacy.Text("statement").Should().StartWith("3 מתוך 5 דיירים").And.Contain("הרף 90%");
    }

    [Test]
    public async Task Findings_EnglishAsked_AreInEnglishWithTheDeficiencyInWords()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{_path}/findings");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-GB"));
        using var response = await Flow.Supervisor.SendAsync(request);
        var findings = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement
            .EnumerateArray().ToDictionary(f => f.Text("standardCode"));

        var privacy = findings["RGT-04"];
        privacy.Text("title").Should().MatchRegex("^[^\u0590-\u05FF]+$");
        privacy.Text("level").Should().Be("resident");
        privacy.GetProperty("bar").GetDecimal().Should().Be(0.9m);
        privacy.GetProperty("rate").GetDecimal().Should().Be(0.4m);
        privacy.GetProperty("tally").GetProperty("known").GetInt32().Should().Be(5);
        privacy.GetProperty("tally").GetProperty("satisfying").GetInt32().Should().Be(2);
        privacy.Text("statement").Should().Be($"3 of 5 sampled residents did not receive what the standard \"{privacy.Text("title")}\" requires: 40% met it, against a bar of 90%.");
        privacy.Text("rule").Should().Contain("privacy_respected");

        var nurse = findings["STF-01"];
        nurse.Text("severity").Should().Be("critical");
        nurse.Text("statement").Should().Contain("does not meet").And.Contain("severity critical");
        nurse.GetProperty("answersRead").EnumerateArray().Should().ContainSingle(a => a.Text("question") == "rn_every_shift" && a.Text("value") == "no");
        findings.Values.Where(f => f.Text("status") == "Met").Should().OnlyContain(f => f.GetProperty("statement").ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    [Test]
    public async Task Inspection_Evaluated_ShowsItsStoredResult()
    {
        var inspection = await Flow.Supervisor.GetJsonAsync($"{_path}?lang=en");

        var result = inspection.GetProperty("result");
        result.Text("ruleSet").Should().StartWith("elderly-care-home@");
        result.Text("contentHash").Should().NotBeNullOrEmpty();
        result.GetProperty("domains").GetArrayLength().Should().BeGreaterThan(3);
        result.GetProperty("domains").EnumerateArray().Should().OnlyContain(d => d.Text("title").Length > 0);
        result.Text("scoreBand").Should().NotBeNullOrEmpty();
        result.Text("rating").Should().Be(inspection.Text("rating"));
        var caps = result.GetProperty("caps").EnumerateArray().ToList();
        caps.Should().NotBeEmpty("a critical standard was not met");
        caps.Should().OnlyContain(c => c.Text("reason").Length > 0);
        var critical = caps.Single(c => c.Text("code") == "critical-unmet");
        critical.Strings("standards").Should().Equal("STF-01");
        critical.GetProperty("lowered").GetBoolean().Should().BeTrue();
        critical.Text("reason").Should().Be("A critical standard is not met, so the rating cannot be good or better");
        var coverage = result.GetProperty("coverage");
        coverage.GetProperty("share").GetDecimal().Should().Be(1m, "every applicable standard was judged");
        coverage.GetProperty("minimum").GetDecimal().Should().Be(0.8m);
        coverage.GetProperty("sufficient").GetBoolean().Should().BeTrue();
        coverage.Strings("unjudged").Should().BeEmpty();
        coverage.Strings("requiredUnjudged").Should().BeEmpty();
        result.Strings("notRatedReasons").Should().BeEmpty();
        result.GetProperty("consequences").GetArrayLength().Should().Be(0, "the published catalog has no consequences");
        result.GetProperty("followUpWithinDays").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        result.GetProperty("escalateTo").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Test]
    public async Task Inspection_SubmittedShortOfEvidence_NotRatedAndSaysWhatIsMissing()
    {
        var path = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?> { ["rn_every_shift"] = null }, acceptIncomplete: true);

        var result = (await Flow.Supervisor.GetJsonAsync($"{path}?lang=en")).GetProperty("result");

        result.GetProperty("rating").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        result.Text("scoreBand").Should().NotBeNullOrEmpty("the band the score alone reaches is still shown");
        result.Strings("notRatedReasons").Should().ContainSingle()
            .Which.Should().Be("not rated: insufficient evidence: standards that must be judged were not: STF-01");
        result.GetProperty("coverage").Strings("requiredUnjudged").Should().Equal("STF-01");
        result.GetProperty("coverage").GetProperty("sufficient").GetBoolean().Should().BeFalse();
    }
}
