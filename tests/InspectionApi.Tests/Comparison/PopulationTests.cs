namespace Inspection.Api.Tests.Comparison;

/// <summary>The population served in C1 of <see cref="HeadquartersData"/>: tracer census, prevalence and resident characteristics, by hand.</summary>
public sealed class PopulationTests
{
    private HeadquartersData _data = null!;

    [OneTimeSetUp]
    public async Task Seed() => _data = await HeadquartersData.CreateAsync();

    [OneTimeTearDown]
    public void Stop() => _data.Dispose();

    [Test]
    public async Task Population_Cycle_GivesCensusAndPrevalencePerFacilityAndNationally()
    {
        using var analyst = await _data.ClientAsync("analyst");

        var part = (await HeadquartersData.GetJsonAsync(analyst, $"/api/comparison/population?cycleId={_data.Cycles["C1"]}")).GetProperty("serviceTypes")[0];

        var facilities = part.GetProperty("facilities").EnumerateArray().ToDictionary(f => f.GetProperty("facility").GetString()!, f => f);
        (int, int, decimal) Row(string name) => (facilities[name].GetProperty("residents").GetInt32(),
            facilities[name].GetProperty("census").GetProperty("t1").GetInt32(), facilities[name].GetProperty("prevalence").GetProperty("t1").GetDecimal());
        Row("F1 Home").Should().Be((20, 5, 0.25m));
        Row("F2 Home").Should().Be((40, 10, 0.25m));
        Row("F3 Home").Should().Be((80, 8, 0.1m));
        Row("F4 Home").Should().Be((25, 5, 0.2m), "with no head count answered, the 25 places stand in");
        facilities["F4 Home"].GetProperty("residentsFromCapacity").GetBoolean().Should().BeTrue();
        facilities["F1 Home"].GetProperty("inspectionId").GetGuid().Should().Be(_data.Inspections["F1/C1"]);

        var national = part.GetProperty("national");
        national.GetProperty("residents").GetInt32().Should().Be(165);
        national.GetProperty("census").GetProperty("t1").GetInt32().Should().Be(28);
        national.GetProperty("prevalence").GetProperty("t1").GetDecimal().Should().Be(0.169697m);
        national.GetProperty("sampledResidents").GetInt32().Should().Be(5);
    }

    [Test]
    public async Task Population_Characteristics_AreTheQuestionsThatIdentifyTracers()
    {
        using var analyst = await _data.ClientAsync("analyst");

        var part = (await HeadquartersData.GetJsonAsync(analyst, $"/api/comparison/population?cycleId={_data.Cycles["C1"]}&lang=en")).GetProperty("serviceTypes")[0];

        part.GetProperty("characteristics").EnumerateArray().Select(c => c.GetProperty("code").GetString()).Should().Equal("has_t1");
        var hasTracer = part.GetProperty("national").GetProperty("characteristics").GetProperty("has_t1");
        (hasTracer.GetProperty("answered").GetInt32(), hasTracer.GetProperty("shareYes").GetDecimal()).Should().Be((5, 0.8m));
        var center = part.GetProperty("districts").EnumerateArray().Single(d => d.GetProperty("key").GetString() == "center");
        center.GetProperty("prevalence").GetProperty("t1").GetDecimal().Should().Be(0.12381m, "13 of 105 residents");
    }

    [Test]
    public async Task Population_Provider_SeesPeersAnonymised()
    {
        using var provider = await _data.ClientAsync("provider.b");

        var part = (await HeadquartersData.GetJsonAsync(provider, $"/api/comparison/population?cycleId={_data.Cycles["C1"]}")).GetProperty("serviceTypes")[0];

        part.GetProperty("facilities").EnumerateArray().Where(f => !f.GetProperty("anonymised").GetBoolean())
            .Select(f => f.GetProperty("facility").GetString()).Should().Equal("F2 Home", "F4 Home");
        part.GetRawText().Should().NotContain("F1 Home").And.NotContain(_data.Inspections["F1/C1"].ToString());
    }
}
