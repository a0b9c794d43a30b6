using System.Net;
using System.Text.Json;

namespace Inspection.Api.Tests.Comparison;

/// <summary>
/// What each role sees of the headquarters figures: providers their own facilities against anonymised
/// peers, supervisors their district, analysts everything; catalog authors nothing.
/// </summary>
public sealed class ComparisonAccessTests
{
    private HeadquartersData _data = null!;

    [OneTimeSetUp]
    public async Task Seed() => _data = await HeadquartersData.CreateAsync();

    [OneTimeTearDown]
    public void Stop() => _data.Dispose();

    [Test]
    public async Task Compare_Provider_SeesOwnFacilitiesByNameAndPeersAnonymised()
    {
        using var provider = await _data.ClientAsync("provider.a");

        var c1 = (await HeadquartersData.GetJsonAsync(provider, $"/api/comparison?cycleId={_data.Cycles["C1"]}&lang=en")).GetProperty("serviceTypes")[0];

        var rows = c1.GetProperty("facilities").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("facility").GetString()).Should().Equal("F1 Home", "Peer facility 1", "Peer facility 2", "F3 Home");
        var peers = rows.Where(r => r.GetProperty("anonymised").GetBoolean()).ToList();
        peers.Should().HaveCount(2).And.OnlyContain(r => r.GetProperty("facilityId").ValueKind == JsonValueKind.Null
            && r.GetProperty("inspectionId").ValueKind == JsonValueKind.Null && r.GetProperty("link").ValueKind == JsonValueKind.Null
            && r.GetProperty("district").ValueKind == JsonValueKind.Null && r.GetProperty("operator").ValueKind == JsonValueKind.Null);
        peers.Select(r => r.GetProperty("overallScore").GetDecimal()).Should().Equal([0.833333m, 0.666667m], (a, b) => Math.Abs(a - b) < 0.000001m);
        c1.GetRawText().Should().NotContain("F2 Home").And.NotContain("F4 Home").And.NotContain(_data.Inspections["F2/C1"].ToString()).And.NotContain("Operator B");
        c1.GetProperty("districts").GetArrayLength().Should().Be(0);
        c1.GetProperty("operators").EnumerateArray().Select(o => o.GetProperty("name").GetString()).Should().Equal("Operator A");
        c1.GetProperty("national").GetProperty("facilities").GetInt32().Should().Be(4, "national figures are made of every result");
        c1.GetProperty("national").GetProperty("inspections").EnumerateArray().Select(e => e.GetGuid())
            .Should().BeEquivalentTo([_data.Inspections["F1/C1"], _data.Inspections["F3/C1"]]);
    }

    [Test]
    public async Task Compare_Supervisor_SeesOnlyTheirDistrict()
    {
        using var supervisor = await _data.ClientAsync("supervisor.north");

        var c1 = (await HeadquartersData.GetJsonAsync(supervisor, $"/api/comparison?cycleId={_data.Cycles["C1"]}")).GetProperty("serviceTypes")[0];

        var rows = c1.GetProperty("facilities").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("facility").GetString()).Should().Equal("F1 Home", "F2 Home");
        rows[1].GetProperty("rank").GetInt32().Should().Be(3, "standing is among every peer");
        c1.GetProperty("districts").EnumerateArray().Select(d => d.GetProperty("key").GetString()).Should().Equal("north");
        c1.GetRawText().Should().NotContain("F3 Home").And.NotContain(_data.Inspections["F4/C1"].ToString());
    }

    [Test]
    public async Task Trends_Provider_SeesOwnFacilitiesOnly()
    {
        using var provider = await _data.ClientAsync("provider.b");

        var trends = await HeadquartersData.GetJsonAsync(provider, "/api/comparison/trends?serviceType=elderly-care-home");

        trends.GetProperty("facilities").EnumerateArray().Select(f => f.GetProperty("facility").GetString()).Should().Equal("F2 Home", "F4 Home");
        trends.GetRawText().Should().NotContain("F1 Home");
    }

    [Test]
    public async Task Agreement_Supervisor_SeesTheirDistrictsPairsOnly()
    {
        using var supervisor = await _data.ClientAsync("supervisor.center");

        var agreement = await HeadquartersData.GetJsonAsync(supervisor, $"/api/comparison/agreement?cycleId={_data.Cycles["C1"]}");

        agreement.GetProperty("pairs").EnumerateArray().Select(p => p.GetProperty("facility").GetString()).Should().Equal("F3 Home", "F4 Home");
        agreement.GetProperty("national").GetProperty("pairs").GetInt32().Should().Be(3);
    }

    [TestCase("/api/comparison?cycleId={C1}")]
    [TestCase("/api/comparison/trends?serviceType=elderly-care-home")]
    [TestCase("/api/comparison/standard-types?serviceType=elderly-care-home")]
    [TestCase("/api/comparison/agreement?cycleId={C1}")]
    [TestCase("/api/comparison/population?cycleId={C1}")]
    [TestCase("/api/comparison/export/csv?cycleId={C1}")]
    public async Task Figures_CatalogAuthor_Is403(string url)
    {
        using var author = await _data.ClientAsync("author");

        var response = await author.GetAsync(url.Replace("{C1}", _data.Cycles["C1"].ToString(), StringComparison.Ordinal));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Figures_Anonymous_Is401()
    {
        using var anonymous = _data.Factory.CreateClient();

        (await anonymous.GetAsync($"/api/comparison?cycleId={_data.Cycles["C1"]}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [TestCase("supervisor.north")]
    [TestCase("provider.a")]
    public async Task WhatIf_NotAnAnalyst_Is403AndStartsNothing(string user)
    {
        using var client = await _data.ClientAsync(user);

        await HeadquartersData.PostJsonAsync(client, "/api/comparison/what-if", new { cycleId = _data.Cycles["C1"], draftVersionId = _data.PublishedVersion }, HttpStatusCode.Forbidden);

        (await _data.Factory.ReadDatabaseAsync(db => Task.FromResult(db.Set<Inspection.Api.Comparison.WhatIf.WhatIfRun>().Count()))).Should().Be(0);
    }
}
