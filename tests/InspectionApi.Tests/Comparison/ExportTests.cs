using System.IO.Compression;
using System.Net;
using System.Text;
using System.Xml.Linq;

namespace Inspection.Api.Tests.Comparison;

/// <summary>The comparison of C1 as CSV and XLSX: Hebrew headers, numbers as numbers, and only what the reader may see.</summary>
public sealed class ExportTests
{
    private static readonly XNamespace Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private HeadquartersData _data = null!;

    [OneTimeSetUp]
    public async Task Seed() => _data = await HeadquartersData.CreateAsync();

    [OneTimeTearDown]
    public void Stop() => _data.Dispose();

    [Test]
    public async Task ExportCsv_Analyst_HebrewHeadersAndInvariantNumbers()
    {
        using var analyst = await _data.ClientAsync("analyst");

        var response = await analyst.GetAsync($"/api/comparison/export/csv?cycleId={_data.Cycles["C1"]}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(Encoding.UTF8.Preamble.ToArray());
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(5);
        var headers = lines[0].Split(',');
        headers.Should().Contain(["מתקן", "ציון כולל", "דירוג", "אחוזון", "ליקויים בדרגה A", "בטיחות", "טיפול"]);
        var f4 = lines.Single(l => l.Contains("F4 Home", StringComparison.Ordinal)).Split(',');
        f4[Array.IndexOf(headers, "ציון כולל")].Should().StartWith("0.8333");
        f4[Array.IndexOf(headers, "אחוזון")].Should().Be("66.67");
        f4[Array.IndexOf(headers, "טיפול")].Should().Be("0.5");
        f4[Array.IndexOf(headers, "ביקורת")].Should().Be($"/api/inspections/{_data.Inspections["F4/C1"]}");
    }

    [Test]
    public async Task ExportXlsx_Analyst_WritesNumbersAsNumericCells()
    {
        using var analyst = await _data.ClientAsync("analyst");

        var response = await analyst.GetAsync($"/api/comparison/export/xlsx?cycleId={_data.Cycles["C1"]}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var sheet = XDocument.Load(zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Open());
        var rows = sheet.Descendants(Sheet + "row").Select(r => r.Elements(Sheet + "c").ToList()).ToList();
        rows.Should().HaveCount(5);
        var headers = rows[0].Select(Text).ToList();
        headers.Should().Contain(["מתקן", "ציון כולל", "בטיחות"]);
        var f4 = rows.Single(r => r.Any(c => Text(c) == "F4 Home"));
        var score = f4[headers.IndexOf("ציון כולל")];
        score.Attribute("t").Should().BeNull("a number is a numeric cell, not text");
        decimal.Parse(score.Element(Sheet + "v")!.Value, System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(0.833333m, 0.000001m);
        f4[headers.IndexOf("ליקויים")].Element(Sheet + "v")!.Value.Should().Be("1");
    }

    [Test]
    public async Task ExportCsv_Provider_NamesOnlyItsOwnFacilities()
    {
        using var provider = await _data.ClientAsync("provider.a");

        var text = await provider.GetStringAsync($"/api/comparison/export/csv?cycleId={_data.Cycles["C1"]}");

        text.Should().Contain("F1 Home").And.Contain("F3 Home").And.Contain("מתקן עמית 1").And.NotContain("F2 Home").And.NotContain(_data.Inspections["F2/C1"].ToString());
    }

    [Test]
    public async Task Export_UnknownFormat_Is404()
    {
        using var analyst = await _data.ClientAsync("analyst");

        (await analyst.GetAsync($"/api/comparison/export/pdf?cycleId={_data.Cycles["C1"]}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static string Text(XElement cell) => string.Concat(cell.Descendants(Sheet + "t").Select(t => t.Value)) is { Length: > 0 } inline
        ? inline
        : cell.Element(Sheet + "v")?.Value ?? string.Empty;
}
