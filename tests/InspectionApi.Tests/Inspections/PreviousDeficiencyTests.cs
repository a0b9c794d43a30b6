using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Inspection.Api.Tests.Inspections;

/// <summary>
/// The rule set's consequences read the deficiencies of the facility's previous full visit: a deficiency
/// found again is graded one step more severe, and what follows (a follow-up within days, an escalation)
/// is stored with the result and shown. The care-home catalog's consequences (as in 1.2.0) are published
/// here as a version in force from today.
/// </summary>
public sealed class PreviousDeficiencyTests : InspectionFlowFixture
{
    protected override async Task PrepareAsync()
    {
        var yaml = File.ReadAllText(Path.Combine(InspectionApiFactory.RepositoryRoot(), "standards-catalog", "elderly-care-home", "elderly-care-home-1.2.0.yaml"))
            .ReplaceLineEndings("\n");
        yaml = Regex.Replace(yaml, "^version: .*$", "version: 1.9.1", RegexOptions.Multiline);
        yaml = Regex.Replace(yaml, "^status: .*$", "status: published", RegexOptions.Multiline);
        yaml = Regex.Replace(yaml, "^effectiveFrom: .*$", $"effectiveFrom: {InspectionFlow.Today:yyyy-MM-dd}", RegexOptions.Multiline);
        using var author = await Factory.ClientAsAsync("author");
        using var content = Access.AccessTargets.Yaml(yaml);
        using var response = await author.PostAsync(new Uri("/api/rule-sets", UriKind.Relative), content);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Evaluate_DeficiencyFoundAgain_GradeRaisedAndTheConsequencesStoredAndShown()
    {
        var first = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?> { ["kitchen_clean"] = false });

        var second = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?> { ["kitchen_clean"] = false });

        var inspection = await Flow.Supervisor.GetJsonAsync($"{second}?lang=en");
        inspection.Text("ruleSet").Should().Be("elderly-care-home@1.9.1");
        var result = inspection.GetProperty("result");
        result.Id("previousInspectionId").Should().Be(Guid.Parse(first[(first.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        var repeated = result.GetProperty("consequences").EnumerateArray().Single(c => c.Text("code") == "repeated-deficiency");
        repeated.Text("standardCode").Should().Be("NUT-02");
        repeated.GetProperty("raiseGrade").GetBoolean().Should().BeTrue();
        repeated.GetProperty("followUpWithinDays").GetInt32().Should().Be(60);
        repeated.Text("reason").Should().StartWith("A deficiency also found at the previous visit");
        repeated.Strings("facts").Should().HaveCount(2, "the finding and the previous deficiency it matched");

        // Raised one step (major to critical, widespread): grade J, an immediate jeopardy, which the other consequences and the caps see.
        var kitchen = (await Flow.FindingsAsync(second))["NUT-02"];
        kitchen.Text("grade").Should().Be("J");
        kitchen.GetProperty("immediateJeopardy").GetBoolean().Should().BeTrue();
        result.GetProperty("consequences").EnumerateArray().Select(c => c.Text("code")).Should().Contain(["immediate-jeopardy", "critical-follow-up"]);
        result.GetProperty("followUpWithinDays").GetInt32().Should().Be(7, "the earliest follow-up any fired consequence asks for");
        result.Text("escalateTo").Should().Be("district");
        result.GetProperty("caps").EnumerateArray().Select(c => c.Text("code")).Should().Contain("immediate-jeopardy");
        result.Text("rating").Should().Be("inadequate");
    }

    [Test]
    public async Task Evaluate_PreviousDeficiencyWithdrawn_NotReadAsPrevious()
    {
        var first = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?> { ["kitchen_clean"] = false });
        await Flow.Supervisor.PostJsonAsync($"{first}/issue-report");
        var kitchen = (await Flow.FindingsAsync(first))["NUT-02"];
        var dispute = await Flow.Provider.PostJsonAsync($"{first}/findings/{kitchen.Id()}/disputes", new { reason = "Cleaned before lunch." }, HttpStatusCode.Created);
        await Flow.Supervisor.PostJsonAsync($"{first}/disputes/{dispute.Id()}/decision", new { decision = "withdrawn" });

        var second = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?> { ["kitchen_clean"] = false });

        var result = (await Flow.Supervisor.GetJsonAsync(second)).GetProperty("result");
        result.GetProperty("consequences").EnumerateArray().Should().NotContain(c => c.Text("code") == "repeated-deficiency");
        (await Flow.FindingsAsync(second))["NUT-02"].Text("grade").Should().Be("F");
        result.GetProperty("followUpWithinDays").ValueKind.Should().Be(JsonValueKind.Null);
    }
}
