using System.Globalization;
using Inspection.Engine.Compilation;
using Inspection.Engine.Findings;
using Inspection.Engine.Network;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Engine.Benchmarks;

/// <summary>
/// The generated catalog's logic written by hand in C#: the same three-valued rules, the same
/// findings, evidence, census, grades, consequences and caps, with no expression compiler and no
/// rule network; only the final arithmetic (scores, coverage, rating) is the Engine's own. The
/// benchmark's yardstick, and the reference of the differential test.
/// </summary>
internal sealed class HandWrittenEvaluator(CompiledRuleSet compiled)
{
    private const int N = GeneratedCatalog.InstitutionStandards;
    private const int J = GeneratedCatalog.ResidentStandards;
    private readonly RuleSet _ruleSet = compiled.RuleSet;
    private readonly RuleSetIdentity _identity = compiled.Identity;
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

        var findings = new Finding?[N + J];
        for (var i = 0; i < N; i++)
        {
            var standard = _ruleSet.Standards[i];
            var read = Read(_reads[i], response.Answers);
            bool? applies = i % 4 == 3 && i % 5 == 0 ? b[i] : true;
            if (applies == false)
            {
                findings[i] = Finding.NotApplicable(standard, _identity, read);
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
                true => Finding.Met(standard, _identity, read),
                false => Finding.NotMet(standard, _identity, read, Grade(standard.Severity, Scope.Pattern, null)),
                null => Finding.Incomplete(standard, _identity, read, Missing(read)),
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

        var plan = new TracerSample[GeneratedCatalog.Tracers];
        for (var t = 0; t < GeneratedCatalog.Tracers; t++)
        {
            var sampled = Enumerable.Range(0, residents.Count).Count(p => hasTracer[p, t]);
            var census = Census(response, t);
            var required = census == 0 ? 0 : Required(census);
            var toAdd = Math.Max(0, required - sampled);
            plan[t] = new TracerSample($"t{t}", sampled, census, required, census is { } k ? Math.Min(toAdd, Math.Max(0, k - sampled)) : toAdd);
        }

        for (var j = 0; j < J; j++)
        {
            var standard = _ruleSet.Standards[N + j];
            var t = j % GeneratedCatalog.Tracers;
            var census = Census(response, t);
            var required = Required(census);
            var outcomes = new List<ResidentOutcome>(residents.Count);
            int withTracer = 0, known = 0, satisfying = 0;
            for (var p = 0; p < residents.Count; p++)
            {
                if (!hasTracer[p, t])
                {
                    continue;
                }

                withTracer++;
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

            var tally = new ResidentTally(outcomes.Count, known, satisfying, known == 0 ? null : (decimal)satisfying / known, standard.Bar, required, outcomes);
            findings[N + j] = withTracer == 0
                ? census == 0
                    ? Finding.NotApplicable(standard, _identity, [], tally)
                    : Finding.Incomplete(standard, _identity, [], [], tally, census is null
                        ? $"no sampled resident has the tracer 't{t}' and the census does not say whether any live here: record the census or sample residents with it"
                        : $"no sampled resident has the tracer 't{t}', though the census counts {census}: sample {required}")
                : known < required ? Finding.Incomplete(standard, _identity, [], [.. outcomes.Where(o => o.Result == ResidentResult.Excluded).SelectMany(o => Missing(o.AnswersRead)).Distinct()], tally)
                : satisfying >= standard.Bar * known ? Finding.Met(standard, _identity, [], tally)
                : Finding.NotMet(standard, _identity, [], Grade(standard.Severity, _ruleSet.Policy.ScopeCutPoints.ScopeFor((decimal)(known - satisfying) / known), (decimal)(known - satisfying) / known), tally);
        }

        // Consequences, each at most once per finding, until none more holds (a raised grade may make another hold).
        var previous = (response.PreviousDeficiencies ?? []).ToDictionary(p => p.StandardCode, StringComparer.Ordinal);
        var fired = new List<(int Consequence, int Standard, string[] Facts)>();
        var raised = new bool[findings.Length];
        var done = new HashSet<(int, int)>();
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < findings.Length; i++)
            {
                if (findings[i]!.Status is FindingStatus.Met or FindingStatus.NotApplicable)
                {
                    continue;
                }

                for (var k = 0; k < 3; k++)
                {
                    var finding = findings[i]!;
                    var deficiency = finding.Deficiency;
                    var before = previous.GetValueOrDefault(finding.StandardCode);
                    var holds = k switch
                    {
                        0 => deficiency is { Severity: Severity.Critical },
                        1 => deficiency is not null && before is not null,
                        _ => deficiency is { ImmediateJeopardy: true },
                    };
                    if (!holds || !done.Add((k, i)))
                    {
                        continue;
                    }

                    changed = true;
                    if (k == 1 && deficiency!.Severity != Severity.Critical)
                    {
                        var severity = deficiency.Severity + 1;
                        var cell = _ruleSet.Policy.GradeFor(severity, deficiency.Scope)!;
                        findings[i] = NotMetWith(finding, deficiency with { Severity = severity, Grade = cell.Grade, ImmediateJeopardy = cell.ImmediateJeopardy });
                        raised[i] = true;
                    }

                    var fact = new FindingFact(null!, i, findings[i]!, findings[i]!.Standard.Domain) { Raised = raised[i] };
                    fired.Add((k, i, k == 1 ? [new PreviousDeficiencyFact(before!).ToString(), fact.ToString()] : [fact.ToString()]));
                }
            }
        }

        var caps = new List<(int Cap, int Standard)>();
        for (var i = 0; i < findings.Length; i++)
        {
            if (findings[i]!.Deficiency is { Severity: Severity.Critical })
            {
                caps.Add((0, i));
            }
        }

        return Scoring.Score(compiled, response, findings, fired, caps, [], plan);
    }

    private static int? Census(InspectionResponse response, int tracer) =>
        response.TracerCensus is { } counts && counts.TryGetValue($"t{tracer}", out var count) ? count : null;

    private int Required(int? census) => census is > 0 && census < _ruleSet.Policy.MinimumSample ? census.Value : _ruleSet.Policy.MinimumSample;

    private static Finding NotMetWith(Finding finding, Deficiency deficiency) =>
        Finding.NotMet(finding.Standard, finding.RuleSet, finding.AnswersRead, deficiency, finding.Residents);

    private Deficiency Grade(Severity severity, Scope scope, decimal? share)
    {
        var cell = _ruleSet.Policy.GradeFor(severity, scope)!;
        return new Deficiency(severity, scope, cell.Grade, cell.ImmediateJeopardy, share);
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
