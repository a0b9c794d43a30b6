using System.Text.Json;
using Inspection.Standards.Versioning;

namespace Inspection.Standards.Tests.Versioning;

public class ContentHashTests
{
    private static CatalogText Minimal => CatalogText.Minimal;

    private static string MinimalHash => HashOf(Minimal);

    [Test]
    public void Of_RuleSet_IsSha256InLowerCaseHex()
    {
        ContentHash.Of(Minimal.LoadValid()).Should().MatchRegex("^sha256:[0-9a-f]{64}$");
    }

    [Test]
    public void Of_SameFileLoadedTwice_IsTheSame()
    {
        ContentHash.Of(Minimal.LoadValid()).Should().Be(ContentHash.Of(Minimal.LoadValid()));
    }

    [TestCase("standards:\n", "# Institution-level standards first.\nstandards:\n", TestName = "Of_CommentAdded_IsTheSame")]
    [TestCase("rule: r.has_wound_plan\n", "rule: r.has_wound_plan   # one resident at a time\n", TestName = "Of_TrailingCommentAdded_IsTheSame")]
    [TestCase("domains:\n", "\n\ndomains:\n", TestName = "Of_BlankLinesAdded_IsTheSame")]
    [TestCase("{ severity: minor,    scope: isolated,   grade: A }", "{severity: minor, scope: isolated, grade: A}", TestName = "Of_SpacingChanged_IsTheSame")]
    [TestCase("    severity: critical\n    scope: widespread\n    weight: 3\n", "    weight: 3\n    scope: widespread\n    severity: critical\n",
        TestName = "Of_StandardKeysReordered_IsTheSame")]
    [TestCase("id: test-home\nserviceType: elderly-care-home\n", "serviceType: elderly-care-home\nid: test-home\n", TestName = "Of_TopKeysReordered_IsTheSame")]
    [TestCase("title: { he: בית בדיקה, en: Test home }", "title: { en: Test home, he: בית בדיקה }", TestName = "Of_LanguagesReordered_IsTheSame")]
    [TestCase("title: { he: בית בדיקה, en: Test home }", "title:\n  he: בית בדיקה\n  en: Test home", TestName = "Of_FlowMappingWrittenAsBlock_IsTheSame")]
    [TestCase("    evidence: [resident-file]", "    evidence:\n      - resident-file", TestName = "Of_FlowListWrittenAsBlock_IsTheSame")]
    [TestCase("    reason:\n        he: נמצא ליקוי המהווה סכנה מיידית לשלום הדיירים\n        en: A deficiency places residents in immediate jeopardy",
        "    reason: { he: נמצא ליקוי המהווה סכנה מיידית לשלום הדיירים, en: A deficiency places residents in immediate jeopardy }",
        TestName = "Of_BlockMappingWrittenAsFlow_IsTheSame")]
    [TestCase("bar: 0.8", "bar: 0.80", TestName = "Of_TrailingZeroInBar_IsTheSame")]
    [TestCase("    weight: 3\n", "    weight: 3.0\n", TestName = "Of_WholeWeightWrittenWithDecimals_IsTheSame")]
    [TestCase("minScore: 0,", "minScore: 0.00,", TestName = "Of_ZeroWrittenWithDecimals_IsTheSame")]
    [TestCase("version: 1.0.0", "version: '1.0.0'", TestName = "Of_VersionQuoted_IsTheSame")]
    [TestCase("rule: r.has_wound_plan\n", "rule: \"r.has_wound_plan\"\n", TestName = "Of_RuleQuoted_IsTheSame")]
    [TestCase("status: draft", "status: published", TestName = "Of_DraftPublished_IsTheSame")]
    [TestCase("status: draft", "status: retired", TestName = "Of_VersionRetired_IsTheSame")]
    public void Of_SameContentWrittenDifferently_IsTheSame(string snippet, string replacement)
    {
        HashOf(Minimal.Replace(snippet, replacement)).Should().Be(MinimalHash);
    }

    [Test]
    public void Of_DefaultWrittenOut_IsTheSame()
    {
        HashOf(Minimal.InsertAfter("        source: observation\n", "        required: true\n")).Should().Be(MinimalHash);
    }

    [Test]
    public void Of_TextInComposedAndDecomposedUnicode_IsTheSame()
    {
        var composed = Minimal.Replace("en: Test home }", "en: Test h\u00f4me }");
        var decomposed = Minimal.Replace("en: Test home }", "en: Test ho\u0302me }");

        HashOf(decomposed).Should().Be(HashOf(composed));
    }

    [TestCase("en: Test home }", "en: Test house }", TestName = "Of_EnglishWordChanged_Differs")]
    [TestCase("he: בית בדיקה,", "he: בית ניסוי,", TestName = "Of_HebrewWordChanged_Differs")]
    [TestCase("bar: 0.8", "bar: 0.85", TestName = "Of_BarChanged_Differs")]
    [TestCase("    severity: major\n", "    severity: critical\n", TestName = "Of_SeverityChanged_Differs")]
    [TestCase("    weight: 3\n", "    weight: 4\n", TestName = "Of_WeightChanged_Differs")]
    [TestCase("<= 90", "<= 91", TestName = "Of_RuleChanged_Differs")]
    [TestCase("  minimumSample: 3\n", "  minimumSample: 4\n", TestName = "Of_PolicyChanged_Differs")]
    [TestCase("grade: J, immediateJeopardy: true", "grade: J", TestName = "Of_ImmediateJeopardyDropped_Differs")]
    [TestCase("version: 1.0.0", "version: 1.0.1", TestName = "Of_VersionChanged_Differs")]
    [TestCase("effectiveFrom: 2026-01-01", "effectiveFrom: 2026-02-01", TestName = "Of_EffectiveDateChanged_Differs")]
    [TestCase("    evidence: [resident-file]", "    evidence: [resident-file, staff-interview]", TestName = "Of_EvidenceSourceAdded_Differs")]
    [TestCase("    evidence: [resident-file]", "    evidence: [resident-file]\n    guidance: { he: לבדוק בתיק, en: Check the file }",
        TestName = "Of_GuidanceAdded_Differs")]
    public void Of_ContentChanged_Differs(string snippet, string replacement)
    {
        HashOf(Minimal.Replace(snippet, replacement)).Should().NotBe(MinimalHash);
    }

    [Test]
    public void Of_StandardsReordered_Differs()
    {
        var saf01 = Minimal.Between("  - code: SAF-01\n", "  - code: SAF-02\n");
        var saf02 = Minimal.Between("  - code: SAF-02\n", "  - code: CAR-01\n");

        HashOf(Minimal.Replace(saf01 + saf02, saf02 + saf01)).Should().NotBe(MinimalHash);
    }

    [Test]
    public void Of_OptionsReordered_Differs()
    {
        const string Monthly = "          - { value: monthly, label: { he: חודשית, en: Monthly } }\n";
        const string Yearly = "          - { value: yearly, label: { he: שנתית, en: Yearly } }\n";

        HashOf(Minimal.Replace(Monthly + Yearly, Yearly + Monthly)).Should().NotBe(MinimalHash);
    }

    [Test]
    public void CanonicalForm_RuleSet_LeavesOutStatusAndDerivedProperties()
    {
        using var canonical = JsonDocument.Parse(ContentHash.CanonicalForm(Minimal.LoadValid()));

        canonical.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "serviceType", "version", "effectiveFrom", "title", "description", "policy", "domains", "tracers", "instruments", "standards");
    }

    [Test]
    public void CanonicalForm_RuleSet_WritesCatalogNamesAndShortestNumbers()
    {
        var ruleSet = Minimal.Replace("bar: 0.8", "bar: 0.800").LoadValid();
        using var canonical = JsonDocument.Parse(ContentHash.CanonicalForm(ruleSet));

        var standard = canonical.RootElement.GetProperty("standards")[3];
        standard.GetProperty("bar").GetRawText().Should().Be("0.8");
        standard.GetProperty("level").GetString().Should().Be("resident");
        standard.GetProperty("evidence")[0].GetString().Should().Be("resident-file");
        canonical.RootElement.GetProperty("version").GetRawText().Should().Be("""{"major":1,"minor":0,"patch":0}""");
    }

    private static string HashOf(CatalogText catalog) => ContentHash.Of(catalog.LoadValid());
}
