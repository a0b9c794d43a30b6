using System.Globalization;
using Inspection.Engine.Compilation;
using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Engine.Benchmarks;

/// <summary>
/// The generated catalog's logic written by hand in C#: the same three-valued rules, the same
/// findings, evidence, grades and scores, with no expression compiler. The benchmark's yardstick.
/// </summary>
internal sealed class HandWrittenEvaluator(RuleSet ruleSet, RuleSetIdentity identity)
{
    private const int N = GeneratedCatalog.InstitutionStandards;
    private const int J = GeneratedCatalog.ResidentStandards;
    private readonly int[] _domains = [.. ruleSet.Standards.Select(s => ruleSet.Domains.ToList().FindIndex(d => d.Code == s.Domain))];
    private readonly string[][] _reads = Enumerable.Range(0, N).Select(i => (i % 4) switch
    {
        0 => new[] { $"b{i}", $"n{i}" },
        1 => [$"b{i}", $"d{i}"],
        2 => [$"b{i}", $"c{i}"],
        _ => i % 5 == 0 ? [$"b{i}", $"n{i}"] : [$"n{i}"],
    }).ToArray();

    private readonly string[][] _residentReads = Enumerable.Range(0, J).Select(j => new[] { $"rb{j}", $"rn{j}" }).ToArray();

    public InspectionResult Evaluate(InspectionResponse response)
    {
        var b = new bool?[N];
        var n = new decimal?[N];
        var d = new DateOnly?[N];
        var c = new string?[N];
        foreach (var (code, value) in response.Answers)
        {
            var i = int.Parse(code.AsSpan(1), CultureInfo.InvariantCulture);
            switch (code[0])
            {
                case 'b': b[i] = ((YesNoAnswer)value).Value; break;
                case 'n': n[i] = ((NumberAnswer)value).Value; break;
                case 'd': d[i] = ((DateAnswer)value).Value; break;
                default: c[i] = ((ChoiceAnswer)value).Value; break;
            }
        }

        var findings = new Finding[N + J];
        for (var i = 0; i < N; i++)
        {
            var standard = ruleSet.Standards[i];
            var read = Read(_reads[i], response.Answers);
            bool? applies = i % 4 == 3 && i % 5 == 0 ? b[i] : true;
            if (applies == false)
            {
                findings[i] = new Finding(standard, identity, FindingStatus.NotApplicable, read, [], null, null, null);
                continue;
            }

            var result = applies == true ? (i % 4) switch
            {
                0 => And(b[i], n[i] is { } v0 ? v0 >= 5 : null),
                1 => Or(!b[i], d[i] is { } date ? response.InspectionDate.DayNumber - date.DayNumber <= 90 : null),
                2 => Or(b[i], c[i] is { } choice ? choice == "monthly" : null),
                _ => And(n[i] is { } v3 ? v3 >= 3 : null, n[i] is { } v4 ? v4 <= 20 : null),
            } : null;
            findings[i] = result switch
            {
                true => new Finding(standard, identity, FindingStatus.Met, read, [], null, null, null),
                false => new Finding(standard, identity, FindingStatus.NotMet, read, [], null, Grade(standard, Scope.Pattern, null), null),
                null => new Finding(standard, identity, FindingStatus.Incomplete, read, Missing(read), null, null, null),
            };
        }

        var residents = response.Residents;
        var hasTracer = new bool[residents.Count, GeneratedCatalog.Tracers];
        var rb = new bool?[residents.Count, J];
        var rn = new decimal?[residents.Count, J];
        for (var p = 0; p < residents.Count; p++)
        {
            foreach (var (code, value) in residents[p].Answers)
            {
                if (code[0] == 'h')
                {
                    hasTracer[p, code[^1] - '0'] = ((YesNoAnswer)value).Value;
                }
                else if (code[1] == 'b')
                {
                    rb[p, int.Parse(code.AsSpan(2), CultureInfo.InvariantCulture)] = ((YesNoAnswer)value).Value;
                }
                else
                {
                    rn[p, int.Parse(code.AsSpan(2), CultureInfo.InvariantCulture)] = ((NumberAnswer)value).Value;
                }
            }
        }

        for (var j = 0; j < J; j++)
        {
            var standard = ruleSet.Standards[N + j];
            var outcomes = new List<ResidentOutcome>(residents.Count);
            int known = 0, satisfying = 0;
            for (var p = 0; p < residents.Count; p++)
            {
                if (!hasTracer[p, j % GeneratedCatalog.Tracers])
                {
                    continue;
                }

                var result = Or(rb[p, j], rn[p, j] is { } v ? v >= 3 : null);
                outcomes.Add(new ResidentOutcome(residents[p].Code, result switch
                {
                    true => ResidentResult.Satisfied,
                    false => ResidentResult.Failed,
                    null => ResidentResult.Excluded,
                }, Read(_residentReads[j], residents[p].Answers)));
                known += result is null ? 0 : 1;
                satisfying += result == true ? 1 : 0;
            }

            var minimum = ruleSet.Policy.MinimumSample;
            var tally = new ResidentTally(outcomes.Count, known, satisfying, known == 0 ? null : (decimal)satisfying / known, standard.Bar, minimum, outcomes);
            findings[N + j] = outcomes.Count == 0 ? new Finding(standard, identity, FindingStatus.NotApplicable, [], [], tally, null, null)
                : known < minimum ? new Finding(standard, identity, FindingStatus.Incomplete, [], [.. outcomes.Where(o => o.Result == ResidentResult.Excluded).SelectMany(o => Missing(o.AnswersRead)).Distinct()], tally, null, null)
                : satisfying >= standard.Bar * known ? new Finding(standard, identity, FindingStatus.Met, [], [], tally, null, null)
                : new Finding(standard, identity, FindingStatus.NotMet, [], [], tally,
                    Grade(standard, ruleSet.Policy.ScopeCutPoints.ScopeFor((decimal)(known - satisfying) / known), (decimal)(known - satisfying) / known), null);
        }

        return Scoring.Score(ruleSet, identity, response.InspectionDate, findings, _domains);
    }

    private Deficiency Grade(Standard standard, Scope scope, decimal? share)
    {
        var cell = ruleSet.Policy.GradeFor(standard.Severity, scope)!;
        return new Deficiency(standard.Severity, scope, cell.Grade, cell.ImmediateJeopardy, share);
    }

    private static bool? And(bool? a, bool? b) => a == false || b == false ? false : a == true && b == true ? true : null;

    private static bool? Or(bool? a, bool? b) => a == true || b == true ? true : a == false && b == false ? false : null;

    private static AnswerRead[] Read(string[] codes, IReadOnlyDictionary<string, AnswerValue> answers)
    {
        var read = new AnswerRead[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            read[i] = new AnswerRead(codes[i], answers.GetValueOrDefault(codes[i]));
        }

        return read;
    }

    private static string[] Missing(IReadOnlyList<AnswerRead> read) => [.. read.Where(a => a.Value is null).Select(a => a.Question)];
}
