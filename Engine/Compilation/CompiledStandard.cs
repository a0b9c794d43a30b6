using Inspection.Engine.Findings;
using Inspection.Engine.Network;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Engine.Compilation;

/// <summary>One standard compiled: its rule and applicability, and how its finding is made (the action of its rule in the network).</summary>
internal sealed class CompiledStandard(
    int index, Standard standard, CompiledCondition rule, CompiledCondition? applicability, int tracerIndex, string? tracer, EvaluationPolicy policy)
{
    private readonly string[] _institutionReads = [.. rule.Institution.Union(applicability?.Institution ?? []).Order(StringComparer.Ordinal)];
    private readonly string[] _residentReads = [.. rule.Resident.Union(applicability?.Resident ?? []).Order(StringComparer.Ordinal)];
    private readonly int _minimumSample = standard.MinimumSample ?? policy.MinimumSample;

    public int Index => index;

    public Standard Standard => standard;

    /// <summary>The index of the tracer the standard follows; -1 when it follows none.</summary>
    public int TracerIndex => tracerIndex;

    /// <summary>The fewest residents with a known result this standard needs (before the census lowers it).</summary>
    public int MinimumSample => _minimumSample;

    /// <summary>Every question the rule and applicability read (institution and resident).</summary>
    public IEnumerable<string> Reads => _institutionReads.Concat(_residentReads);

    /// <summary>Whether <paramref name="e"/> is a rule failing at run time (such as a division by zero or an overflow), which makes an Error finding.</summary>
    public static bool IsRunTimeFailure(Exception e) =>
        e is ArithmeticException or NullReferenceException or InvalidOperationException or InvalidCastException or ArgumentException;

    /// <summary>The Error finding for this standard.</summary>
    public Finding Error(InspectionFact inspection, string message) => Error(inspection.RuleSet.Identity, inspection.Response.Answers, message);

    /// <summary>The Error finding for this standard, with the institution answers it reads.</summary>
    public Finding Error(RuleSetIdentity identity, IReadOnlyDictionary<string, AnswerValue> answers, string message) =>
        Finding.Error(standard, identity, Read(_institutionReads, answers), message);

    /// <summary>The finding of this standard when it was withdrawn after a dispute: NotApplicable, saying so; no rule of it runs.</summary>
    public Finding Withdrawn(RuleSetIdentity identity) =>
        Finding.NotApplicable(standard, identity, [], note: "withdrawn on dispute: counted as not applicable");

    /// <summary>
    /// The finding of this standard as a supervisor amended <paramref name="computed"/> (null: the rule reported
    /// none): the computed evidence kept, the status amended, and for a deficiency the scope (amended, computed,
    /// declared, else widespread) with the grade the amendment names or the grid gives for the standard's severity.
    /// </summary>
    public Finding Amend(Finding? computed, FindingAmendment amendment, RuleSetIdentity identity)
    {
        var found = computed ?? Finding.Incomplete(standard, identity, [], [], note: "the standard's rule reported no finding");
        var note = $"amended by the supervisor: computed {StatusWords(found.ComputedStatus ?? found.Status)}";
        if (amendment.Status != FindingStatus.NotMet)
        {
            return found.Amended(amendment.Status, null, note);
        }

        var scope = amendment.Scope ?? found.Deficiency?.Scope ?? standard.Scope ?? Scope.Widespread;
        var cell = amendment.Grade is { } grade
            ? policy.Grades.FirstOrDefault(g => g.Scope == scope && g.Grade == grade)
            : policy.GradeFor(standard.Severity, scope);
        var deficiency = cell is null
            ? throw new InvalidOperationException($"the grade grid has no cell for {amendment.Grade ?? standard.Severity.ToString()} x {scope}")
            : new Deficiency(cell.Severity, scope, cell.Grade, cell.ImmediateJeopardy, found.Deficiency?.FailingShare);
        return found.Amended(FindingStatus.NotMet, deficiency, note);
    }

    /// <summary>Why <paramref name="amendment"/> cannot be applied to this standard; null when it can.</summary>
    public string? CheckAmendment(FindingAmendment amendment)
    {
        if (amendment.Status is not (FindingStatus.Met or FindingStatus.NotMet or FindingStatus.NotApplicable))
        {
            return $"a finding is amended to met, not met or not applicable, not {StatusWords(amendment.Status)}";
        }

        if (amendment.Status != FindingStatus.NotMet)
        {
            return amendment.Scope is not null || amendment.Grade is not null
                ? $"only a deficiency (not met) has a scope and grade; {standard.Code} is amended to {StatusWords(amendment.Status)}"
                : null;
        }

        if (amendment.Grade is { } named && amendment.Scope is null)
        {
            return $"a grade is a cell of the grid (scope x severity): name the scope with the grade '{named}'";
        }

        if (amendment.Grade is { } grade && !policy.Grades.Any(g => g.Grade == grade && (amendment.Scope is not { } scope || g.Scope == scope)))
        {
            var allowed = policy.Grades.Where(g => amendment.Scope is not { } s || g.Scope == s).Select(g => g.Grade).Distinct(StringComparer.Ordinal);
            return $"'{grade}' is not a grade of the rule set's grid{(amendment.Scope is { } sc ? $" for the scope {CatalogNames.Of(sc)}" : string.Empty)}; allowed: {string.Join(", ", allowed)}";
        }

        return null;
    }

    /// <summary>The action of an institution-level standard's rule.</summary>
    public void EvaluateInstitution(InspectionFact inspection)
    {
        if (inspection.IsWithdrawn(index))
        {
            return; // its finding was made before the session: no expression of it runs
        }

        var identity = inspection.RuleSet.Identity;
        var read = Read(_institutionReads, inspection.Response.Answers);
        var scope = inspection.Prepared.Scope;

        // An unknown applicability stays unknown (it must not default to "applies"): Incomplete.
        var applies = applicability is null ? true : applicability.Evaluate(scope);
        if (applies == false)
        {
            inspection.Findings[index] = Finding.NotApplicable(standard, identity, read);
            return;
        }

        var result = applies == true ? rule.Evaluate(scope) : null;
        inspection.Findings[index] = result switch
        {
            true => Finding.Met(standard, identity, read),
            false => Finding.NotMet(standard, identity, read, Grade(standard.Scope ?? Scope.Widespread, null)),
            null => Finding.Incomplete(standard, identity, read, Missing(read)),
        };
    }

    /// <summary>The action of a resident-level standard's rule, over the sampled residents its tracer's test selected.</summary>
    public void EvaluateResidents(InspectionFact inspection, IEnumerable<ResidentFact> residents)
    {
        if (inspection.IsWithdrawn(index) || inspection.Findings[index] is { Status: FindingStatus.Error })
        {
            return; // withdrawn (its finding was made before the session), or the tracer could not be identified for a resident (a failed condition of the network)
        }

        var identity = inspection.RuleSet.Identity;
        var response = inspection.Response;
        var read = Read(_institutionReads, response.Answers);
        var sampled = InSampleOrder(residents);
        int? census = tracer is not null && response.TracerCensus is { } counts && counts.TryGetValue(tracer, out var count) ? count : null;
        var required = RequiredSample(census);
        if (sampled.Length == 0)
        {
            var empty = new ResidentTally(0, 0, 0, null, standard.Bar, required, []);
            inspection.Findings[index] = census == 0
                ? Finding.NotApplicable(standard, identity, read, empty)
                : Finding.Incomplete(standard, identity, read, [], empty, tracer is null
                    ? "no resident was sampled"
                    : census is null
                        ? $"no sampled resident has the tracer '{tracer}' and the census does not say whether any live here: record the census or sample residents with it"
                        : $"no sampled resident has the tracer '{tracer}', though the census counts {census}: sample {required}");
            return;
        }

        var outcomes = new List<ResidentOutcome>(sampled.Length);
        int known = 0, satisfying = 0;
        foreach (var resident in sampled)
        {
            var scope = resident.Scope;

            // An unknown applicability stays unknown (it must not default to "applies"): excluded.
            var applies = applicability is null ? true : applicability.Evaluate(scope);
            if (applies == false)
            {
                continue;
            }

            var result = applies == true ? rule.Evaluate(scope) : null;
            outcomes.Add(new ResidentOutcome(resident.Source.Code, result switch
            {
                true => ResidentResult.Satisfied,
                false => ResidentResult.Failed,
                null => ResidentResult.Excluded,
            }, Read(_residentReads, resident.Source.Answers)));
            known += result is null ? 0 : 1;
            satisfying += result == true ? 1 : 0;
        }

        decimal? rate = known == 0 ? null : (decimal)satisfying / known;
        var tally = new ResidentTally(outcomes.Count, known, satisfying, rate, standard.Bar, required, outcomes);
        if (outcomes.Count == 0)
        {
            inspection.Findings[index] = Finding.NotApplicable(standard, identity, read, tally);
            return;
        }

        if (known < required)
        {
            // A resident is excluded by a missing answer of its own or by a missing institution answer the rule reads.
            var excluded = outcomes.Where(o => o.Result == ResidentResult.Excluded).ToList();
            var missing = (excluded.Count > 0 ? Missing(read) : [])
                .Concat(excluded.SelectMany(o => Missing(o.AnswersRead)))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            inspection.Findings[index] = Finding.Incomplete(standard, identity, read, missing, tally);
            return;
        }

        // k / n >= bar, compared exactly: k >= bar * n.
        if (satisfying >= standard.Bar * known)
        {
            inspection.Findings[index] = Finding.Met(standard, identity, read, tally);
            return;
        }

        var failingShare = (decimal)(known - satisfying) / known;
        inspection.Findings[index] = Finding.NotMet(standard, identity, read, Grade(policy.ScopeCutPoints.ScopeFor(failingShare), failingShare), tally);
    }

    /// <summary>The residents with a known result this standard needs: the minimum sample, or every resident the census counts when fewer live there.</summary>
    public int RequiredSample(int? census) => census is > 0 && census < _minimumSample ? census.Value : _minimumSample;

    private static ResidentFact[] InSampleOrder(IEnumerable<ResidentFact> residents)
    {
        // The network collects residents in no promised order; outcomes are listed in the inspector's.
        ResidentFact[] sampled = [.. residents];
        Array.Sort(sampled, (a, b) => a.Index.CompareTo(b.Index));
        return sampled;
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

    private static string StatusWords(FindingStatus status) => status switch
    {
        FindingStatus.NotMet => "not met",
        FindingStatus.NotApplicable => "not applicable",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string[] Missing(IReadOnlyList<AnswerRead> read) =>
        [.. read.Where(a => a.Value is null).Select(a => a.Question)];
}
