namespace Inspection.Standards.Tests.Validation;

/// <summary>
/// Each rule of <see cref="Inspection.Standards.Validation.RuleSetValidator"/> broken once in a copy of
/// minimal.yaml: the message, the node path, and the line and column of the offending node.
/// </summary>
public class RuleSetValidatorTests
{
    private const string LastResidentQuestionText = "        text: { he: האם יש תוכנית טיפול בפצע?, en: Is there a wound-care plan? }\n";

    private static CatalogText Minimal => CatalogText.Minimal;

    [Test]
    public void Check_MinimalCatalog_FindsNothing()
    {
        Minimal.Load().Diagnostics.Should().BeEmpty();
    }

    // Header

    [TestCase("Test-Home")]
    [TestCase("test_home")]
    [TestCase("test--home")]
    [TestCase("1-home")]
    public void Check_IdNotKebabCase_ReportsTheId(string id)
    {
        var catalog = Minimal.Replace("id: test-home", $"id: {id}");

        catalog.Load().ShouldFailWith(catalog.Problem("id", $"'{id}' is not a valid code: a rule-set id is lower-case words joined by dashes",
            at: $"id: {id}", node: id));
    }

    [Test]
    public void Check_UnknownServiceType_ListsTheServiceTypes()
    {
        var catalog = Minimal.Replace("serviceType: elderly-care-home", "serviceType: nursing-home");

        catalog.Load().ShouldFailWith(catalog.Problem("serviceType",
            "'nursing-home' is not a known service type; expected one of: elderly-care-home, youth-residential, disability-hostel, addiction-treatment",
            at: "nursing-home"));
    }

    // Policy

    [Test]
    public void Check_PolicyMinimumSampleBelowOne_ReportsTheMinimumSample()
    {
        var catalog = Minimal.Replace("  minimumSample: 3\n", "  minimumSample: 0\n");

        catalog.Load().ShouldFailWith(catalog.Problem("policy.minimumSample", "the minimum sample must be at least 1 resident",
            at: "minimumSample: 0", node: "0"));
    }

    [TestCase("{ pattern: 0, widespread: 0.5 }", "0", "0.5", TestName = "Check_PatternCutPointZero_ReportsTheCutPoints")]
    [TestCase("{ pattern: 0.2, widespread: 1.5 }", "0.2", "1.5", TestName = "Check_WidespreadCutPointAboveOne_ReportsTheCutPoints")]
    [TestCase("{ pattern: 0.5, widespread: 0.5 }", "0.5", "0.5", TestName = "Check_EqualCutPoints_ReportsTheCutPoints")]
    [TestCase("{ pattern: 0.6, widespread: 0.5 }", "0.6", "0.5", TestName = "Check_PatternCutPointAboveWidespread_ReportsTheCutPoints")]
    public void Check_ScopeCutPointsOutOfOrder_ReportsTheCutPoints(string cutPoints, string pattern, string widespread)
    {
        var catalog = Minimal.Replace("{ pattern: 0.2, widespread: 0.5 }", cutPoints);

        catalog.Load().ShouldFailWith(catalog.Problem("policy.scopeCutPoints",
            $"scope cut points must satisfy 0 < pattern < widespread <= 1 (found pattern {pattern}, widespread {widespread})", at: cutPoints));
    }

    [Test]
    public void Check_GradeGridMissingACell_ReportsTheMissingCellAtTheGrid()
    {
        var catalog = Minimal.Remove("    - { severity: major,    scope: isolated,   grade: D }\n");

        catalog.Load().ShouldFailWith(catalog.Problem("policy.grades", "the grade grid has no cell for severity major and scope isolated",
            at: "    - { severity: minor,    scope: isolated", node: "-"));
    }

    [Test]
    public void Check_GradeGridWithACellTwice_ReportsTheDuplicateAndTheCellItDisplaced()
    {
        var catalog = Minimal.Replace("{ severity: major,    scope: isolated,   grade: D }", "{ severity: minor,    scope: isolated,   grade: D }");

        catalog.Load().ShouldFailWith(
            catalog.Problem("policy.grades", "the grade grid has 2 cells for severity minor and scope isolated; expected one",
                at: "    - { severity: minor,    scope: isolated,   grade: A", node: "-"),
            catalog.Problem("policy.grades", "the grade grid has no cell for severity major and scope isolated",
                at: "    - { severity: minor,    scope: isolated,   grade: A", node: "-"));
    }

    [Test]
    public void Check_RatingBandCodeTwice_ReportsTheSecondBand()
    {
        var catalog = Minimal.Replace("{ code: good,       minScore: 0.75", "{ code: excellent,  minScore: 0.75");

        catalog.Load().ShouldFailWith(catalog.Problem("policy.ratingBands[1]", "the rating band code 'excellent' is used twice",
            at: "{ code: excellent,  minScore: 0.75"));
    }

    [Test]
    public void Check_NoRatingBands_ReportsThatOneIsNeeded()
    {
        var catalog = Minimal.ReplaceBetween("  ratingBands:\n", "domains:\n", "  ratingBands: []\n");

        catalog.Load().ShouldFailWith(catalog.Problem("policy.ratingBands", "at least one rating band is needed", at: "ratingBands: []", node: "[]"));
    }

    [TestCase("minScore: 0.9,", "minScore: 1.5,", TestName = "Check_BandMinimumScoreAboveOne_ReportsTheScore")]
    [TestCase("minScore: 0.9,", "minScore: 90,", TestName = "Check_BandMinimumScoreAsPercent_ReportsTheScore")]
    public void Check_BandMinimumScoreOutsideZeroToOne_ReportsTheScore(string snippet, string replacement)
    {
        var catalog = Minimal.Replace(snippet, replacement);

        catalog.Load().ShouldFailWith(catalog.Problem("policy.ratingBands[0].minScore", "a band's minimum score is a share between 0 and 1",
            at: replacement, node: replacement["minScore: ".Length..^1]));
    }

    [Test]
    public void Check_BandsNotFromHighestDown_ReportsTheBandOutOfOrder()
    {
        var catalog = Minimal.Replace("minScore: 0.75,", "minScore: 0.95,");

        catalog.Load().ShouldFailWith(catalog.Problem("policy.ratingBands[1].minScore", "rating bands are listed from the highest minimum score down",
            at: "minScore: 0.95", node: "0.95"));
    }

    [Test]
    public void Check_LowestBandAboveZero_ReportsTheLowestBand()
    {
        var catalog = Minimal.Replace("minScore: 0,", "minScore: 0.1,");

        catalog.Load().ShouldFailWith(catalog.Problem("policy.ratingBands[3].minScore",
            "the lowest rating band must start at 0 so that every score has a rating", at: "minScore: 0.1", node: "0.1"));
    }

    [Test]
    public void Check_LowestBandBelowZero_ReportsBothRulesItBreaks()
    {
        var catalog = Minimal.Replace("minScore: 0,", "minScore: -0.1,");

        catalog.Load().ShouldFailWith(
            catalog.Problem("policy.ratingBands[3].minScore", "a band's minimum score is a share between 0 and 1", at: "minScore: -0.1", node: "-0.1"),
            catalog.Problem("policy.ratingBands[3].minScore", "the lowest rating band must start at 0 so that every score has a rating",
                at: "minScore: -0.1", node: "-0.1"));
    }

    [Test]
    public void Check_RatingCapCodeTwice_ReportsTheSecondCap()
    {
        var catalog = Minimal.Replace("    - code: immediate-jeopardy\n", "    - code: critical-unmet\n");

        catalog.Load().ShouldFailWith(catalog.Problem("policy.ratingCaps[1]", "the rating cap code 'critical-unmet' is used twice",
            at: "code: critical-unmet", occurrence: 2));
    }

    [Test]
    public void Check_RatingCapToUnknownBand_ListsTheBands()
    {
        var catalog = Minimal.Replace("maxRating: adequate", "maxRating: satisfactory");

        catalog.Load().ShouldFailWith(catalog.Problem("policy.ratingCaps[0].maxRating",
            "'satisfactory' is not a rating band; the bands are excellent, good, adequate, inadequate", at: "satisfactory"));
    }

    // Both languages in every text

    [TestCase("title: { he: בית בדיקה, en: Test home }", "title: { en: Test home }", "title", "he",
        TestName = "Check_RuleSetTitleWithoutHebrew_ReportsTheTitle")]
    [TestCase("title: { he: בית בדיקה, en: Test home }", "title: { he: בית בדיקה }", "title", "en",
        TestName = "Check_RuleSetTitleWithoutEnglish_ReportsTheTitle")]
    [TestCase("status: draft\n", "status: draft\ndescription: { en: A home for tests }\n", "description", "he",
        TestName = "Check_DescriptionInOneLanguage_ReportsTheDescription")]
    [TestCase("label: { he: טוב, en: Good }", "label: { he: טוב }", "policy.ratingBands[1].label", "en",
        TestName = "Check_BandLabelWithoutEnglish_ReportsTheLabel")]
    [TestCase("title: { he: טיפול, en: Care }", "title: { he: טיפול }", "domains[1].title", "en",
        TestName = "Check_DomainTitleWithoutEnglish_ReportsTheTitle")]
    [TestCase("title: { he: פצעי לחץ, en: Pressure injury }", "title: { en: Pressure injury }", "tracers[0].title", "he",
        TestName = "Check_TracerTitleWithoutHebrew_ReportsTheTitle")]
    [TestCase("    identifiedBy: r.has_pressure_injury || r.braden_score <= 12\n",
        "    identifiedBy: r.has_pressure_injury || r.braden_score <= 12\n    description: { he: פצע לחץ בדרגה כלשהי }\n", "tracers[0].description", "en",
        TestName = "Check_TracerDescriptionInOneLanguage_ReportsTheDescription")]
    [TestCase("title: { he: מדגם דיירים, en: Resident sample }", "title: { he: מדגם דיירים }", "instruments[1].title", "en",
        TestName = "Check_InstrumentTitleWithoutEnglish_ReportsTheTitle")]
    [TestCase("text: { he: ציון ברדן, en: Braden score }", "text: { en: Braden score }", "instruments[1].questions[1].text", "he",
        TestName = "Check_QuestionTextWithoutHebrew_ReportsTheText")]
    [TestCase("        max: 23\n", "        max: 23\n        help: { en: Score it with the Braden chart }\n", "instruments[1].questions[1].help", "he",
        TestName = "Check_QuestionHelpInOneLanguage_ReportsTheHelp")]
    [TestCase("label: { he: שנתית, en: Yearly }", "label: { en: Yearly }", "instruments[0].questions[2].options[1].label", "he",
        TestName = "Check_OptionLabelWithoutHebrew_ReportsTheLabel")]
    [TestCase("title: { he: מגוון פעילויות, en: Varied activities }", "title: { he: מגוון פעילויות }", "standards[2].title", "en",
        TestName = "Check_StandardTitleWithoutEnglish_ReportsTheTitle")]
    [TestCase("legalReference: { he: 'חוק הפיקוח על המעונות, התשכ\"ה-1965', en: 'Supervision of Homes Law, 1965' }",
        "legalReference: { he: 'חוק הפיקוח על המעונות, התשכ\"ה-1965' }", "standards[0].legalReference", "en",
        TestName = "Check_LegalReferenceWithoutEnglish_ReportsTheReference")]
    [TestCase("    evidence: [resident-file]", "    evidence: [resident-file]\n    guidance: { he: לבדוק בתיק הדייר }", "standards[3].guidance", "en",
        TestName = "Check_GuidanceInOneLanguage_ReportsTheGuidance")]
    public void Check_TextInOneLanguage_ReportsTheMissingLanguage(string snippet, string replacement, string path, string missing)
    {
        var catalog = Minimal.Replace(snippet, replacement);
        var text = replacement[replacement.LastIndexOf(": {", StringComparison.Ordinal)..];

        catalog.Load().ShouldFailWith(catalog.Problem(path,
            missing == "he" ? "the Hebrew text (he) is missing" : "the English text (en) is missing", at: text, node: "{"));
    }

    [Test]
    public void Check_BlockTextWithoutHebrew_ReportsTheTextWhereItStarts()
    {
        var catalog = Minimal.Remove("        he: נמצא ליקוי המהווה סכנה מיידית לשלום הדיירים\n");

        catalog.Load().ShouldFailWith(catalog.Problem("policy.ratingCaps[1].reason", "the Hebrew text (he) is missing",
            at: "en: A deficiency places residents in immediate jeopardy"));
    }

    [Test]
    public void Check_RequiredTextWithNeitherLanguage_ReportsBothMissing()
    {
        var catalog = Minimal.Replace("title: { he: בית בדיקה, en: Test home }", "title: {}");

        catalog.Load().ShouldFailWith(
            catalog.Problem("title", "the English text (en) is missing", at: "title: {}", node: "{}"),
            catalog.Problem("title", "the Hebrew text (he) is missing", at: "title: {}", node: "{}"));
    }

    [Test]
    public void Check_OptionalTextWithNeitherLanguage_IsAccepted()
    {
        Minimal.Replace("status: draft\n", "status: draft\ndescription: {}\n").Load().Diagnostics.Should().BeEmpty();
    }

    // Domains

    [Test]
    public void Check_DomainCodeTwice_ReportsTheSecondDomain()
    {
        var catalog = Minimal.InsertAfter("  - { code: care, weight: 1, title: { he: טיפול, en: Care } }\n",
            "  - { code: care, weight: 5, title: { he: טיפול נוסף, en: More care } }\n");

        catalog.Load().ShouldFailWith(catalog.Problem("domains[2]", "the domain code 'care' is used twice", at: "{ code: care, weight: 5"));
    }

    [Test]
    public void Check_DomainCodeNotKebabCase_ReportsTheCode()
    {
        var catalog = Minimal.Replace("{ code: care,", "{ code: Care,").ReplaceAll("    domain: care\n", "    domain: Care\n");

        catalog.Load().ShouldFailWith(catalog.Problem("domains[1].code", "'Care' is not a valid code: a domain code is lower-case words joined by dashes",
            at: "code: Care,", node: "Care"));
    }

    [TestCase("0")]
    [TestCase("-1")]
    public void Check_DomainWeightNotPositive_ReportsTheWeight(string weight)
    {
        var catalog = Minimal.Replace("{ code: care, weight: 1,", $"{{ code: care, weight: {weight},");

        catalog.Load().ShouldFailWith(catalog.Problem("domains[1].weight", "the weight of domain 'care' must be greater than 0",
            at: $"{{ code: care, weight: {weight},", node: weight));
    }

    [Test]
    public void Check_DomainWithoutStandards_ReportsTheDomain()
    {
        var catalog = Minimal.InsertAfter("  - { code: care, weight: 1, title: { he: טיפול, en: Care } }\n",
            "  - { code: staffing, weight: 1, title: { he: כוח אדם, en: Staffing } }\n");

        catalog.Load().ShouldFailWith(catalog.Problem("domains[2]", "domain 'staffing' has no standards", at: "{ code: staffing"));
    }

    // Instruments and questions

    [Test]
    public void Check_InstrumentCodeTwice_ReportsTheSecondInstrument()
    {
        var catalog = Minimal.Replace("  - code: resident-sample\n", "  - code: institution\n");

        catalog.Load().ShouldFailWith(catalog.Problem("instruments[1]", "the instrument code 'institution' is used twice",
            at: "code: institution", occurrence: 2));
    }

    [Test]
    public void Check_QuestionCodeTwiceAcrossInstruments_ReportsTheSecondQuestion()
    {
        var catalog = Minimal.InsertAfter(LastResidentQuestionText, """
                  - code: has_kitchen
                    type: yes-no
                    unit: resident
                    source: resident-interview
                    text: { he: האם הדייר משתמש במטבח?, en: Does the resident use the kitchen? }

            """);

        catalog.Load().ShouldFailWith(catalog.Problem("instruments[1].questions[3].code",
            "the question code 'has_kitchen' is used twice; question codes are unique across all instruments",
            at: "code: has_kitchen", node: "has_kitchen", occurrence: 2));
    }

    [TestCase("bradenScore")]
    [TestCase("Braden_score")]
    [TestCase("_braden_score")]
    public void Check_QuestionCodeNotSnakeCase_ReportsTheCode(string code)
    {
        var catalog = Minimal.ReplaceAll("braden_score", code);

        catalog.Load().ShouldFailWith(catalog.Problem("instruments[1].questions[1].code",
            $"'{code}' is not a valid code: a question code is lower_snake_case (letters, digits and underscores, starting with a letter)",
            at: $"code: {code}", node: code));
    }

    [Test]
    public void Check_ChoiceWithOneOption_ReportsTheOptions()
    {
        var catalog = Minimal.Remove("          - { value: yearly, label: { he: שנתית, en: Yearly } }\n");

        catalog.Load().ShouldFailWith(catalog.Problem("instruments[0].questions[2].options", "the choice question 'menu_review' needs at least two options",
            at: "          - { value: monthly", node: "-"));
    }

    [Test]
    public void Check_YesNoQuestionWithOptions_ReportsTheOptions()
    {
        var catalog = Minimal.InsertAfter("        source: observation\n", """
                    options:
                      - { value: yes, label: { he: כן, en: Yes } }
                      - { value: no, label: { he: לא, en: No } }

            """);

        catalog.Load().ShouldFailWith(catalog.Problem("instruments[0].questions[1].options",
            "only choice and multi-choice questions have options; 'has_kitchen' is yes-no", at: "- { value: yes", node: "-"));
    }

    [Test]
    public void Check_OptionValueTwice_ReportsTheSecondOption()
    {
        var catalog = Minimal.Replace("{ value: yearly,", "{ value: monthly,");

        catalog.Load().ShouldFailWith(catalog.Problem("instruments[0].questions[2].options[1]", "the option code 'monthly' is used twice",
            at: "{ value: monthly, label: { he: שנתית"));
    }

    [TestCase("min", TestName = "Check_YesNoQuestionWithMin_ReportsTheMin")]
    [TestCase("max", TestName = "Check_YesNoQuestionWithMax_ReportsTheMax")]
    public void Check_RangeOnQuestionThatIsNotNumeric_ReportsTheBound(string bound)
    {
        var catalog = Minimal.InsertAfter("        source: observation\n", $"        {bound}: 1\n");

        catalog.Load().ShouldFailWith(catalog.Problem($"instruments[0].questions[1].{bound}",
            "only number and scale questions have a range; 'has_kitchen' is yes-no", at: $"{bound}: 1", node: "1"));
    }

    [TestCase("        min: 6\n", TestName = "Check_ScaleWithoutMin_ReportsTheQuestion")]
    [TestCase("        max: 23\n", TestName = "Check_ScaleWithoutMax_ReportsTheQuestion")]
    public void Check_ScaleWithoutBothBounds_ReportsTheQuestion(string bound)
    {
        var catalog = Minimal.Remove(bound);

        catalog.Load().ShouldFailWith(catalog.Problem("instruments[1].questions[1]", "the scale question 'braden_score' needs both 'min' and 'max'",
            at: "code: braden_score"));
    }

    [TestCase("6")]
    [TestCase("5")]
    public void Check_MaxNotAboveMin_ReportsTheMax(string max)
    {
        var catalog = Minimal.Replace("max: 23", $"max: {max}");

        catalog.Load().ShouldFailWith(catalog.Problem("instruments[1].questions[1].max", $"'max' ({max}) must be greater than 'min' (6)",
            at: $"max: {max}", node: max));
    }

    [Test]
    public void Check_NumberQuestionWithoutRange_IsAccepted()
    {
        Minimal.Replace("        type: scale\n", "        type: number\n").Remove("        min: 6\n").Remove("        max: 23\n")
            .Load().Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Check_ShowIfOnItsOwnAnswer_ReportsTheCondition()
    {
        var catalog = Minimal.Replace("showIf: q.has_kitchen", "showIf: q.menu_review == \"monthly\"");

        catalog.Load().ShouldFailWith(catalog.Problem("instruments[0].questions[2].showIf", "question 'menu_review' cannot depend on its own answer",
            at: "showIf: q.menu_review", node: "q.menu_review"));
    }

    // Tracers

    [Test]
    public void Check_TracerCodeTwice_ReportsTheSecondTracer()
    {
        var catalog = Minimal.InsertAfter("    identifiedBy: r.has_pressure_injury || r.braden_score <= 12\n", """
              - code: pressure-injury
                title: { he: פצעי לחץ בסיכון, en: Pressure injury risk }
                identifiedBy: r.braden_score <= 16

            """);

        catalog.Load().ShouldFailWith(catalog.Problem("tracers[1]", "the tracer code 'pressure-injury' is used twice",
            at: "code: pressure-injury", occurrence: 2));
    }

    [Test]
    public void Check_TracerCodeNotKebabCase_ReportsTheCode()
    {
        var catalog = Minimal.ReplaceAll("pressure-injury", "PressureInjury");

        catalog.Load().ShouldFailWith(catalog.Problem("tracers[0].code", "'PressureInjury' is not a valid code: a tracer code is lower-case words joined by dashes",
            at: "code: PressureInjury", node: "PressureInjury"));
    }

    [Test]
    public void Check_TracerIdentifiedWithoutResidentAnswers_ReportsTheCondition()
    {
        var catalog = Minimal.Replace("identifiedBy: r.has_pressure_injury || r.braden_score <= 12", "identifiedBy: q.has_kitchen");

        catalog.Load().ShouldFailWith(catalog.Problem("tracers[0].identifiedBy",
            "tracer 'pressure-injury' must be identified from the sampled resident's answers (r.<question>)",
            at: "identifiedBy: q.has_kitchen", node: "q.has_kitchen"));
    }

    // Standards

    [Test]
    public void Check_StandardCodeTwice_ReportsTheSecondStandard()
    {
        var catalog = Minimal.Replace("  - code: SAF-02\n", "  - code: SAF-01\n");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[1]", "the standard code 'SAF-01' is used twice", at: "code: SAF-01", occurrence: 2));
    }

    [TestCase("saf-01")]
    [TestCase("SAF_01")]
    [TestCase("SAF-")]
    [TestCase("01-SAF")]
    public void Check_StandardCodeNotUpperCaseParts_ReportsTheCode(string code)
    {
        var catalog = Minimal.Replace("code: SAF-01", $"code: {code}");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[0].code",
            $"'{code}' is not a valid code: a standard code is upper-case letters and digits in dash-separated parts, such as SAF-01",
            at: $"code: {code}\n", node: code));
    }

    [Test]
    public void Check_StandardInUnknownDomain_ReportsTheDomain()
    {
        var catalog = Minimal.Replace("    domain: care\n    level: resident", "    domain: nursing\n    level: resident");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[3].domain",
            "standard 'CAR-02' names the domain 'nursing', which the rule set does not define", at: "nursing"));
    }

    [TestCase("0")]
    [TestCase("-2")]
    public void Check_StandardWeightNotPositive_ReportsTheWeight(string weight)
    {
        var catalog = Minimal.Replace("    weight: 3\n", $"    weight: {weight}\n");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[0].weight", "the weight of standard 'SAF-01' must be greater than 0",
            at: $"    weight: {weight}\n", node: weight));
    }

    [TestCase("0")]
    [TestCase("-0.5")]
    [TestCase("1.2")]
    [TestCase("80")]
    public void Check_BarOutsideZeroToOne_ReportsTheBar(string bar)
    {
        var catalog = Minimal.Replace("bar: 0.8", $"bar: {bar}");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[3].bar", $"the bar of standard 'CAR-02' is a share in (0, 1], found {bar}",
            at: $"bar: {bar}", node: bar));
    }

    [Test]
    public void Check_BarOfOne_IsAccepted()
    {
        Minimal.Replace("bar: 0.8", "bar: 1").LoadValid().Standards[3].Bar.Should().Be(1m);
    }

    [Test]
    public void Check_StandardWithoutEvidence_ReportsTheEvidence()
    {
        var catalog = Minimal.Replace("evidence: [document]\n    legalReference", "evidence: []\n    legalReference");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[0].evidence", "standard 'SAF-01' must name at least one evidence source",
            at: "evidence: []", node: "[]"));
    }

    [Test]
    public void Check_InstitutionStandardWithTracer_ReportsTheTracer()
    {
        var catalog = Minimal.Replace("    scope: widespread\n    weight: 3\n", "    scope: widespread\n    tracer: pressure-injury\n    weight: 3\n");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[0].tracer",
            "standard 'SAF-01' is institution-level; only resident-level standards follow a tracer",
            at: "    tracer: pressure-injury\n    weight: 3", node: "pressure-injury"));
    }

    [Test]
    public void Check_InstitutionStandardWithMinimumSample_ReportsTheMinimumSample()
    {
        var catalog = Minimal.InsertAfter("    weight: 3\n", "    minimumSample: 5\n");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[0].minimumSample",
            "standard 'SAF-01' is institution-level; a minimum sample applies to resident-level standards only", at: "minimumSample: 5", node: "5"));
    }

    [Test]
    public void Check_ResidentStandardWithScope_ReportsTheScope()
    {
        var catalog = Minimal.InsertAfter("    severity: major\n", "    scope: pattern\n");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[3].scope",
            "the scope of resident-level standard 'CAR-02' comes from the share of failing residents and cannot be declared",
            at: "    severity: major\n    scope: pattern", node: "pattern"));
    }

    [Test]
    public void Check_ResidentStandardFollowingUnknownTracer_ReportsTheTracer()
    {
        var catalog = Minimal.Replace("    tracer: pressure-injury\n", "    tracer: falls\n");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[3].tracer",
            "standard 'CAR-02' follows the tracer 'falls', which the rule set does not define", at: "falls"));
    }

    [Test]
    public void Check_ResidentStandardWithoutTracer_IsAccepted()
    {
        Minimal.Remove("    tracer: pressure-injury\n").LoadValid().Standards[3].Tracer.Should().BeNull();
    }

    [Test]
    public void Check_ResidentStandardMinimumSampleBelowOne_ReportsTheMinimumSample()
    {
        var catalog = Minimal.InsertAfter("    bar: 0.8\n", "    minimumSample: 0\n");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[3].minimumSample", "the minimum sample must be at least 1 resident",
            at: "    minimumSample: 0", node: "0"));
    }

    [Test]
    public void Check_ResidentStandardReadingNoResidentAnswer_ReportsTheRule()
    {
        var catalog = Minimal.Replace("rule: r.has_wound_plan", "rule: q.has_kitchen");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[3].rule",
            "resident-level standard 'CAR-02' must read at least one resident answer (r.<question>)", at: "rule: q.has_kitchen", node: "q.has_kitchen"));
    }
}
