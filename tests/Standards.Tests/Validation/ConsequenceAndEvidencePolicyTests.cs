using Inspection.Standards.Model;
using Inspection.Standards.Versioning;

namespace Inspection.Standards.Tests.Validation;

/// <summary>Consequences and the evidence policy in the catalog format: read, validated with located errors, hashed and compared.</summary>
public class ConsequenceAndEvidencePolicyTests
{
    private const string Consequences = """

        consequences:
          - code: repeated-deficiency
            when: 'f.deficient && p.standard == f.standard'
            then: { raiseGrade: true, followUpWithinDays: 60, escalateTo: district }
            reason: { he: ליקוי חוזר, en: A repeated deficiency }

        """;

    private static CatalogText WithConsequences(string consequences = Consequences) => new(CatalogText.Minimal.Yaml + consequences);

    private static CatalogText WithPolicy(string lines) =>
        CatalogText.Minimal.Replace("        en: A deficiency places residents in immediate jeopardy\n", "        en: A deficiency places residents in immediate jeopardy\n" + lines);

    [Test]
    public void Load_Consequence_ReadWithEveryPart()
    {
        var ruleSet = WithConsequences().LoadValid();

        ruleSet.Consequences.Should().ContainSingle().Which.Should().BeEquivalentTo(new Consequence(
            "repeated-deficiency", "f.deficient && p.standard == f.standard", new ConsequenceAction(60, Escalation.District, true, false),
            new LocalizedText("ליקוי חוזר", "A repeated deficiency")));
    }

    [Test]
    public void Load_EvidencePolicy_ReadAndEffective()
    {
        var policy = WithPolicy("  minimumCoverage: 0.9\n  mustBeJudged: [SAF-01]\n  maxSampledResidents: 40\n").LoadValid().Policy;

        policy.MinimumCoverage.Should().Be(0.9m);
        policy.EffectiveMinimumCoverage.Should().Be(0.9m);
        policy.MustBeJudged.Should().Equal("SAF-01");
        policy.EffectiveMaxSampledResidents.Should().Be(40);
    }

    [Test]
    public void Load_NoEvidencePolicy_Defaults()
    {
        var policy = CatalogText.Minimal.LoadValid().Policy;

        policy.MinimumCoverage.Should().BeNull();
        policy.EffectiveMinimumCoverage.Should().Be(0.8m);
        policy.MustBeJudged.Should().BeNull();
        policy.EffectiveMaxSampledResidents.Should().Be(200);
    }

    [TestCase("  minimumCoverage: 1.5\n", "policy.minimumCoverage", "the minimum coverage is a share between 0 and 1, found 1.5")]
    [TestCase("  mustBeJudged: [NOPE-01]\n", "policy.mustBeJudged[0]", "'NOPE-01' is not a standard of this rule set")]
    [TestCase("  mustBeJudged: [SAF-01, SAF-01]\n", "policy.mustBeJudged[1]", "'SAF-01' is listed twice")]
    [TestCase("  maxSampledResidents: 20000\n", "policy.maxSampledResidents", "the most sampled residents must be at least the minimum sample (3) and at most 10000, found 20000")]
    public void Load_BadEvidencePolicy_LocatedError(string lines, string path, string message)
    {
        var result = WithPolicy(lines).Load();

        result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = path, Message = message });
    }

    [TestCase("then: { raiseGrade: true, followUpWithinDays: 60, escalateTo: district }", "then: { followUpWithinDays: 0 }", "consequences[0].then.followUpWithinDays", "a follow-up is due within 1 to 3650 days, found 0")]
    [TestCase("then: { raiseGrade: true, followUpWithinDays: 60, escalateTo: district }", "then: { raiseGrade: false }", "consequences[0].then", "a consequence needs at least one of followUpWithinDays, escalateTo, raiseGrade, notRated")]
    [TestCase("code: repeated-deficiency", "code: Repeated", "consequences[0].code", "'Repeated' is not a valid code: a consequence code is lower-case words joined by dashes")]
    [TestCase("when: 'f.deficient && p.standard == f.standard'", "when: 'f.deficient && f.status == \"late\"'", "consequences[0].when", "'late' is not a value of f.status; its values are met, not-met, not-applicable, incomplete, error")]
    [TestCase("when: 'f.deficient && p.standard == f.standard'", "when: 'f.deficient && p.colour == \"red\"'", "consequences[0].when", "'p.colour' is not a field of a previous deficiency; the fields are standard, severity, scope, grade, immediateJeopardy")]
    [TestCase("when: 'f.deficient && p.standard == f.standard'", "when: 'f.grade'", "consequences[0].when", "'f.grade' is text, not a condition: compare it with a quoted value")]
    [TestCase("when: 'f.deficient && p.standard == f.standard'", "when: 'f.grade == 3'", "consequences[0].when", "'f.grade' is text: compare it with a quoted value, not a number")]
    [TestCase("when: 'f.deficient && p.standard == f.standard'", "when: 'f.deficient && x'", "consequences[0].when", "'x' is not known here; a consequence reads f.<field> and p.<field>")]
    [TestCase("when: 'f.deficient && p.standard == f.standard'", "when: 'f'", "consequences[0].when", "'f' must be followed by a field, as in f.status")]
    public void Load_BadConsequence_LocatedError(string snippet, string replacement, string path, string message)
    {
        var result = new CatalogText(WithConsequences().Yaml.Replace(snippet, replacement, StringComparison.Ordinal)).Load();

        result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = path, Message = message });
    }

    [Test]
    public void ContentHash_AbsentConsequencesAndEvidencePolicy_LeaveTheHashAsBefore()
    {
        var plain = CatalogText.Minimal.LoadValid();
        var emptyList = new CatalogText(CatalogText.Minimal.Yaml + "\nconsequences: []\n").LoadValid();

        ContentHash.Of(emptyList).Should().Be(ContentHash.Of(plain), "an empty list of consequences is no content");
        System.Text.Encoding.UTF8.GetString(ContentHash.CanonicalForm(plain)).Should().NotContain("consequences").And.NotContain("minimumCoverage");
        ContentHash.Of(WithConsequences().LoadValid()).Should().NotBe(ContentHash.Of(plain));
        ContentHash.Of(WithPolicy("  minimumCoverage: 0.9\n").LoadValid()).Should().NotBe(ContentHash.Of(plain));
        ContentHash.Of(WithPolicy("  mustBeJudged: []\n").LoadValid()).Should().NotBe(ContentHash.Of(plain), "no standard must be judged is not the default (every critical one)");
    }

    [Test]
    public void Diff_ConsequenceAddedAndChangedAndPolicy_Listed()
    {
        var before = WithConsequences().LoadValid();
        var after = new CatalogText(WithPolicy("  minimumCoverage: 0.9\n").Yaml + Consequences.Replace("raiseGrade: true, ", string.Empty, StringComparison.Ordinal)
            + "  - code: critical-follow-up\n    when: 'f.deficient && f.severity == \"critical\"'\n    then: { followUpWithinDays: 30 }\n    reason: { he: קריטי, en: Critical }\n").LoadValid();

        var lines = RuleSetDiff.Compare(before, after).Describe().ToList();

        lines.Should().Contain("~ policy policy").And.Contain("    minimumCoverage: (none) -> 0.9");
        lines.Should().Contain("~ consequence repeated-deficiency")
            .And.Contain("    then: follow-up within 60 days, escalate to district, raise grade -> follow-up within 60 days, escalate to district");
        lines.Should().Contain("+ consequence critical-follow-up");
    }

    [Test]
    public void Load_DivisionByALiteralZero_LocatedError()
    {
        var result = CatalogText.Minimal.Replace("rule: Count(q.activities) >= 2", "rule: Count(q.activities) / 0 >= 2").Load();

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Be("this divides by zero: a division by a literal 0 is never allowed");
    }
}
