using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inspection.Api.Tests.Inspections;

/// <summary>
/// An inspection compared with the facility's previous full visit: deficiencies new, resolved,
/// persisting, repeated and unverified, on three visits built by hand.
/// </summary>
public sealed class ComparisonTests : InspectionFlowFixture
{
    private string _first = null!;
    private string _second = null!;
    private string _third = null!;

    /// <summary>
    /// First visit: the kitchen is dirty (NUT-02). Second: the kitchen is clean; no nurse on every shift
    /// (STF-01), rights not displayed (RGT-01), no weekend activities (ACT-01). Third: still no nurse, rights
    /// displayed, weekend activities not asked about (ACT-01 not judged), the kitchen dirty again, hazards found (SAF-04).
    /// </summary>
    protected override async Task PrepareAsync()
    {
        _first = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?> { ["kitchen_clean"] = false });
        _second = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?>
        {
            ["rn_every_shift"] = false, ["rights_displayed"] = false, ["weekend_activities"] = false,
        });
        _third = await Flow.EvaluatedAsync(
            new Dictionary<string, JsonNode?> { ["rn_every_shift"] = false, ["weekend_activities"] = null, ["kitchen_clean"] = false, ["hazards_found"] = true },
            acceptIncomplete: true);
    }

    [Test]
    public async Task Compare_ThirdVisit_NamesEachMovementAgainstTheSecond()
    {
        var comparison = await Flow.Supervisor.GetJsonAsync($"{_third}/comparison?lang=en");

        comparison.GetProperty("previous").Id().Should().Be(IdOf(_second));
        comparison.Id("beforePreviousId").Should().Be(IdOf(_first));
        Movements(comparison).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["SAF-04"] = "New",
            ["NUT-02"] = "Repeated",
            ["STF-01"] = "Persisting",
            ["RGT-01"] = "Resolved",
            ["ACT-01"] = "Unverified",
        });
        foreach (var count in new[] { "new", "repeated", "persisting", "resolved", "unverified" })
        {
            comparison.GetProperty(count).GetInt32().Should().Be(1, "one deficiency is {0}", count);
        }

        var unverified = comparison.GetProperty("movements").EnumerateArray().Single(m => m.Text("standardCode") == "ACT-01");
        unverified.Text("previousStatus").Should().Be("NotMet");
        unverified.Text("currentStatus").Should().Be("Incomplete");
        unverified.Text("title").Should().MatchRegex("^[^\u0590-\u05FF]+$", "English was asked for");
        var persisting = comparison.GetProperty("movements").EnumerateArray().Single(m => m.Text("standardCode") == "STF-01");
        persisting.Text("previousGrade").Should().NotBeNullOrEmpty().And.Be(persisting.Text("currentGrade"));
    }

    [Test]
    public async Task Compare_SecondVisit_TheFirstVisitsDeficiencyResolvedTheRestNew()
    {
        var comparison = await Flow.Supervisor.GetJsonAsync($"{_second}/comparison");

        comparison.GetProperty("previous").Id().Should().Be(IdOf(_first));
        Movements(comparison).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["NUT-02"] = "Resolved",
            ["STF-01"] = "New",
            ["RGT-01"] = "New",
            ["ACT-01"] = "New",
        });
    }

    [Test]
    public async Task Compare_WithdrawnDeficiency_CountsAsNotApplicable()
    {
        // A fourth visit with the same deficiencies as the third, NUT-02 then withdrawn on dispute.
        var fourth = await Flow.EvaluatedAsync(
            new Dictionary<string, JsonNode?> { ["rn_every_shift"] = false, ["weekend_activities"] = null, ["kitchen_clean"] = false, ["hazards_found"] = true },
            acceptIncomplete: true);
        await Flow.Supervisor.PostJsonAsync($"{fourth}/issue-report");
        var kitchen = (await Flow.FindingsAsync(fourth))["NUT-02"];
        var dispute = await Flow.Provider.PostJsonAsync($"{fourth}/findings/{kitchen.Id()}/disputes", new { reason = "Cleaned before lunch." }, HttpStatusCode.Created);
        await Flow.Supervisor.PostJsonAsync($"{fourth}/disputes/{dispute.Id()}/decision", new { decision = "withdrawn" });

        var comparison = await Flow.Provider.GetJsonAsync($"{fourth}/comparison");

        comparison.GetProperty("previous").Id().Should().Be(IdOf(_third));
        var movements = Movements(comparison);
        movements["NUT-02"].Should().Be("Resolved", "a withdrawn finding counts as not applicable, as in the re-scored result");
        movements["STF-01"].Should().Be("Persisting");
        movements["SAF-04"].Should().Be("Persisting");
        movements.Should().NotContainKey("ACT-01", "it was not judged either time: no deficiency moved");
    }

    [Test]
    public async Task Compare_NotEvaluatedYet_Is409()
    {
        var (path, _) = await Flow.StartedAsync();

        var refused = await Flow.Supervisor.GetJsonAsync($"{path}/comparison", HttpStatusCode.Conflict);

        refused.Text("detail").Should().Contain("not evaluated");
    }

    [Test]
    public async Task Compare_InspectionOfAnotherDistrict_Is404()
    {
        using var other = await Factory.ClientAsAsync("supervisor.center");

        await other.GetJsonAsync($"{_third}/comparison", HttpStatusCode.NotFound);
    }

    private static Guid IdOf(string path) => Guid.Parse(path[(path.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Movements(JsonElement comparison) =>
        comparison.GetProperty("movements").EnumerateArray().ToDictionary(m => m.Text("standardCode"), m => m.Text("change"), StringComparer.Ordinal);
}
