using System.Text.Json;

namespace Inspection.Api.Tests.Comparison;

/// <summary>
/// Self-assessment agreement in C1's period of <see cref="HeadquartersData"/>, by hand. Provider x supervisor
/// tables (both met, over-rated, under-rated, both not met): F1 (3, 0, 1, 0), F3 (0, 4, 0, 0), F4 (2, 0, 1, 1).
/// </summary>
public sealed class AgreementTests
{
    private HeadquartersData _data = null!;
    private JsonElement _agreement;

    [OneTimeSetUp]
    public async Task Seed()
    {
        _data = await HeadquartersData.CreateAsync();
        using var analyst = await _data.ClientAsync("analyst");
        _agreement = await HeadquartersData.GetJsonAsync(analyst, $"/api/comparison/agreement?cycleId={_data.Cycles["C1"]}&lang=en");
    }

    [OneTimeTearDown]
    public void Stop() => _data.Dispose();

    [Test]
    public void Agreement_National_PoolsEveryPairIntoOneTable()
    {
        var national = _agreement.GetProperty("national");

        national.GetProperty("pairs").GetInt32().Should().Be(3);
        Table(national).Should().Be((12, 5, 4, 2, 1));
        national.GetProperty("agreement").GetProperty("agreementRate").GetDecimal().Should().Be(0.5m);
        national.GetProperty("agreement").GetProperty("kappa").GetDecimal().Should().Be(-0.090909m, "po = 1/2, pe = 3/4 x 7/12 + 1/4 x 5/12 = 13/24, kappa = -1/11");
    }

    [Test]
    public void Agreement_PerFacilityOperatorAndDistrict_HasRateAndKappa()
    {
        Figures("facilities", "F1 Home").Should().Be((0.75m, 0m));
        Figures("facilities", "F3 Home").Should().Be((0m, 0m));
        Figures("facilities", "F4 Home").Should().Be((0.75m, 0.5m));
        Figures("operators", "Operator A").Should().Be((0.375m, -0.25m));
        Figures("operators", "Operator B").Should().Be((0.75m, 0.5m));
        Figures("districts", "center").Should().Be((0.375m, -0.111111m));
        Figures("districts", "north").Should().Be((0.75m, 0m));
    }

    [Test]
    public void Agreement_PerStandard_CountsOverAndUnderRating()
    {
        var standards = _agreement.GetProperty("standards").EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!, s => s);

        Table(standards["SAF-02"]).Should().Be((3, 0, 1, 2, 0));
        standards["SAF-02"].GetProperty("agreement").GetProperty("kappa").GetDecimal().Should().Be(-0.8m);
        Table(standards["SAF-01"]).Should().Be((3, 2, 1, 0, 0));
        standards["SAF-01"].GetProperty("agreement").GetProperty("kappa").GetDecimal().Should().Be(0m);
        standards["SAF-01"].GetProperty("title").GetString().Should().Be("Safety A");
    }

    [Test]
    public void Agreement_Pairs_NameTheNearestInspectionAndTheStandardsMisjudged()
    {
        var pairs = _agreement.GetProperty("pairs").EnumerateArray().ToDictionary(p => p.GetProperty("facility").GetString()!, p => p);

        pairs["F1 Home"].GetProperty("inspectionId").GetGuid().Should().Be(_data.Inspections["F1/C1"], "of C0, C1 and C2 the C1 visit is nearest to the self-assessment");
        pairs["F1 Home"].GetProperty("selfAssessmentId").GetGuid().Should().Be(_data.SelfAssessments["F1"]);
        pairs["F1 Home"].GetProperty("daysApart").GetInt32().Should().Be(14);
        pairs["F1 Home"].GetProperty("underRated").EnumerateArray().Select(s => s.GetString()).Should().Equal("SAF-02");
        pairs["F3 Home"].GetProperty("overRated").EnumerateArray().Select(s => s.GetString()).Should().Equal("CAR-01", "CAR-02", "SAF-01", "SAF-02");
        pairs["F3 Home"].GetProperty("inspectionId").GetGuid().Should().Be(_data.Inspections["F3/C1"]);
        _agreement.GetProperty("unpaired").GetArrayLength().Should().Be(0);
    }

    private (decimal Rate, decimal Kappa) Figures(string group, string name)
    {
        var agreement = _agreement.GetProperty(group).EnumerateArray().Single(g => g.GetProperty("name").GetString() == name).GetProperty("agreement");
        return (agreement.GetProperty("agreementRate").GetDecimal(), agreement.GetProperty("kappa").GetDecimal());
    }

    private static (int Standards, int BothMet, int OverRated, int UnderRated, int BothNotMet) Table(JsonElement owner)
    {
        var a = owner.GetProperty("agreement");
        return (a.GetProperty("standards").GetInt32(), a.GetProperty("bothMet").GetInt32(), a.GetProperty("overRated").GetInt32(),
            a.GetProperty("underRated").GetInt32(), a.GetProperty("bothNotMet").GetInt32());
    }
}
