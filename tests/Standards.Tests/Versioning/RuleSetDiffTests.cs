using Inspection.Standards.Model;
using Inspection.Standards.Versioning;

namespace Inspection.Standards.Tests.Versioning;

public class RuleSetDiffTests
{
    private static CatalogText Minimal => CatalogText.Minimal;

    private static RuleSet Older => Minimal.LoadValid();

    [Test]
    public void Compare_IdenticalVersions_IsEmpty()
    {
        var diff = RuleSetDiff.Compare(Older, Older);

        diff.IsEmpty.Should().BeTrue();
        diff.Changes.Should().BeEmpty();
        diff.Describe().Should().Equal("test-home@1.0.0 -> test-home@1.0.0: no changes");
    }

    [Test]
    public void Compare_SameContentWrittenDifferently_IsEmpty()
    {
        var newer = Minimal
            .Replace("bar: 0.8", "bar: 0.80")
            .Replace("title: { he: בית בדיקה, en: Test home }", "title:\n  en: Test home\n  he: בית בדיקה")
            .Replace("status: draft", "status: published")
            .LoadValid();

        RuleSetDiff.Compare(Older, newer).IsEmpty.Should().BeTrue();
    }

    [Test]
    public void Compare_NewerVersion_NamesBothVersions()
    {
        var newer = Minimal.Replace("version: 1.0.0", "version: 1.1.0").LoadValid();

        var diff = RuleSetDiff.Compare(Older, newer);

        diff.Should().BeEquivalentTo(new { From = "test-home@1.0.0", To = "test-home@1.1.0" });
        diff.Describe().First().Should().Be("test-home@1.0.0 -> test-home@1.1.0: no changes");
    }

    [Test]
    public void Compare_StandardAdded_ListsItAsAdded()
    {
        var older = Older;
        var newer = older with { Standards = [.. older.Standards, older.Standards[0] with { Code = "SAF-03" }] };

        var diff = RuleSetDiff.Compare(older, newer);

        ShouldList(diff, new RuleSetChange(CatalogElement.Standard, "SAF-03", ChangeKind.Added, []));
        diff.Describe().Should().Equal("test-home@1.0.0 -> test-home@1.0.0: 1 change(s)", "+ standard SAF-03");
    }

    [Test]
    public void Compare_StandardRemoved_ListsItAsRemoved()
    {
        var older = Older;
        var newer = older with { Standards = older.Standards.Where(s => s.Code != "SAF-02").ToList() };

        var diff = RuleSetDiff.Compare(older, newer);

        ShouldList(diff, new RuleSetChange(CatalogElement.Standard, "SAF-02", ChangeKind.Removed, []));
        diff.Describe().Skip(1).Should().Equal("- standard SAF-02");
    }

    [TestCase("bar: 0.8", "bar: 0.9", "CAR-02", "bar", "0.8", "0.9", TestName = "Compare_BarChanged_ListsTheBar")]
    [TestCase("    severity: minor\n    scope: pattern", "    severity: major\n    scope: pattern", "SAF-02", "severity", "minor", "major",
        TestName = "Compare_SeverityChanged_ListsTheSeverity")]
    [TestCase("    weight: 3\n", "    weight: 2.5\n", "SAF-01", "weight", "3", "2.5", TestName = "Compare_WeightChanged_ListsTheWeight")]
    [TestCase("<= 90", "<= 60", "SAF-01", "rule", "DaysSince(q.fire_drill_date) <= 90", "DaysSince(q.fire_drill_date) <= 60",
        TestName = "Compare_RuleChanged_ListsTheRule")]
    [TestCase("    scope: widespread\n    weight: 1\n", "    scope: pattern\n    weight: 1\n", "CAR-01", "scope", "widespread", "pattern",
        TestName = "Compare_ScopeChanged_ListsTheScope")]
    [TestCase("en: Monthly menu review }", "en: Menu reviewed monthly }", "SAF-02", "title", "Monthly menu review | בדיקת תפריט חודשית",
        "Menu reviewed monthly | בדיקת תפריט חודשית", TestName = "Compare_TitleChanged_ListsBothLanguages")]
    [TestCase("    evidence: [resident-file]", "    evidence: [resident-file, resident-interview]", "CAR-02", "evidence", "resident-file",
        "resident-file, resident-interview", TestName = "Compare_EvidenceAdded_ListsTheEvidence")]
    [TestCase("    bar: 0.8\n", "    bar: 0.8\n    minimumSample: 5\n", "CAR-02", "minimumSample", "", "5",
        TestName = "Compare_MinimumSampleAdded_ListsItAgainstNothing")]
    public void Compare_StandardFieldChanged_ListsTheFieldBeforeAndAfter(
        string snippet, string replacement, string code, string field, string before, string after)
    {
        var change = RuleSetDiff.Compare(Older, Minimal.Replace(snippet, replacement).LoadValid()).Changes.Should().ContainSingle().Subject;

        change.Should().BeEquivalentTo(new { Element = CatalogElement.Standard, Code = code, Kind = ChangeKind.Changed });
        change.Fields.Should().Equal(new FieldChange(field, before, after));
    }

    [Test]
    public void Compare_SeveralFieldsOfAStandardChanged_ListsEachFieldUnderOneChange()
    {
        var newer = Minimal.Replace("bar: 0.8", "bar: 0.9").Replace("    severity: major\n", "    severity: critical\n").LoadValid();

        var diff = RuleSetDiff.Compare(Older, newer);

        diff.Changes.Should().ContainSingle().Which.Fields.Should().Equal(
            new FieldChange("bar", "0.8", "0.9"),
            new FieldChange("severity", "major", "critical"));
        diff.Describe().Should().Equal(
            "test-home@1.0.0 -> test-home@1.0.0: 1 change(s)",
            "~ standard CAR-02",
            "    bar: 0.8 -> 0.9",
            "    severity: major -> critical");
    }

    [Test]
    public void Describe_FieldAddedOrRemoved_ShowsNone()
    {
        var newer = Minimal.InsertAfter("    title: { he: מגוון פעילויות, en: Varied activities }\n", "    applicability: q.has_kitchen\n").LoadValid();

        RuleSetDiff.Compare(Older, newer).Describe().Skip(1).Should().Equal("~ standard CAR-01", "    applicability: (none) -> q.has_kitchen");
        RuleSetDiff.Compare(newer, Older).Describe().Skip(1).Should().Equal("~ standard CAR-01", "    applicability: q.has_kitchen -> (none)");
    }

    [Test]
    public void Compare_QuestionAddedAndRemoved_ListsBoth()
    {
        var older = Older;
        var institution = older.Instruments[0];
        var renamed = institution.Questions[1] with { Code = "has_own_kitchen" };
        var newer = older with
        {
            Instruments = [institution with { Questions = [.. institution.Questions.Where(q => q.Code != "has_kitchen"), renamed] }, older.Instruments[1]],
        };

        ShouldList(RuleSetDiff.Compare(older, newer),
            new RuleSetChange(CatalogElement.Question, "has_kitchen", ChangeKind.Removed, []),
            new RuleSetChange(CatalogElement.Question, "has_own_kitchen", ChangeKind.Added, []));
    }

    [TestCase("max: 23", "max: 24", "braden_score", "max", "23", "24", TestName = "Compare_QuestionRangeChanged_ListsTheBound")]
    [TestCase("        source: observation\n", "        source: staff-interview\n", "has_kitchen", "source", "observation", "staff-interview",
        TestName = "Compare_QuestionSourceChanged_ListsTheSource")]
    [TestCase("showIf: q.has_kitchen", "showIf: q.has_kitchen == true", "menu_review", "showIf", "q.has_kitchen", "q.has_kitchen == true",
        TestName = "Compare_QuestionConditionChanged_ListsTheCondition")]
    [TestCase("{ value: yearly, label: { he: שנתית, en: Yearly } }", "{ value: quarterly, label: { he: רבעונית, en: Quarterly } }", "menu_review", "options",
        "monthly (Monthly | חודשית), yearly (Yearly | שנתית)", "monthly (Monthly | חודשית), quarterly (Quarterly | רבעונית)",
        TestName = "Compare_QuestionOptionChanged_ListsTheOptions")]
    public void Compare_QuestionFieldChanged_ListsTheFieldBeforeAndAfter(
        string snippet, string replacement, string code, string field, string before, string after)
    {
        var change = RuleSetDiff.Compare(Older, Minimal.Replace(snippet, replacement).LoadValid()).Changes.Should().ContainSingle().Subject;

        change.Should().BeEquivalentTo(new { Element = CatalogElement.Question, Code = code, Kind = ChangeKind.Changed });
        change.Fields.Should().Equal(new FieldChange(field, before, after));
    }

    [Test]
    public void Compare_TracerAdded_ListsItAsAdded()
    {
        var older = Older;
        var newer = older with { Tracers = [.. older.Tracers, new Tracer("falls", new("נפילות", "Falls"), "r.braden_score <= 9", LocalizedText.Empty)] };

        ShouldList(RuleSetDiff.Compare(older, newer), new RuleSetChange(CatalogElement.Tracer, "falls", ChangeKind.Added, []));
        RuleSetDiff.Compare(older, newer).Describe().Last().Should().Be("+ tracer falls");
    }

    [Test]
    public void Compare_TracerRemoved_ListsItAsRemoved()
    {
        var older = Older;
        var newer = older with { Tracers = [] };

        ShouldList(RuleSetDiff.Compare(older, newer), new RuleSetChange(CatalogElement.Tracer, "pressure-injury", ChangeKind.Removed, []));
    }

    [Test]
    public void Compare_TracerConditionChanged_ListsTheCondition()
    {
        var newer = Minimal.Replace("r.braden_score <= 12", "r.braden_score <= 14").LoadValid();

        var change = RuleSetDiff.Compare(Older, newer).Changes.Should().ContainSingle().Subject;

        change.Should().BeEquivalentTo(new { Element = CatalogElement.Tracer, Code = "pressure-injury", Kind = ChangeKind.Changed });
        change.Fields.Should().Equal(new FieldChange("identifiedBy", "r.has_pressure_injury || r.braden_score <= 12", "r.has_pressure_injury || r.braden_score <= 14"));
    }

    [Test]
    public void Compare_DomainWeightChanged_ListsTheWeight()
    {
        var newer = Minimal.Replace("{ code: safety, weight: 2,", "{ code: safety, weight: 3,").LoadValid();

        var change = RuleSetDiff.Compare(Older, newer).Changes.Should().ContainSingle().Subject;

        change.Should().BeEquivalentTo(new { Element = CatalogElement.Domain, Code = "safety", Kind = ChangeKind.Changed });
        change.Fields.Should().Equal(new FieldChange("weight", "2", "3"));
    }

    [Test]
    public void Compare_PolicyChanged_ListsEachPolicyField()
    {
        var newer = Minimal.Replace("  minimumSample: 3\n", "  minimumSample: 5\n").Replace("widespread: 0.5 }", "widespread: 0.6 }").LoadValid();

        var change = RuleSetDiff.Compare(Older, newer).Changes.Should().ContainSingle().Subject;

        change.Should().BeEquivalentTo(new { Element = CatalogElement.Policy, Code = "policy", Kind = ChangeKind.Changed });
        change.Fields.Should().Equal(
            new FieldChange("minimumSample", "3", "5"),
            new FieldChange("scopeCutPoints", "pattern 0.2, widespread 0.5", "pattern 0.2, widespread 0.6"));
    }

    [Test]
    public void Compare_ChangesOfEveryKind_ListsPolicyDomainsTracersQuestionsThenStandards()
    {
        var older = Older;
        var newer = Minimal
            .Replace("bar: 0.8", "bar: 0.9")
            .Replace("max: 23", "max: 24")
            .Replace("r.braden_score <= 12", "r.braden_score <= 14")
            .Replace("{ code: care, weight: 1,", "{ code: care, weight: 2,")
            .Replace("  minimumSample: 3\n", "  minimumSample: 4\n")
            .LoadValid();
        newer = newer with { Standards = newer.Standards.Where(s => s.Code != "SAF-02").ToList() };

        RuleSetDiff.Compare(older, newer).Changes.Select(c => (c.Element, c.Code, c.Kind)).Should().Equal(
            (CatalogElement.Policy, "policy", ChangeKind.Changed),
            (CatalogElement.Domain, "care", ChangeKind.Changed),
            (CatalogElement.Tracer, "pressure-injury", ChangeKind.Changed),
            (CatalogElement.Question, "braden_score", ChangeKind.Changed),
            (CatalogElement.Standard, "SAF-02", ChangeKind.Removed),
            (CatalogElement.Standard, "CAR-02", ChangeKind.Changed));
    }

    private static void ShouldList(RuleSetDiff diff, params RuleSetChange[] expected) =>
        diff.Changes.Should().BeEquivalentTo(expected, options => options.WithStrictOrdering());
}
