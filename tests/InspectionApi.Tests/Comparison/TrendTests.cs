using System.Text.Json;

namespace Inspection.Api.Tests.Comparison;

/// <summary>Trends across C0, C1 and C2 of <see cref="HeadquartersData"/>: scores per cycle and how deficiencies moved, by hand.</summary>
public sealed class TrendTests
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
    public async Task Trends_ServiceType_GivesNationalScoresAndMovementsPerCycle()
    {
        var trends = await HeadquartersData.GetJsonAsync(_analyst, "/api/comparison/trends?serviceType=elderly-care-home");

        trends.GetProperty("cycles").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).Should().Equal(_data.Cycles["C0"], _data.Cycles["C1"], _data.Cycles["C2"]);
        var points = trends.GetProperty("national").GetProperty("points").EnumerateArray().ToList();
        points.Select(p => p.GetProperty("facilities").GetInt32()).Should().Equal(2, 4, 1);
        points.Select(p => p.GetProperty("meanScore").GetDecimal()).Should().Equal(0.5m, 0.625m, 0.666667m);
        points.Select(p => p.GetProperty("medianScore").GetDecimal()).Should().Equal(0.5m, 0.75m, 0.666667m);
        points.Select(p => p.GetProperty("deficiencies").GetInt32()).Should().Equal(3, 6, 1);
        Movements(points[0]).Should().Be((0, 0, 0, 0, 0));
        Movements(points[1]).Should().Be((2, 0, 2, 1, 0), "F3: SAF-01 and SAF-02 persist, CAR-01 and CAR-02 are new; F1: SAF-02 resolved");
        Movements(points[2]).Should().Be((0, 1, 0, 0, 0), "F1's SAF-02 was corrected in C1 and is back in C2");
        points[1].GetProperty("inspections").GetArrayLength().Should().Be(4);
    }

    [Test]
    public async Task Trends_Facility_NamesTheStandardsBehindEachMovement()
    {
        var trends = await HeadquartersData.GetJsonAsync(_analyst, "/api/comparison/trends?serviceType=elderly-care-home");

        var f3 = trends.GetProperty("facilities").EnumerateArray().Single(f => f.GetProperty("facility").GetString() == "F3 Home");
        var points = f3.GetProperty("points").EnumerateArray().ToList();
        points[2].ValueKind.Should().Be(JsonValueKind.Null, "F3 has no result in C2");
        points[1].GetProperty("comparedWith").GetGuid().Should().Be(_data.Inspections["F3/C0"]);
        points[1].GetProperty("inspectionId").GetGuid().Should().Be(_data.Inspections["F3/C1"]);
        var standards = points[1].GetProperty("standards");
        standards.GetProperty("persisting").EnumerateArray().Select(s => s.GetString()).Should().Equal("SAF-01", "SAF-02");
        standards.GetProperty("new").EnumerateArray().Select(s => s.GetString()).Should().Equal("CAR-01", "CAR-02");
        var f1 = trends.GetProperty("facilities").EnumerateArray().Single(f => f.GetProperty("facility").GetString() == "F1 Home");
        f1.GetProperty("points")[2].GetProperty("standards").GetProperty("repeated").EnumerateArray().Select(s => s.GetString()).Should().Equal("SAF-02");
    }

    [Test]
    public async Task Trends_DistrictsAndOperators_AddUpTheirFacilities()
    {
        var trends = await HeadquartersData.GetJsonAsync(_analyst, "/api/comparison/trends?serviceType=elderly-care-home");

        var center = trends.GetProperty("districts").EnumerateArray().Single(d => d.GetProperty("key").GetString() == "center").GetProperty("points")[1];
        center.GetProperty("meanScore").GetDecimal().Should().Be(0.416667m);
        Movements(center).Should().Be((2, 0, 2, 0, 0));
        var a = trends.GetProperty("operators").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "Operator A").GetProperty("points")[1];
        Movements(a).Should().Be((2, 0, 2, 1, 0));
    }

    [Test]
    public async Task Trends_FewerCycles_StillComparesWithTheCycleBefore()
    {
        var trends = await HeadquartersData.GetJsonAsync(_analyst, "/api/comparison/trends?serviceType=elderly-care-home&cycles=2");

        trends.GetProperty("cycles").GetArrayLength().Should().Be(2);
        Movements(trends.GetProperty("national").GetProperty("points")[0]).Should().Be((2, 0, 2, 1, 0));
    }

    private static (int New, int Repeated, int Persisting, int Resolved, int Unverified) Movements(JsonElement point)
    {
        var m = point.GetProperty("movements");
        return (m.GetProperty("new").GetInt32(), m.GetProperty("repeated").GetInt32(), m.GetProperty("persisting").GetInt32(),
            m.GetProperty("resolved").GetInt32(), m.GetProperty("unverified").GetInt32());
    }
}
