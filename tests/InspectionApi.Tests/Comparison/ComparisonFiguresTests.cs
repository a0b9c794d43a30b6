using System.Net;
using System.Text.Json;

namespace Inspection.Api.Tests.Comparison;

/// <summary>Every figure of the comparison for cycle C1 of <see cref="HeadquartersData"/>, computed by hand, as an analyst reads it.</summary>
public sealed class ComparisonFiguresTests
{
    private HeadquartersData _data = null!;
    private HttpClient _analyst = null!;
    private JsonElement _c1;

    [OneTimeSetUp]
    public async Task Seed()
    {
        _data = await HeadquartersData.CreateAsync();
        _analyst = await _data.ClientAsync("analyst");
        _c1 = (await HeadquartersData.GetJsonAsync(_analyst, $"/api/comparison?cycleId={_data.Cycles["C1"]}&lang=en")).GetProperty("serviceTypes")[0];
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _analyst.Dispose();
        _data.Dispose();
    }

    [Test]
    public void Compare_Cycle_RanksFacilitiesByOverallScoreWithPercentiles()
    {
        var rows = Rows(_c1);

        rows.Select(r => r.GetProperty("facility").GetString()).Should().Equal("F1 Home", "F4 Home", "F2 Home", "F3 Home");
        rows.Select(r => r.GetProperty("overallScore").GetDecimal()).Should().Equal([1m, 0.833333m, 0.666667m, 0m], (a, b) => Math.Abs(a - b) < 0.000001m);
        rows.Select(r => r.GetProperty("rank").GetInt32()).Should().Equal(1, 2, 3, 4);
        rows.Select(r => r.GetProperty("percentile").GetDecimal()).Should().Equal(100m, 66.67m, 33.33m, 0m);
        rows.Should().OnlyContain(r => r.GetProperty("peers").GetInt32() == 4);
        // F2 left CAR-02 unjudged: coverage 0.75 is below the default minimum of 0.8, and were CAR-02 not met the
        // rating would fall from adequate; so it is not rated, though it has a score and a standing.
        rows.Select(r => r.GetProperty("rating").GetString()).Should().Equal("excellent", "good", null, "inadequate");
    }

    [Test]
    public void Compare_Cycle_GivesDomainScoresCoverageAndDeficienciesByGrade()
    {
        var f2 = Row(_c1, "F2 Home");
        var f3 = Row(_c1, "F3 Home");
        var f4 = Row(_c1, "F4 Home");

        f4.GetProperty("domainScores").GetProperty("safety").GetDecimal().Should().Be(1m);
        f4.GetProperty("domainScores").GetProperty("care").GetDecimal().Should().Be(0.5m);
        f2.GetProperty("domainScores").GetProperty("safety").GetDecimal().Should().Be(0.5m);
        f2.GetProperty("evidenceCoverage").GetDecimal().Should().Be(0.75m, "CAR-02 could not be judged without a resident with the tracer");
        f3.GetProperty("evidenceCoverage").GetDecimal().Should().Be(1m);
        f3.GetProperty("deficiencies").GetInt32().Should().Be(4);
        var grades = f3.GetProperty("deficienciesByGrade");
        (grades.GetProperty("A").GetInt32(), grades.GetProperty("C").GetInt32(), grades.GetProperty("D").GetInt32(), grades.GetProperty("B").GetInt32())
            .Should().Be((2, 1, 1, 0));
        f2.GetProperty("deficienciesByGrade").GetProperty("A").GetInt32().Should().Be(1);
    }

    [Test]
    public void Compare_Cycle_LinksEveryFacilityToItsInspection()
    {
        foreach (var facility in new[] { "F1", "F2", "F3", "F4" })
        {
            var row = Row(_c1, $"{facility} Home");
            row.GetProperty("inspectionId").GetGuid().Should().Be(_data.Inspections[$"{facility}/C1"]);
            row.GetProperty("link").GetString().Should().Be($"/api/inspections/{_data.Inspections[$"{facility}/C1"]}");
        }

        _c1.GetProperty("national").GetProperty("inspections").EnumerateArray().Select(e => e.GetGuid())
            .Should().BeEquivalentTo(new[] { "F1/C1", "F2/C1", "F3/C1", "F4/C1" }.Select(k => _data.Inspections[k]));
    }

    [Test]
    public void Compare_Cycle_SummarisesNationDistrictsAndOperatorsWithSpread()
    {
        var national = _c1.GetProperty("national");
        Spread(national.GetProperty("overallScore")).Should().Equal(0.625m, 0m, 0.5m, 0.75m, 0.875m, 1m);
        Spread(national.GetProperty("domains").GetProperty("safety")).Should().Equal(0.625m, 0m, 0.375m, 0.75m, 1m, 1m);
        var ratings = national.GetProperty("ratings");
        new[] { "excellent", "good", "adequate", "inadequate" }.Select(r => ratings.GetProperty(r).GetInt32()).Should().Equal(1, 1, 0, 1);
        national.GetProperty("notRated").GetInt32().Should().Be(1, "F2 has no final rating");
        national.GetProperty("deficiencies").GetInt32().Should().Be(6);

        var districts = _c1.GetProperty("districts").EnumerateArray().ToDictionary(d => d.GetProperty("key").GetString()!, d => d.GetProperty("overallScore"));
        districts["north"].GetProperty("mean").GetDecimal().Should().Be(0.833333m);
        districts["north"].GetProperty("median").GetDecimal().Should().Be(0.833333m);
        districts["center"].GetProperty("mean").GetDecimal().Should().Be(0.416667m);

        var operators = _c1.GetProperty("operators").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("overallScore"));
        operators["Operator A"].GetProperty("mean").GetDecimal().Should().Be(0.5m);
        operators["Operator B"].GetProperty("mean").GetDecimal().Should().Be(0.75m);
    }

    [Test]
    public void Compare_Cycle_GivesTheDomainMatrixForAHeatMap()
    {
        var matrix = _c1.GetProperty("matrix");

        matrix.GetProperty("domains").EnumerateArray().Select(d => d.GetString()).Should().Equal("safety", "care");
        var f2 = matrix.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("facility").GetString() == "F2 Home");
        f2.GetProperty("scores").EnumerateArray().Select(s => s.GetDecimal()).Should().Equal(0.5m, 1m);
        f2.GetProperty("inspectionId").GetGuid().Should().Be(_data.Inspections["F2/C1"]);
    }

    [Test]
    public void Compare_Cycle_ListsTheMostOftenFailedStandardsWithTheirInspections()
    {
        var national = _c1.GetProperty("mostFailed").GetProperty("national").EnumerateArray().ToList();

        national.Select(s => s.GetProperty("code").GetString()).Should().Equal("CAR-01", "SAF-02", "CAR-02", "SAF-01");
        national.Select(s => (s.GetProperty("notMet").GetInt32(), s.GetProperty("judged").GetInt32())).Should().Equal((2, 4), (2, 4), (1, 3), (1, 4));
        national[2].GetProperty("rate").GetDecimal().Should().Be(0.333333m);
        national[1].GetProperty("title").GetString().Should().Be("Safety B");
        national[1].GetProperty("inspections").EnumerateArray().Select(e => e.GetGuid()).Should().BeEquivalentTo([_data.Inspections["F2/C1"], _data.Inspections["F3/C1"]]);

        var center = _c1.GetProperty("mostFailed").GetProperty("districts").EnumerateArray().Single(d => d.GetProperty("key").GetString() == "center");
        center.GetProperty("standards").EnumerateArray().Select(s => s.GetProperty("code").GetString()).Should().Equal("CAR-01", "CAR-02", "SAF-01", "SAF-02");
    }

    [Test]
    public void Compare_Cycle_SelfAssessmentsNeverCount()
    {
        // F3 assessed itself as meeting every standard in C1's period; its official score stays 0.
        Row(_c1, "F3 Home").GetProperty("overallScore").GetDecimal().Should().Be(0m);
        Row(_c1, "F3 Home").GetProperty("inspectionId").GetGuid().Should().NotBe(_data.SelfAssessments["F3"]);
        _c1.GetProperty("national").GetProperty("facilities").GetInt32().Should().Be(4);
    }

    [Test]
    public async Task Compare_PeersBySizeBand_RanksWithinTheBand()
    {
        var c1 = (await HeadquartersData.GetJsonAsync(_analyst, $"/api/comparison?cycleId={_data.Cycles["C1"]}&peers=size-band")).GetProperty("serviceTypes")[0];

        Row(c1, "F1 Home").GetProperty("sizeBand").GetString().Should().Be("small");
        (Row(c1, "F1 Home").GetProperty("rank").GetInt32(), Row(c1, "F1 Home").GetProperty("percentile").GetDecimal()).Should().Be((1, 100m));
        (Row(c1, "F4 Home").GetProperty("rank").GetInt32(), Row(c1, "F4 Home").GetProperty("percentile").GetDecimal()).Should().Be((2, 0m));
        Row(c1, "F3 Home").GetProperty("peers").GetInt32().Should().Be(1);
        Row(c1, "F3 Home").GetProperty("percentile").ValueKind.Should().Be(JsonValueKind.Null, "a facility alone in its band has no percentile");
    }

    [TestCase("district=north", new[] { "F1 Home", "F2 Home" })]
    [TestCase("sizeBand=small", new[] { "F1 Home", "F4 Home" })]
    [TestCase("operatorId={B}", new[] { "F4 Home", "F2 Home" })]
    public async Task Compare_Filters_KeepOnlyTheFacilitiesAsked(string filter, string[] expected)
    {
        var c1 = (await HeadquartersData.GetJsonAsync(_analyst,
            $"/api/comparison?cycleId={_data.Cycles["C1"]}&{filter.Replace("{B}", _data.OperatorB.ToString(), StringComparison.Ordinal)}")).GetProperty("serviceTypes")[0];

        Rows(c1).Select(r => r.GetProperty("facility").GetString()).Should().Equal(expected);
        c1.GetProperty("national").GetProperty("facilities").GetInt32().Should().Be(2);
    }

    [Test]
    public async Task Compare_Period_TakesTheInspectionsVisitedInIt()
    {
        var parts = (await HeadquartersData.GetJsonAsync(_analyst, "/api/comparison?from=2026-02-16&to=2026-02-17&serviceType=elderly-care-home")).GetProperty("serviceTypes");

        Rows(parts[0]).Select(r => r.GetProperty("facility").GetString()).Should().Equal("F2 Home", "F3 Home");
    }

    [TestCase("", "cycleId")]
    [TestCase("from=2026-03-01&to=2026-01-01", "to")]
    [TestCase("cycleId={C1}&sizeBand=huge", "sizeBand")]
    [TestCase("cycleId={C1}&peers=district", "peers")]
    [TestCase("cycleId={C1}&serviceType=youth-residential", "serviceType")]
    [TestCase("cycleId=8d0f2c4e-0000-0000-0000-000000000000", "cycleId")]
    public async Task Compare_BadFilters_Are400NamingTheField(string query, string field)
    {
        var response = await _analyst.GetAsync($"/api/comparison?{query.Replace("{C1}", _data.Cycles["C1"].ToString(), StringComparison.Ordinal)}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(problem.ToString());
    }

    private static List<JsonElement> Rows(JsonElement part) => [.. part.GetProperty("facilities").EnumerateArray()];

    private static JsonElement Row(JsonElement part, string facility) => Rows(part).Single(r => r.GetProperty("facility").GetString() == facility);

    private static List<decimal> Spread(JsonElement spread) =>
        [.. new[] { "mean", "min", "q1", "median", "q3", "max" }.Select(p => spread.GetProperty(p).GetDecimal())];
}
