using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Engine.Compilation;

/// <summary>One standard compiled: its rule and applicability, and how its finding is made.</summary>
internal sealed class CompiledStandard(
    Standard standard, CompiledCondition rule, CompiledCondition? applicability, int tracerIndex, EvaluationPolicy policy)
{
    private readonly string[] _institutionReads = [.. rule.Institution.Union(applicability?.Institution ?? []).Order(StringComparer.Ordinal)];
    private readonly string[] _residentReads = [.. rule.Resident.Union(applicability?.Resident ?? []).Order(StringComparer.Ordinal)];
    private readonly int _minimumSample = standard.MinimumSample ?? policy.MinimumSample;

    public Standard Standard => standard;

    /// <summary>Every question the rule and applicability read (institution and resident).</summary>
    public IEnumerable<string> Reads => _institutionReads.Concat(_residentReads);

    public Finding Evaluate(PreparedResponse prepared, InspectionResponse response, RuleSetIdentity identity)
    {
        var read = Read(_institutionReads, response.Answers);
        try
        {
            return standard.Level == Level.Institution
                ? EvaluateInstitution(prepared.Scope, read, identity)
                : EvaluateResidents(prepared, read, identity);
        }
        catch (Exception e) when (IsRunTimeFailure(e))
        {
            // A rule that fails at run time is an Error finding; the rest of the evaluation goes on.
            return new Finding(standard, identity, FindingStatus.Error, read, [], null, null, $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Whether <paramref name="e"/> is a rule failing at run time (such as a division by zero), which makes an Error finding.</summary>
    public static bool IsRunTimeFailure(Exception e) =>
        e is ArithmeticException or NullReferenceException or InvalidOperationException or InvalidCastException or ArgumentException;

    private Finding EvaluateInstitution(RuleScope scope, AnswerRead[] read, RuleSetIdentity identity)
    {
        // An unknown applicability stays unknown (it must not default to "applies"): Incomplete.
        var applies = applicability is null ? true : applicability.Evaluate(scope);
        if (applies == false)
        {
            return new Finding(standard, identity, FindingStatus.NotApplicable, read, [], null, null, null);
        }

        var result = applies == true ? rule.Evaluate(scope) : null;
        return result switch
        {
            true => new Finding(standard, identity, FindingStatus.Met, read, [], null, null, null),
            false => new Finding(standard, identity, FindingStatus.NotMet, read, [], null, Grade(standard.Scope ?? Scope.Widespread, null), null),
            null => new Finding(standard, identity, FindingStatus.Incomplete, read, Missing(read), null, null, null),
        };
    }

    private Finding EvaluateResidents(PreparedResponse prepared, AnswerRead[] read, RuleSetIdentity identity)
    {
        if (tracerIndex >= 0 && prepared.TracerErrors[tracerIndex] is { } tracerError)
        {
            return new Finding(standard, identity, FindingStatus.Error, read, [], null, null, tracerError);
        }

        var scope = prepared.Scope;
        var outcomes = new List<ResidentOutcome>(prepared.Residents.Length);
        int known = 0, satisfying = 0;
        foreach (var resident in prepared.Residents)
        {
            if (tracerIndex >= 0 && !resident.Tracers[tracerIndex])
            {
                continue;
            }

            scope.SetResident(resident.Answers);
            // An unknown applicability stays unknown (it must not default to "applies"): excluded.
            var applies = applicability is null ? true : applicability.Evaluate(scope);
            if (applies == false)
            {
                continue;
            }

            var result = applies == true ? rule.Evaluate(scope) : null;
            var residentRead = Read(_residentReads, resident.Source.Answers);
            outcomes.Add(new ResidentOutcome(resident.Source.Code, result switch
            {
                true => ResidentResult.Satisfied,
                false => ResidentResult.Failed,
                null => ResidentResult.Excluded,
            }, residentRead));
            known += result is null ? 0 : 1;
            satisfying += result == true ? 1 : 0;
        }

        decimal? rate = known == 0 ? null : (decimal)satisfying / known;
        var tally = new ResidentTally(outcomes.Count, known, satisfying, rate, standard.Bar, _minimumSample, outcomes);
        if (outcomes.Count == 0)
        {
            return new Finding(standard, identity, FindingStatus.NotApplicable, read, [], tally, null, null);
        }

        if (known < _minimumSample)
        {
            // A resident is excluded by a missing answer of its own or by a missing institution answer the rule reads.
            var excluded = outcomes.Where(o => o.Result == ResidentResult.Excluded).ToList();
            var missing = (excluded.Count > 0 ? Missing(read) : [])
                .Concat(excluded.SelectMany(o => Missing(o.AnswersRead)))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            return new Finding(standard, identity, FindingStatus.Incomplete, read, missing, tally, null, null);
        }

        // k / n >= bar, compared exactly: k >= bar * n.
        if (satisfying >= standard.Bar * known)
        {
            return new Finding(standard, identity, FindingStatus.Met, read, [], tally, null, null);
        }

        var failingShare = (decimal)(known - satisfying) / known;
        return new Finding(standard, identity, FindingStatus.NotMet, read, [], tally,
            Grade(policy.ScopeCutPoints.ScopeFor(failingShare), failingShare), null);
    }

    private Deficiency Grade(Scope scope, decimal? failingShare)
    {
        var cell = policy.GradeFor(standard.Severity, scope)
            ?? throw new InvalidOperationException($"the grade grid has no cell for {standard.Severity} x {scope}");
        return new Deficiency(standard.Severity, scope, cell.Grade, cell.ImmediateJeopardy, failingShare);
    }

    private static AnswerRead[] Read(string[] codes, IReadOnlyDictionary<string, AnswerValue> answers)
    {
        if (codes.Length == 0)
        {
            return [];
        }

        var read = new AnswerRead[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            read[i] = new AnswerRead(codes[i], answers.GetValueOrDefault(codes[i]));
        }

        return read;
    }

    private static string[] Missing(IReadOnlyList<AnswerRead> read) =>
        [.. read.Where(a => a.Value is null).Select(a => a.Question)];
}
