using Inspection.Standards.Diagnostics;
using Inspection.Standards.Loading;

namespace Inspection.Standards.Tests.Loading;

public class CatalogDiagnosticTests
{
    [Test]
    public void ToString_WithPath_ReadsFileLineColumnPathMessage()
    {
        new CatalogDiagnostic("a.yaml", 12, 5, "standards[0].bar", "too high").ToString()
            .Should().Be("a.yaml:12:5: standards[0].bar: too high");
    }

    [Test]
    public void ToString_WithoutPath_ReadsFileLineColumnMessage()
    {
        new CatalogDiagnostic("a.yaml", 3, 1, string.Empty, "this is not valid YAML").ToString()
            .Should().Be("a.yaml:3:1: this is not valid YAML");
    }

    [Test]
    public void At_Location_TakesFileLineAndColumnFromIt()
    {
        CatalogDiagnostic.At(new SourceLocation("a.yaml", 7, 9), "id", "bad")
            .Should().Be(new CatalogDiagnostic("a.yaml", 7, 9, "id", "bad"));
    }
}
