using System.Text.Json;

namespace Inspection.Api.Tests.Comparison;

/// <summary>
/// Results by standard type over HTTP, on <see cref="HeadquartersData"/> with its standards typed (hq-test.yaml):
/// SAF-01 structure, SAF-02 process (safety, weight 2); CAR-01 process, CAR-02 outcome (care, weight 1); every
/// standard weighs 1. By hand, per result (score over the type; share of the overall score's weight; points):
/// <code>
/// F1/C0 yes,no,yes + plan   structure 1, 1/3, 1/3    process 1/3, 1/2, 1/6    outcome 1, 1/6, 1/6      overall 2/3
/// F3/C0 no,no,yes, no plan  structure 0, 1/3, 0      process 1/3, 2/3, 1/3    outcome none, 0, 0       overall 1/3
/// F1/C1 all yes + plan      structure 1, 1/3, 1/3    process 1, 1/2, 1/2      outcome 1, 1/6, 1/6      overall 1
/// F2/C1 yes,no,yes, CAR-02 incomplete: as F3/C0 but structure 1, 1/3, 1/3                             overall 2/3
/// F3/C1 all no              structure 0, 1/3, 0      process 0, 1/2, 0        outcome 0, 1/6, 0        overall 0
/// F4/C1 yes,yes,no + plan   structure 1, 1/3, 1/3    process 2/3, 1/2, 1/3    outcome 1, 1/6, 1/6      overall 5/6
/// </code>
/// Nationally in C1: structure mean 3/4 (median 1), process mean 1/2 (median 1/2), outcome over the three results
/// that judged it mean 2/3 (median 1); mean shares 1/3, 13/24, 1/8; mean points 1/4, 7/24, 1/12 (adding up to the
/// mean score 5/8).
/// </summary>
public sealed class StandardTypeFiguresTests
{
    private HeadquartersData _data = null!;
    private HttpClient _analyst = null!;

    [OneTimeSetUp]
    public async Task Seed()
    {
        _data = await HeadquartersData.CreateAsync();
        _analyst = await _data.ClientAsync("analyst");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _analyst.Dispose();
        _data.Dispose();
    }

    [Test]
    public async Task InspectionResult_ByStandardType_GivesTheEngineFiguresOfEachType()
    {
        var inspection = await HeadquartersData.GetJsonAsync(_analyst, $"/api/inspections/{_data.Inspections["F4/C1"]}");

        var types = Types(inspection.GetProperty("result").GetProperty("byStandardType"));

        types.Should().Equal(
            ("structure", 1, 1, 1, 1m, 0.333333m, 0.333333m),
            ("process", 2, 2, 1, 0.666667m, 0.5m, 0.333333m),
            ("outcome", 1, 1, 1, 1m, 0.166667m, 0.166667m));
    }

    [Test]
    public async Task InspectionResult_TypeNotJudged_HasNoScoreAndNoShare()
    {
        var inspection = await HeadquartersData.GetJsonAsync(_analyst, $"/api/inspections/{_data.Inspections["F3/C0"]}");

        var types = Types(inspection.GetProperty("result").GetProperty("byStandardType"));

        types.Should().Equal(
            ("structure", 1, 1, 0, 0m, 0.333333m, 0m),
            ("process", 2, 2, 1, 0.333333m, 0.666667m, 0.333333m),
            ("outcome", 1, 0, 0, null, 0m, 0m));
    }

    [Test]
    public async Task ByStandardType_Facility_GivesEachCycleTypeByType()
    {
        var figures = await HeadquartersData.GetJsonAsync(_analyst, "/api/comparison/standard-types?serviceType=elderly-care-home");

        figures.GetProperty("cycles").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).Should().Equal(_data.Cycles["C0"], _data.Cycles["C1"], _data.Cycles["C2"]);
        var f1 = Facility(figures, "F1 Home");
        f1.Select(p => Math.Round(p!.Value.GetProperty("overallScore").GetDecimal(), 6)).Should().Equal(0.666667m, 1m, 0.666667m);
        Types(f1[0]!.Value.GetProperty("types")).Should().Equal(
            ("structure", 1, 1, 1, 1m, 0.333333m, 0.333333m),
            ("process", 2, 2, 1, 0.333333m, 0.5m, 0.166667m),
            ("outcome", 1, 1, 1, 1m, 0.166667m, 0.166667m));
        Types(f1[1]!.Value.GetProperty("types")).Select(t => t.Score).Should().Equal(1m, 1m, 1m);
        f1[1]!.Value.GetProperty("inspectionId").GetGuid().Should().Be(_data.Inspections["F1/C1"]);
        Facility(figures, "F3 Home")[2].Should().BeNull("F3 has no result in C2");
    }

    [Test]
    public async Task ByStandardType_National_GivesTheOutcomeShareNextToStructureAndProcessPerCycle()
    {
        var figures = await HeadquartersData.GetJsonAsync(_analyst, "/api/comparison/standard-types?serviceType=elderly-care-home");

        var points = figures.GetProperty("national").GetProperty("points").EnumerateArray().ToList();
        points.Select(p => p.GetProperty("facilities").GetInt32()).Should().Equal(2, 4, 1);
        Summaries(points[1]).Should().Equal(
            ("structure", 4, 0.75m, 1m, 0.333333m, 0.25m),
            ("process", 4, 0.5m, 0.5m, 0.541667m, 0.291667m),
            ("outcome", 3, 0.666667m, 1m, 0.125m, 0.083333m));
        Summaries(points[0]).Should().Equal(
            ("structure", 2, 0.5m, 0.5m, 0.333333m, 0.166667m),
            ("process", 2, 0.333333m, 0.333333m, 0.583333m, 0.25m),
            ("outcome", 1, 1m, 1m, 0.083333m, 0.083333m));
        points[1].GetProperty("inspections").GetArrayLength().Should().Be(4);
    }

    [Test]
    public async Task ByStandardType_DistrictsAndOperators_AreMadeOfTheirFacilities()
    {
        var figures = await HeadquartersData.GetJsonAsync(_analyst, "/api/comparison/standard-types?serviceType=elderly-care-home&cycles=2");

        figures.GetProperty("cycles").GetArrayLength().Should().Be(2);
        var center = figures.GetProperty("districts").EnumerateArray().Single(d => d.GetProperty("key").GetString() == "center").GetProperty("points")[0];
        center.GetProperty("facilities").GetInt32().Should().Be(2, "F3 and F4 in C1");
        Summaries(center).Single(s => s.Type == "outcome").Should().Be(("outcome", 2, 0.5m, 0.5m, 0.166667m, 0.083333m));
        var b = figures.GetProperty("operators").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "Operator B").GetProperty("points")[0];
        Summaries(b).Single(s => s.Type == "process").Should().Be(("process", 2, 0.5m, 0.5m, 0.583333m, 0.333333m), "F2 1/3 and F4 2/3");
    }

    [Test]
    public async Task ByStandardType_Provider_SeesOwnFacilitiesAndTheNationalFigures()
    {
        using var provider = await _data.ClientAsync("provider.b");

        var figures = await HeadquartersData.GetJsonAsync(provider, "/api/comparison/standard-types?serviceType=elderly-care-home");

        figures.GetProperty("facilities").EnumerateArray().Select(f => f.GetProperty("facility").GetString()).Should().Equal("F2 Home", "F4 Home");
        figures.GetProperty("districts").GetArrayLength().Should().Be(0);
        var c1 = figures.GetProperty("national").GetProperty("points")[1];
        c1.GetProperty("facilities").GetInt32().Should().Be(4, "national figures are made of every result");
        c1.GetProperty("inspections").EnumerateArray().Select(i => i.GetGuid()).Should().BeEquivalentTo([_data.Inspections["F2/C1"], _data.Inspections["F4/C1"]]);
    }

    [TestCase("serviceType=hospital", "serviceType")]
    [TestCase("serviceType=elderly-care-home&cycles=0", "cycles")]
    public async Task ByStandardType_BadFilter_Is400WithTheField(string query, string field)
    {
        var response = await _analyst.GetAsync($"/api/comparison/standard-types?{query}");

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(n => n.Contains(field, StringComparison.OrdinalIgnoreCase));
    }

    private static List<JsonElement?> Facility(JsonElement figures, string name) =>
        [.. figures.GetProperty("facilities").EnumerateArray().Single(f => f.GetProperty("facility").GetString() == name)
            .GetProperty("points").EnumerateArray().Select(p => p.ValueKind == JsonValueKind.Null ? (JsonElement?)null : p)];

    private static List<(string Type, int Standards, int Judged, int Met, decimal? Score, decimal Share, decimal Contribution)> Types(JsonElement types) =>
        [.. types.EnumerateArray().Select(t => (
            t.GetProperty("type").GetString()!, t.GetProperty("standards").GetInt32(), t.GetProperty("judged").GetInt32(), t.GetProperty("met").GetInt32(),
            t.GetProperty("score").ValueKind == JsonValueKind.Null ? (decimal?)null : t.GetProperty("score").GetDecimal(),
            t.GetProperty("share").GetDecimal(), t.GetProperty("contribution").GetDecimal()))];

    private static List<(string Type, int Scored, decimal? MeanScore, decimal? MedianScore, decimal? MeanShare, decimal? MeanContribution)> Summaries(JsonElement point) =>
        [.. point.GetProperty("types").EnumerateArray().Select(t => (
            t.GetProperty("type").GetString()!, t.GetProperty("scored").GetInt32(), Number(t, "meanScore"), Number(t, "medianScore"),
            Number(t, "meanShare"), Number(t, "meanContribution")))];

    private static decimal? Number(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetDecimal();
}
