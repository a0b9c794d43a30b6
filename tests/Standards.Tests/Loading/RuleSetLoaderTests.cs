using Inspection.Standards.Diagnostics;
using Inspection.Standards.Loading;
using Inspection.Standards.Model;
using Inspection.Standards.Validation;
using Inspection.Standards.Versioning;

namespace Inspection.Standards.Tests.Loading;

public class RuleSetLoaderTests
{
    private static CatalogText Minimal => CatalogText.Minimal;

    [Test]
    public void Load_ValidCatalog_GivesRuleSetAndContentHash()
    {
        var result = Minimal.Load();

        result.Diagnostics.Should().BeEmpty();
        result.Succeeded.Should().BeTrue();
        result.File.Should().Be(CatalogText.FileName);
        result.RuleSet!.Moniker.Should().Be("test-home@1.0.0");
        result.RuleSet.Domains.Should().HaveCount(2);
        result.RuleSet.Tracers.Should().HaveCount(1);
        result.RuleSet.Instruments.Should().HaveCount(2);
        result.RuleSet.Questions.Should().HaveCount(7);
        result.RuleSet.Standards.Select(s => s.Code).Should().Equal("SAF-01", "SAF-02", "CAR-01", "CAR-02");
        result.ContentHash.Should().MatchRegex("^sha256:[0-9a-f]{64}$").And.Be(ContentHash.Of(result.RuleSet));
    }

    [Test]
    public void Load_ValidCatalog_ReadsHeaderAndPolicy()
    {
        var ruleSet = Minimal.LoadValid();

        ruleSet.Id.Should().Be("test-home");
        ruleSet.ServiceType.Should().Be(ServiceTypes.ElderlyCareHome);
        ruleSet.Version.Should().Be(new SemanticVersion(1, 0, 0));
        ruleSet.EffectiveFrom.Should().Be(new DateOnly(2026, 1, 1));
        ruleSet.Status.Should().Be(RuleSetStatus.Draft);
        ruleSet.Title.Should().Be(new LocalizedText("בית בדיקה", "Test home"));
        ruleSet.Description.Should().Be(LocalizedText.Empty);
        ruleSet.Policy.MinimumSample.Should().Be(3);
        ruleSet.Policy.ScopeCutPoints.Should().Be(new ScopeCutPoints(0.2m, 0.5m));
        ruleSet.Policy.Grades.Should().HaveCount(9);
        ruleSet.Policy.GradeFor(Severity.Critical, Scope.Widespread).Should().Be(new GradeCell(Severity.Critical, Scope.Widespread, "J", true));
        ruleSet.Policy.GradeFor(Severity.Minor, Scope.Isolated).Should().Be(new GradeCell(Severity.Minor, Scope.Isolated, "A", false));
        ruleSet.Policy.RatingBands.Select(b => (b.Code, b.MinScore)).Should().Equal(("excellent", 0.9m), ("good", 0.75m), ("adequate", 0.6m), ("inadequate", 0m));
        ruleSet.Policy.RatingCaps.Select(c => (c.Code, c.Severity, c.ImmediateJeopardy, c.MaxRating)).Should().Equal(
            ("critical-unmet", Severity.Critical, false, "adequate"),
            ("immediate-jeopardy", (Severity?)null, true, "inadequate"));
    }

    [Test]
    public void Load_ValidCatalog_ReadsQuestionsWithTheirDefaults()
    {
        var questions = Minimal.LoadValid().Questions.ToDictionary(q => q.Code);

        questions["fire_drill_date"].Should().BeEquivalentTo(new
        {
            Type = QuestionType.Date, Unit = Level.Institution, Source = EvidenceSource.Document, Required = true,
            Min = (decimal?)null, Max = (decimal?)null, ShowIf = (string?)null, Help = LocalizedText.Empty,
        });
        questions["menu_review"].ShowIf.Should().Be("q.has_kitchen");
        questions["menu_review"].Options.Select(o => o.Value).Should().Equal("monthly", "yearly");
        questions["activities"].Type.Should().Be(QuestionType.MultiChoice);
        questions["braden_score"].Should().BeEquivalentTo(new { Type = QuestionType.Scale, Unit = Level.Resident, Min = 6m, Max = 23m });
    }

    [Test]
    public void Load_ValidCatalog_ReadsStandardsWithLevelDefaults()
    {
        var standards = Minimal.LoadValid().Standards.ToDictionary(s => s.Code);

        standards["SAF-01"].Should().BeEquivalentTo(new
        {
            Domain = "safety", Level = Level.Institution, Rule = "DaysSince(q.fire_drill_date) <= 90", Applicability = (string?)null,
            Tracer = (string?)null, Bar = 1m, Severity = Severity.Critical, Scope = (Scope?)Scope.Widespread, Weight = 3m,
            MinimumSample = (int?)null, Evidence = new[] { EvidenceSource.Document },
        });
        standards["SAF-01"].LegalReference.En.Should().Be("Supervision of Homes Law, 1965");
        standards["SAF-02"].Applicability.Should().Be("q.has_kitchen");
        standards["CAR-02"].Should().BeEquivalentTo(new
        {
            Level = Level.Resident, Tracer = "pressure-injury", Bar = 0.8m, Scope = (Scope?)null, Rule = "r.has_wound_plan",
        });
    }

    [TestCase("  minimumSample: 3\n", "  minimumSample: 3\n minimumSample: 4\n", " minimumSample: 4", "minimumSample",
        "While parsing a block mapping, did not find expected key.", TestName = "Load_BadIndentation_ReportsFileLineAndColumn")]
    [TestCase("    weight: 3\n", "    weight: 3\n    weight: 4\n", "    weight: 4", "weight",
        "Duplicate key weight", TestName = "Load_DuplicateKey_ReportsTheSecondKey")]
    public void Load_YamlSyntaxError_ReportsFileLineAndColumn(string snippet, string replacement, string at, string node, string yamlMessage)
    {
        var catalog = Minimal.Replace(snippet, replacement);

        catalog.Load().ShouldFailWith(catalog.Problem(string.Empty, $"this is not valid YAML: {yamlMessage}", at, node));
    }

    [Test]
    public void Load_UnclosedFlowMapping_ReportsWhereReadingStoppedInsteadOfThrowing()
    {
        var catalog = Minimal.Replace("title: { he: בית בדיקה, en: Test home }", "title: { he: בית בדיקה, en: Test home");

        var result = catalog.Load();

        result.ShouldFailWith(catalog.Problem(string.Empty,
            "this is not valid YAML: it cannot be read from here on; look above for a '{' or '[' that is never closed",
            at: "\npolicy:", node: "policy"));
    }

    [Test]
    public void Load_UnclosedFlowList_ReportsWhereReadingStoppedInsteadOfThrowing()
    {
        var catalog = Minimal.Replace("evidence: [document]\n    legalReference", "evidence: [document\n    legalReference");

        var result = catalog.Load();

        result.ShouldFailWith(catalog.Problem(string.Empty,
            "this is not valid YAML: it cannot be read from here on; look above for a '{' or '[' that is never closed",
            at: "    legalReference: { he: 'חוק", node: "legalReference"));
    }

    [Test]
    public void Load_EmptyText_ReportsAnEmptyFile()
    {
        new RuleSetLoader().Load(string.Empty, "empty.yaml")
            .ShouldFailWith(new CatalogDiagnostic("empty.yaml", 1, 1, string.Empty, "the file is empty"));
    }

    [Test]
    public void Load_TwoDocuments_ReportsThatAFileHoldsOneRuleSet()
    {
        new RuleSetLoader().Load(Minimal.Yaml + "---\n" + Minimal.Yaml, "two.yaml")
            .ShouldFailWith(new CatalogDiagnostic("two.yaml", 1, 1, string.Empty, "a catalog file holds exactly one rule set (one YAML document)"));
    }

    [Test]
    public void Load_RootIsAList_ReportsThatAMappingIsExpected()
    {
        new RuleSetLoader().Load("- id: test-home\n", "list.yaml")
            .ShouldFailWith(new CatalogDiagnostic("list.yaml", 1, 1, string.Empty, "expected a mapping (key: value pairs), found a list"));
    }

    [TestCase("Severity")]
    [TestCase("sevrity")]
    [TestCase("severty")]
    [TestCase("sevreity")]
    public void Load_MisspeltKey_SuggestsTheKnownKey(string misspelt)
    {
        var catalog = Minimal.Replace("    severity: critical\n    scope: widespread", $"    {misspelt}: critical\n    scope: widespread");

        catalog.Load().ShouldFailWith(
            catalog.Problem("standards[0].severity", "'severity' is required", at: "code: SAF-01"),
            catalog.Problem($"standards[0].{misspelt}", $"unknown key '{misspelt}'; did you mean 'severity'?", at: $"    {misspelt}: critical", node: misspelt));
    }

    [Test]
    public void Load_MisspeltRootKey_SuggestsTheKnownKey()
    {
        var catalog = Minimal.Replace("effectiveFrom: 2026-01-01", "efectiveFrom: 2026-01-01");

        catalog.Load().ShouldFailWith(
            catalog.Problem("effectiveFrom", "'effectiveFrom' is required", at: "id: test-home"),
            catalog.Problem("efectiveFrom", "unknown key 'efectiveFrom'; did you mean 'effectiveFrom'?", at: "efectiveFrom"));
    }

    [Test]
    public void Load_UnknownKeyLikeNoKnownOne_ListsTheAllowedKeys()
    {
        var catalog = Minimal.InsertAfter("    weight: 3\n", "    colour: red\n");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[0].colour",
            "unknown key 'colour'; expected one of: code, domain, level, title, rule, applicability, tracer, bar, severity, scope, weight, "
            + "minimumSample, evidence, legalReference, guidance, measures",
            at: "    colour: red", node: "colour"));
    }

    [TestCase("    weight: 3\n", "    weight: heavy\n", "heavy", "standards[0].weight", "expected a number, found 'heavy'",
        TestName = "Load_WordWhereNumberExpected_ReportsTheValue")]
    [TestCase("  scopeCutPoints: { pattern: 0.2,", "  scopeCutPoints: { pattern: 20%,", "20%", "policy.scopeCutPoints.pattern", "expected a number, found '20%'",
        TestName = "Load_PercentWhereShareExpected_ReportsTheValue")]
    [TestCase("  minimumSample: 3\n", "  minimumSample: 2.5\n", "2.5", "policy.minimumSample", "expected a whole number, found '2.5'",
        TestName = "Load_FractionWhereWholeNumberExpected_ReportsTheValue")]
    [TestCase("effectiveFrom: 2026-01-01", "effectiveFrom: 01/01/2026", "01/01/2026", "effectiveFrom", "expected a date written as YYYY-MM-DD, found '01/01/2026'",
        TestName = "Load_DateInAnotherFormat_ReportsTheExpectedFormat")]
    [TestCase("effectiveFrom: 2026-01-01", "effectiveFrom: 2026-02-30", "2026-02-30", "effectiveFrom", "expected a date written as YYYY-MM-DD, found '2026-02-30'",
        TestName = "Load_DayThatDoesNotExist_ReportsTheDate")]
    [TestCase("    severity: critical\n    scope: widespread", "    severity: severe\n    scope: widespread", "severe", "standards[0].severity",
        "'severe' is not allowed here; expected one of: minor, major, critical", TestName = "Load_UnknownSeverity_ListsTheSeverities")]
    [TestCase("        type: date\n", "        type: datetime\n", "datetime", "instruments[0].questions[0].type",
        "'datetime' is not allowed here; expected one of: yes-no, number, date, choice, multi-choice, scale, text",
        TestName = "Load_UnknownQuestionType_ListsTheTypes")]
    [TestCase("status: draft", "status: Draft", "Draft", "status", "'Draft' is not allowed here; expected one of: draft, published, retired",
        TestName = "Load_EnumInAnotherCase_ListsTheExactNames")]
    [TestCase("        source: observation\n", "        source: observation\n        required: yes\n", "yes", "instruments[0].questions[1].required",
        "expected true or false, found 'yes'", TestName = "Load_YesWhereBooleanExpected_ReportsTheValue")]
    [TestCase("version: 1.0.0", "version: 1.0", "1.0", "version", "expected a semantic version such as 1.2.0, found '1.0'",
        TestName = "Load_TwoPartVersion_ReportsTheExpectedForm")]
    [TestCase("id: test-home", "id: [test-home]", "[test-home]", "id", "expected a single value, found a list",
        TestName = "Load_ListWhereValueExpected_ReportsTheList")]
    [TestCase("title: { he: בית בדיקה, en: Test home }", "title: Test home", "Test home", "title", "expected a mapping (key: value pairs), found 'Test home'",
        TestName = "Load_PlainTextWhereBothLanguagesExpected_ReportsTheText")]
    public void Load_WrongScalarType_ReportsTheValueAtItsLocation(string snippet, string replacement, string node, string path, string message)
    {
        var catalog = Minimal.Replace(snippet, replacement);

        catalog.Load().ShouldFailWith(catalog.Problem(path, message, at: replacement, node: node));
    }

    [TestCase("applicability: q.has_kitchen", "applicability: !q.has_kitchen", "standards[1].applicability", "!q.has_kitchen",
        TestName = "Load_UnquotedNegationAlone_ReportsTheTagInsteadOfDroppingTheCondition")]
    [TestCase("rule: r.has_wound_plan", "rule: !r.has_pressure_injury or r.has_wound_plan", "standards[3].rule", "!r.has_pressure_injury",
        TestName = "Load_UnquotedNegationAtStart_ReportsTheTagInsteadOfCuttingTheRule")]
    public void Load_UnquotedExpressionStartingWithNot_ReportsTheYamlTag(string snippet, string replacement, string path, string tag)
    {
        var catalog = Minimal.Replace(snippet, replacement);

        catalog.Load().ShouldFailWith(catalog.Problem(path,
            $"'{tag}' reads as a YAML tag, not as text: put an expression that starts with '!' in quotes", at: replacement, node: tag));
    }

    [Test]
    public void Load_UnknownEvidenceSource_ReportsTheListItem()
    {
        var catalog = Minimal.Replace("evidence: [document]\n    legalReference", "evidence: [paperwork]\n    legalReference");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[0].evidence[0]",
            "'paperwork' is not allowed here; expected one of: observation, document, staff-interview, resident-interview, resident-file",
            at: "[paperwork]", node: "paperwork"));
    }

    [Test]
    public void Load_SingleValueWhereListExpected_ReportsTheValue()
    {
        var catalog = Minimal.Replace("evidence: [document]\n    legalReference", "evidence: document\n    legalReference");

        catalog.Load().ShouldFailWith(catalog.Problem("standards[0].evidence", "expected a list, found 'document'",
            at: "evidence: document\n", node: "document"));
    }

    [Test]
    public void Load_EmptyQuotedText_ReportsTheEmptyValue()
    {
        var catalog = Minimal.Replace("title: { he: בית בדיקה, en: Test home }", "title: { he: '', en: Test home }");

        catalog.Load().ShouldFailWith(catalog.Problem("title.he", "is empty", at: "{ he: '', en: Test home }", node: "''"));
    }

    [TestCase("    weight: 3\n", "", "standards[0].weight", "code: SAF-01", TestName = "Load_StandardWithoutWeight_ReportsTheMissingKeyAtTheStandard")]
    [TestCase("    weight: 3\n", "    weight:\n", "standards[0].weight", "code: SAF-01", TestName = "Load_KeyWithoutValue_CountsAsMissing")]
    [TestCase("    weight: 3\n", "    weight: ~\n", "standards[0].weight", "code: SAF-01", TestName = "Load_KeyWithNullValue_CountsAsMissing")]
    [TestCase("    bar: 0.8\n", "", "standards[3].bar", "code: CAR-02", TestName = "Load_ResidentStandardWithoutBar_ReportsTheMissingBar")]
    [TestCase("    scope: widespread\n    weight: 3\n", "    weight: 3\n", "standards[0].scope", "code: SAF-01",
        TestName = "Load_InstitutionStandardWithoutScope_ReportsTheMissingScope")]
    [TestCase("id: test-home\n", "", "id", "serviceType:", TestName = "Load_RuleSetWithoutId_ReportsTheMissingKeyAtTheTop")]
    [TestCase("  minimumSample: 3\n", "", "policy.minimumSample", "scopeCutPoints:", TestName = "Load_PolicyWithoutMinimumSample_ReportsTheMissingKeyAtThePolicy")]
    [TestCase("        text: { he: מועד תרגיל האש האחרון, en: Date of the last fire drill }\n", "", "instruments[0].questions[0].text", "code: fire_drill_date",
        TestName = "Load_QuestionWithoutText_ReportsTheMissingKeyAtTheQuestion")]
    public void Load_MissingRequiredKey_ReportsItAtTheEnclosingMapping(string snippet, string replacement, string path, string enclosingStart)
    {
        var catalog = Minimal.Replace(snippet, replacement);

        var key = path[(path.LastIndexOf('.') + 1)..];
        catalog.Load().ShouldFailWith(catalog.Problem(path, $"'{key}' is required", at: enclosingStart));
    }

    [Test]
    public void Load_RatingCapWithoutCondition_ReportsTheCap()
    {
        var catalog = Minimal.Remove("      immediateJeopardy: true\n");

        catalog.Load().ShouldFailWith(catalog.Problem("policy.ratingCaps[1]",
            "a rating cap needs a 'severity' or 'immediateJeopardy: true' to say when it applies", at: "code: immediate-jeopardy"));
    }

    [Test]
    public void Load_SeveralProblemsReadingTheFile_ReportsThemAllTogetherInFileOrder()
    {
        var catalog = Minimal
            .Replace("effectiveFrom: 2026-01-01", "effectiveFrom: 2026-13-01")
            .Replace("    severity: critical\n    scope: widespread", "    severity: severe\n    scope: widespread")
            .Replace("    bar: 0.8", "    bar: high");

        catalog.Load().ShouldFailWith(
            catalog.Problem("effectiveFrom", "expected a date written as YYYY-MM-DD, found '2026-13-01'", at: "effectiveFrom: 2026-13-01", node: "2026"),
            catalog.Problem("standards[0].severity", "'severe' is not allowed here; expected one of: minor, major, critical", at: "severity: severe", node: "severe"),
            catalog.Problem("standards[3].bar", "expected a number, found 'high'", at: "bar: high", node: "high"));
    }

    [Test]
    public void Load_SeveralValidationProblems_ReportsThemAllTogetherInFileOrder()
    {
        var catalog = Minimal
            .Replace("serviceType: elderly-care-home", "serviceType: kindergarten")
            .Replace("    weight: 1\n    evidence: [resident-interview]", "    weight: 0\n    evidence: [resident-interview]")
            .Replace("rule: r.has_wound_plan", "rule: r.has_wound_plan && r.has_plan")
            .Replace("    bar: 0.8", "    bar: 80");

        catalog.Load().ShouldFailWith(
            catalog.Problem("serviceType", "'kindergarten' is not a known service type; expected one of: elderly-care-home, youth-residential, disability-hostel, addiction-treatment",
                at: "kindergarten"),
            catalog.Problem("standards[2].weight", "the weight of standard 'CAR-01' must be greater than 0", at: "weight: 0", node: "0"),
            catalog.Problem("standards[3].rule", "no question has the code 'has_plan'", at: "r.has_plan"),
            catalog.Problem("standards[3].bar", "the bar of standard 'CAR-02' is a share in (0, 1], found 80", at: "bar: 80", node: "80"));
    }

    [Test]
    public void Load_ItemThatFailsToRead_DoesNotShiftTheLocationOfLaterProblems()
    {
        // SAF-01 cannot be read, so it is missing from the rule set: validating what is left would
        // report CAR-01 as standards[1] and point at SAF-02.
        var catalog = Minimal
            .Replace("    severity: critical\n    scope: widespread", "    severity: severe\n    scope: widespread")
            .Replace("    weight: 1\n    evidence: [resident-interview]", "    weight: 0\n    evidence: [resident-interview]");

        var result = catalog.Load();

        result.Diagnostics.Should().NotContain(d => d.Path == "standards[1].weight");
        result.ShouldFailWith(
            catalog.Problem("standards[0].severity", "'severe' is not allowed here; expected one of: minor, major, critical", at: "severity: severe", node: "severe"));
    }

    [Test]
    public void Load_FileWithOnlyAValidationProblem_YieldsNoRuleSetAndNoHash()
    {
        var result = Minimal.Replace("    bar: 0.8", "    bar: 0").Load();

        result.Diagnostics.Should().ContainSingle();
        result.Succeeded.Should().BeFalse();
        result.RuleSet.Should().BeNull();
        result.ContentHash.Should().BeNull();
    }

    [Test]
    public void LoadFile_ExistingFile_LoadsItUnderItsPath()
    {
        var result = new RuleSetLoader().LoadFile(CatalogText.MinimalPath);

        result.Succeeded.Should().BeTrue();
        result.File.Should().Be(CatalogText.MinimalPath);
        result.ContentHash.Should().Be(Minimal.Load().ContentHash);
    }

    [Test]
    public void LoadFile_BrokenFile_NamesThePathInEveryDiagnostic()
    {
        var path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Minimal.Replace("    weight: 3\n", "    weight: -3\n").Yaml);
        try
        {
            var result = new RuleSetLoader().LoadFile(path);

            result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { File = path, Path = "standards[0].weight" });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void LoadFile_MissingFile_ReportsThatItCannotBeRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.yaml");

        var result = new RuleSetLoader().LoadFile(path);

        result.RuleSet.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { File = path, Line = 1, Column = 1, Path = string.Empty });
        result.Diagnostics[0].Message.Should().StartWith("cannot read the file: ");
    }

    [Test]
    public void Load_AdditionalCheckReportsAProblem_FailsTheLoad()
    {
        var options = new RuleSetLoaderOptions { AdditionalChecks = { new FixedCheck("standards[1].rule", "does not compile") } };

        var result = new RuleSetLoader(options).Load(Minimal.Yaml, CatalogText.FileName);

        result.ShouldFailWith(Minimal.Problem("standards[1].rule", "does not compile", at: "rule: q.menu_review", node: "q.menu_review"));
    }

    [Test]
    public void Load_AdditionalCheckAtANodeAlreadyReported_IsNotRepeated()
    {
        var catalog = Minimal.Replace("    weight: 3\n", "    weight: 0\n");
        var options = new RuleSetLoaderOptions { AdditionalChecks = { new FixedCheck("standards[0].weight", "the same node again") } };

        var result = new RuleSetLoader(options).Load(catalog.Yaml, CatalogText.FileName);

        result.ShouldFailWith(catalog.Problem("standards[0].weight", "the weight of standard 'SAF-01' must be greater than 0", at: "weight: 0", node: "0"));
    }

    [Test]
    public void Load_FileWithParseProblem_RunsNoAdditionalCheck()
    {
        var check = new FixedCheck("standards[1].rule", "does not compile");
        var options = new RuleSetLoaderOptions { AdditionalChecks = { check } };

        var result = new RuleSetLoader(options).Load(Minimal.Remove("id: test-home\n").Yaml, CatalogText.FileName);

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Be("'id' is required");
        check.Calls.Should().Be(0);
    }

    private sealed class FixedCheck(string path, string message) : IRuleSetCheck
    {
        public int Calls { get; private set; }

        public IEnumerable<CatalogDiagnostic> Check(RuleSet ruleSet, string contentHash, SourceMap map)
        {
            Calls++;
            return [map.Error(path, message)];
        }
    }
}
