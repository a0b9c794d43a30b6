using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using Inspection.Standards.Loading;
using Inspection.Standards.Model;

namespace Inspection.Engine.Tests;

/// <summary>
/// Every shipped catalog (standards-catalog/**/*.yaml) loads with the Engine's expression check,
/// compiles, and evaluates a complete sample response (every question answered, five residents with
/// every tracer) into findings that are all judged, with a score and a rating.
/// </summary>
public class StandardsCatalogTests
{
    private static readonly DateOnly InspectionDate = new(2026, 6, 1);

    private static string CatalogFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Inspection.sln")))
                {
                    return Path.Combine(dir.FullName, "standards-catalog");
                }
            }

            throw new DirectoryNotFoundException($"no Inspection.sln above {AppContext.BaseDirectory}");
        }
    }

    public static IEnumerable<TestCaseData> Catalogs() =>
        Directory.EnumerateFiles(CatalogFolder, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetRelativePath(CatalogFolder, path).Replace('\\', '/')).SetArgDisplayNames(Path.GetFileName(path)));

    private static RuleSet Load(string file, IRuleSetCompiler compiler)
    {
        var result = new RuleSetLoader(RuleExpressionCheck.LoaderOptions(compiler)).LoadFile(Path.Combine(CatalogFolder, file));
        result.Diagnostics.Should().BeEmpty();
        return result.RuleSet!;
    }

    /// <summary>Every question answered with a value that fits it; <paramref name="high"/> picks the other end of each range and option list.</summary>
    private static InspectionResponse SampleResponse(RuleSet ruleSet, bool high)
    {
        Dictionary<string, AnswerValue> Answers(Level unit) => ruleSet.Questions
            .Where(q => q.Unit == unit)
            .ToDictionary(q => q.Code, q => Fitting(q, high), StringComparer.Ordinal);

        var tracers = ruleSet.Tracers.Select(t => t.Code).ToArray();
        var residents = Enumerable.Range(1, 5).Select(i => new SampledResident($"S{i}", tracers, Answers(Level.Resident))).ToArray();
        return new InspectionResponse(InspectionDate, Answers(Level.Institution), residents);
    }

    private static AnswerValue Fitting(Question question, bool high)
    {
        switch (question.Type)
        {
            case QuestionType.YesNo:
                return AnswerValue.YesNo(!high);
            case QuestionType.Number or QuestionType.Scale:
                var low = Math.Max(question.Min ?? 1, Math.Min(1, question.Max ?? 1));
                return AnswerValue.Number(high ? question.Max ?? low + 100 : low);
            case QuestionType.Date:
                return AnswerValue.Date(InspectionDate.AddDays(high ? -400 : -7));
            case QuestionType.Choice:
                return AnswerValue.Choice(high ? question.Options[^1].Value : question.Options[0].Value);
            case QuestionType.MultiChoice:
                return AnswerValue.Choices(high ? [] : [.. question.Options.Select(o => o.Value)]);
            default:
                return AnswerValue.Text("noted during the visit");
        }
    }

    [Test]
    public void CatalogFolder_Always_HoldsEveryServiceType()
    {
        var files = Catalogs().Select(c => (string)c.Arguments[0]!).ToList();

        files.Should().HaveCountGreaterThanOrEqualTo(ServiceTypes.All.Count);
        ServiceTypes.All.Should().OnlyContain(type => files.Any(f => f.StartsWith(type + "/", StringComparison.Ordinal)));
    }

    [TestCaseSource(nameof(Catalogs))]
    public void Evaluate_ShippedCatalogWithCompleteSample_EveryStandardJudgedWithScoreAndRating(string file)
    {
        var compiler = new RuleSetCompiler();
        var compiled = compiler.Compile(Load(file, compiler));
        var response = SampleResponse(compiled.RuleSet, high: false);

        compiled.Validate(response).Should().BeEmpty("the sample answers every question with a value that fits it");
        var result = compiled.Evaluate(response);

        result.Findings.Should().HaveCount(compiled.RuleSet.Standards.Count);
        result.Findings.Where(f => f.Status is FindingStatus.Error or FindingStatus.Incomplete)
            .Select(f => $"{f.StandardCode}: {f.Status} {f.ErrorMessage}{string.Join(", ", f.MissingAnswers)}")
            .Should().BeEmpty();
        result.Findings.Should().Contain(f => f.IsEvaluated);
        result.Findings.Where(f => f.Standard.Level == Level.Resident).Should().Contain(f => f.IsEvaluated, "every tracer is in the sample");
        result.OverallScore.Should().BeInRange(0m, 1m);
        result.Rating.Should().NotBeNull();
        result.Findings.Should().OnlyContain(f => f.RuleSet == compiled.Identity);
    }

    [TestCaseSource(nameof(Catalogs))]
    public void Evaluate_ShippedCatalogWithOppositeSample_NoErrorAndNoIncomplete(string file)
    {
        var compiler = new RuleSetCompiler();
        var compiled = compiler.Compile(Load(file, compiler));

        var result = compiled.Evaluate(SampleResponse(compiled.RuleSet, high: true));

        result.Findings.Where(f => f.Status is FindingStatus.Error or FindingStatus.Incomplete)
            .Select(f => $"{f.StandardCode}: {f.Status} {f.ErrorMessage}{string.Join(", ", f.MissingAnswers)}")
            .Should().BeEmpty();
        result.Rating.Should().NotBeNull();
    }
}
