using Inspection.Engine.Benchmarks;
using Inspection.Engine.Compilation;
using Inspection.Engine.Responses;
using Inspection.Standards.Loading;
using Inspection.Standards.Model;

namespace Inspection.Engine.Tests.Network;

/// <summary>
/// The NRules network against the same logic written by hand (the benchmark's catalog of 310
/// standards and its hand-written evaluator), on the benchmark's response and on 300 seeded random
/// responses: every finding, tally, deficiency, score, coverage, cap, consequence and sampling plan.
/// </summary>
public class DifferentialTests
{
    /// <summary>Set by Stryker.NET in the test host of a mutation run (it names the variable that switches mutants on).</summary>
    private const string StrykerControlVariable = "STRYKER_MUTANT_ID_CONTROL_VAR";

    private static readonly Lazy<CompiledRuleSet> Compiled = new(() =>
        (CompiledRuleSet)new RuleSetCompiler().Compile(new RuleSetLoader().Load(GeneratedCatalog.Yaml(), "benchmark.yaml").RuleSet!));

    [Test]
    public void Evaluate_BenchmarkResponse_SameAsHandWritten()
    {
        var response = GeneratedCatalog.Response();

        var network = Compiled.Value.Evaluate(response);

        CanonicalResult.Of(network).Should().Be(CanonicalResult.Of(new HandWrittenEvaluator(Compiled.Value).Evaluate(response)));
        network.Consequences.Should().NotBeEmpty("the benchmark's response fires consequences");
    }

    [Test]
    public void Evaluate_300SeededRandomResponses_SameAsHandWritten()
    {
        if (Environment.GetEnvironmentVariable(StrykerControlVariable) is not null)
        {
            // In a mutation run this one test would take most of the time of every mutant (it covers them
            // all), and Stryker's own test-case-filter leaves the run unable to start (stryker-net #3242).
            // Left out there, the score can only come out lower than with it, never higher.
            Assert.Ignore("left out of mutation runs (see Engine/README.md)");
        }

        var hand = new HandWrittenEvaluator(Compiled.Value);
        var random = new Random(20261201);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 300; i++)
        {
            var response = RandomResponse(random);

            var network = CanonicalResult.Of(Compiled.Value.Evaluate(response));
            var expected = CanonicalResult.Of(hand.Evaluate(response));

            network.Should().Be(expected, "response {0} must give the same result", i);
            seen.Add(network);
        }

        seen.Should().HaveCount(300, "each random response is a different case");
    }

    /// <summary>0-30 residents, about 12% of answers missing, a census that may be missing, zero or small, and random previous deficiencies.</summary>
    private static InspectionResponse RandomResponse(Random random)
    {
        var answers = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        for (var i = 0; i < GeneratedCatalog.InstitutionStandards; i++)
        {
            if (random.NextDouble() >= 0.12)
            {
                answers[$"b{i}"] = AnswerValue.YesNo(random.Next(5) > 0);
            }

            if (random.NextDouble() < 0.12)
            {
                continue;
            }

            switch (i % 4)
            {
                case 0 or 3:
                    answers[$"n{i}"] = AnswerValue.Number(random.Next(0, 25));
                    break;
                case 1:
                    answers[$"d{i}"] = AnswerValue.Date(GeneratedCatalog.InspectionDate.AddDays(-random.Next(0, 150)));
                    break;
                default:
                    answers[$"c{i}"] = AnswerValue.Choice(random.Next(3) == 0 ? "yearly" : "monthly");
                    break;
            }
        }

        var residents = new List<SampledResident>();
        for (var p = random.Next(0, 31); p > 0; p--)
        {
            var resident = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
            for (var t = 0; t < GeneratedCatalog.Tracers; t++)
            {
                if (random.NextDouble() >= 0.12)
                {
                    resident[$"has_t{t}"] = AnswerValue.YesNo(random.Next(2) == 0);
                }
            }

            for (var j = 0; j < GeneratedCatalog.ResidentStandards; j++)
            {
                if (random.NextDouble() >= 0.12)
                {
                    resident[$"rb{j}"] = AnswerValue.YesNo(random.Next(3) > 0);
                }

                if (random.NextDouble() >= 0.12)
                {
                    resident[$"rn{j}"] = AnswerValue.Number(random.Next(0, 6));
                }
            }

            residents.Add(new SampledResident($"P{residents.Count:D3}", [], resident));
        }

        var census = random.Next(3) == 0 ? null : Enumerable.Range(0, GeneratedCatalog.Tracers)
            .Where(_ => random.Next(4) > 0)
            .ToDictionary(t => $"t{t}", _ => random.Next(0, 6), StringComparer.Ordinal);
        var previous = Enumerable.Range(0, GeneratedCatalog.InstitutionStandards)
            .Where(_ => random.Next(8) == 0)
            .Select(i => new PreviousDeficiency($"S-{i:D3}", (Severity)random.Next(3), (Scope)random.Next(3), "X", random.Next(10) == 0))
            .ToList();
        return new InspectionResponse(GeneratedCatalog.InspectionDate, answers, residents) { TracerCensus = census, PreviousDeficiencies = previous };
    }
}
