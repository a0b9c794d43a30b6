using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inspection.Api.Tests.Access;
using Inspection.Api.Tests.Inspections;

namespace Inspection.Api.Tests.Comparison;

/// <summary>
/// Headquarters' amendment rates over real HTTP, SQLite and the Engine, on a data set small enough to compute by hand.
/// </summary>
/// <remarks>
/// Three regular visits of northern care homes, visited today (the demo's own visits are all at least ten days
/// old, so the period "today" holds only these), each with the care-home catalog's 46 standards, answered well
/// except for STF-01 and NUT-02 (both not met):
///   A (supervisor.north): STF-01 amended to met, NUT-02 amended to met;
///   B (supervisor.north.two): STF-01 amended to met;
///   C (supervisor.north.two): nothing amended.
/// National and north: 3 amended of 138 computed = 0.021739. STF-01: 2 of 3 = 0.666667; NUT-02: 1 of 3 = 0.333333;
/// every other standard 0 of 3. supervisor.north: 2 of 46 = 0.043478; supervisor.north.two: 1 of 92 = 0.010870.
/// </remarks>
public sealed class AmendmentRateTests
{
    private static readonly Dictionary<string, JsonNode?> NurseAndKitchen = new() { ["rn_every_shift"] = false, ["kitchen_clean"] = false };

    private InspectionApiFactory _factory = null!;
    private HttpClient _analyst = null!;
    private string _today = null!;
    private Guid _north;
    private Guid _northTwo;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        _analyst = await _factory.ClientAsAsync("analyst");
        using var provider = await _factory.ClientAsAsync("provider.shalom");
        using var north = await _factory.ClientAsAsync("supervisor.north");
        using var northTwo = await SecondSupervisor.CreateAsync(_factory);
        _north = (await north.GetJsonAsync("/api/auth/me")).Id();
        _northTwo = (await northTwo.GetJsonAsync("/api/auth/me")).Id();
        _today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var a = new InspectionFlow(north, provider);
        var pathA = await a.EvaluatedAsync(NurseAndKitchen);
        await AmendToMetAsync(a, pathA, "STF-01");
        await AmendToMetAsync(a, pathA, "NUT-02");
        var b = new InspectionFlow(northTwo, provider);
        var pathB = await b.EvaluatedAsync(NurseAndKitchen);
        await AmendToMetAsync(b, pathB, "STF-01");
        await b.EvaluatedAsync(NurseAndKitchen);
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _analyst.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Rates_HandComputedDataSet_PerStandardSupervisorAndDistrict()
    {
        var rates = await _analyst.GetJsonAsync($"/api/comparison/amendments?from={_today}&to={_today}&serviceType=elderly-care-home&lang=en");

        Rate(rates.GetProperty("national"), inspections: 3, amended: 3, computed: 138, 0.021739m);
        var standards = rates.GetProperty("standards").EnumerateArray().ToList();
        standards.Should().HaveCount(46);
        standards[0].Text("standardCode").Should().Be("STF-01", "the standard amended most often comes first");
        standards[0].GetProperty("amended").GetInt32().Should().Be(2);
        standards[0].GetProperty("computed").GetInt32().Should().Be(3);
        standards[0].GetProperty("rate").GetDecimal().Should().Be(0.666667m);
        standards[1].Text("standardCode").Should().Be("NUT-02");
        standards[1].GetProperty("rate").GetDecimal().Should().Be(0.333333m);
        standards.Skip(2).Should().OnlyContain(s => s.GetProperty("amended").GetInt32() == 0 && s.GetProperty("computed").GetInt32() == 3);
        var whatIf = standards[0].GetProperty("whatIf");
        whatIf.Text("method").Should().Be("POST");
        whatIf.Text("href").Should().Be("/api/comparison/what-if");
        whatIf.Text("ruleSetId").Should().Be("elderly-care-home");
        var supervisors = rates.GetProperty("supervisors").EnumerateArray().ToList();
        supervisors.Select(s => s.Text("key")).Should().Equal(_north.ToString(), _northTwo.ToString());
        Rate(supervisors[0], inspections: 1, amended: 2, computed: 46, 0.043478m);
        supervisors[0].Text("name").Should().Be("Supervisor, northern district");
        Rate(supervisors[1], inspections: 2, amended: 1, computed: 92, 0.010870m);
        Rate(rates.GetProperty("districts").EnumerateArray().Single(), inspections: 3, amended: 3, computed: 138, 0.021739m);
    }

    [Test]
    public async Task Rates_OutsideHeadquartersOrWithBadFilters_Refused()
    {
        using var supervisor = await _factory.ClientAsAsync("supervisor.north");
        using var provider = await _factory.ClientAsAsync("provider.shalom");
        var url = $"/api/comparison/amendments?from={_today}&to={_today}";

        using var bySupervisor = await supervisor.GetAsync(url);
        await bySupervisor.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var byProvider = await provider.GetAsync(url);
        await byProvider.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var backwards = await _analyst.GetAsync("/api/comparison/amendments?from=2026-02-01&to=2026-01-01");
        (await backwards.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Should().Contain("the period ends before it starts");
        var empty = await _analyst.GetJsonAsync("/api/comparison/amendments?from=2001-01-01&to=2001-12-31");
        Rate(empty.GetProperty("national"), inspections: 0, amended: 0, computed: 0, null);
    }

    private static async Task AmendToMetAsync(InspectionFlow flow, string path, string standard)
    {
        var finding = (await flow.FindingsAsync(path))[standard];
        await flow.Supervisor.PostJsonAsync($"{path}/findings/{finding.Id()}/amendment",
            new { status = "met", reason = $"{standard} was met on the day.", evidence = "Seen on site." }, HttpStatusCode.Created);
    }

    private static void Rate(JsonElement row, int inspections, int amended, int computed, decimal? rate)
    {
        row.GetProperty("inspections").GetInt32().Should().Be(inspections);
        row.GetProperty("amended").GetInt32().Should().Be(amended);
        row.GetProperty("computed").GetInt32().Should().Be(computed);
        if (rate is null)
        {
            row.GetProperty("rate").ValueKind.Should().Be(JsonValueKind.Null);
        }
        else
        {
            row.GetProperty("rate").GetDecimal().Should().Be(rate.Value);
        }
    }
}
