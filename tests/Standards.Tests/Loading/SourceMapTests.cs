using Inspection.Standards.Diagnostics;
using Inspection.Standards.Loading;

namespace Inspection.Standards.Tests.Loading;

public class SourceMapTests
{
    private static CatalogText Minimal => CatalogText.Minimal;

    [Test]
    public void Locate_RecordedValue_IsWhereTheValueStarts()
    {
        var map = Minimal.Load().SourceMap;

        map.Locate("standards[3].rule").Should().Be(Minimal.Locate("rule: r.has_wound_plan", "r.has_wound_plan"));
        map.Locate("standards[3]").Should().Be(Minimal.Locate("code: CAR-02"));
        map.Locate("policy.ratingCaps[1].reason").Should().Be(Minimal.Locate("he: נמצא ליקוי"));
    }

    [Test]
    public void Locate_PathNeverRecorded_FallsBackToTheNearestRecordedAncestor()
    {
        var map = Minimal.Load().SourceMap;

        map.Locate("standards[3].guidance").Should().Be(map.Locate("standards[3]"));
        map.Locate("standards[3].guidance.en").Should().Be(map.Locate("standards[3]"));
    }

    [Test]
    public void Locate_UnknownTopLevelPath_IsWhereTheRuleSetStarts()
    {
        Minimal.Load().SourceMap.Locate("nothing").Should().Be(Minimal.Locate("id: test-home"));
    }

    [Test]
    public void Locate_NothingRecorded_IsTheStartOfTheFile()
    {
        new SourceMap("empty.yaml").Locate("standards[0]").Should().Be(new SourceLocation("empty.yaml", 1, 1));
    }

    [Test]
    public void LocateWithin_SingleLineExpression_CountsColumnsIntoTheText()
    {
        var map = Minimal.Load().SourceMap;
        var rule = Minimal.LoadValid().Standards[2].Rule;

        map.LocateWithin("standards[2].rule", rule.IndexOf("Has", StringComparison.Ordinal))
            .Should().Be(Minimal.Locate("&& Has(q.activities", "Has"));
    }

    [Test]
    public void Error_Path_IsADiagnosticAtTheNode()
    {
        var map = Minimal.Load().SourceMap;

        map.Error("standards[0].weight", "too heavy").Should().Be(Minimal.Problem("standards[0].weight", "too heavy", at: "weight: 3", node: "3"));
    }
}
