using Inspection.Reports.Components;
using Inspection.Reports.Models;
using Inspection.Reports.Tests.Pdf;
using Inspection.Standards.Model;

namespace Inspection.Reports.Tests;

/// <summary>
/// The compliance report's table by standard type (structure, process, outcome), printed by Chromium and read
/// back with PdfPig in both languages: one row per type with the Engine's figures.
/// </summary>
[TestFixture(ReportLanguage.Hebrew)]
[TestFixture(ReportLanguage.English)]
public class StandardTypeSectionTests(ReportLanguage language)
{
    private ComplianceReport _report = null!;
    private Printed _printed = null!;

    [OneTimeSetUp]
    public async Task Print()
    {
        _report = ReportsSetUp.Samples.Compliance();
        _printed = await SampleReport.Print("compliance", language);
    }

    private string T(LocalizedText text) => language == ReportLanguage.Hebrew ? text.He : text.En;

    [Test]
    public void Build_SampleInspection_HasTheThreeTypesWithJudgedStandardsOfEach()
    {
        var lines = _report.Summary.ByStandardType;

        lines.Select(l => l.Type).Should().Equal(StandardType.Structure, StandardType.Process, StandardType.Outcome);
        lines.Should().OnlyContain(l => l.Judged > 0 && l.Score != null, "the sample catalog has standards of every type, and the sample judges some of each");
        lines.Sum(l => l.Standards).Should().Be(_report.Findings.Count());
        lines.Sum(l => l.Contribution).Should().BeApproximately(_report.Summary.OverallScore!.Value, 0.0000001m);
    }

    [Test]
    public void Print_SampleInspection_TableByStandardTypeWithARowPerType()
    {
        _printed.Read.Contains(T(StandardTypeLabels.Heading)).Should().BeTrue();
        _printed.Read.Contains($"{T(StandardTypeLabels.Type)} {T(StandardTypeLabels.Standards)} {T(StandardTypeLabels.Judged)} {T(StandardTypeLabels.Met)} {T(StandardTypeLabels.Score)}")
            .Should().BeTrue("the table's header names its columns");
        foreach (var line in _report.Summary.ByStandardType)
        {
            var row = $"{T(line.Title)} {line.Standards} {line.Judged} {line.Met} {Percent(line.Score!.Value)} {Percent(line.Share)} {Percent(line.Contribution)}";
            _printed.Read.Pages.SelectMany(p => p.Lines).Should().Contain(row);
        }
    }

    private static string Percent(decimal share) => (share * 100m).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
