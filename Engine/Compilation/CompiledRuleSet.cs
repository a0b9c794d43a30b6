using System.Linq.Expressions;
using FastExpressionCompiler;
using Inspection.Engine.Findings;
using Inspection.Engine.Network;
using Inspection.Engine.Responses;
using Inspection.Standards.Language;
using Inspection.Standards.Model;

namespace Inspection.Engine.Compilation;

/// <summary>
/// One rule-set version compiled: typed answer models, every expression compiled, and the NRules
/// network that evaluates responses (DESIGN.md section 3). Immutable after construction; each
/// evaluation is its own session over its own facts, so many threads may evaluate at once.
/// </summary>
internal sealed class CompiledRuleSet : ICompiledRuleSet
{
    private readonly AnswerModel _institution;
    private readonly AnswerModel _resident;
    private readonly Func<RuleScope> _newScope;
    private readonly CompiledStandard[] _standards;
    private readonly (string Code, CompiledCondition IdentifiedBy)[] _tracers;
    private readonly CompiledCondition[] _tracerConditions;
    private readonly Dictionary<string, CompiledCondition> _showIf;
    private readonly RuleNetwork _network;
    private readonly Dictionary<string, int> _standardIndex;

    private CompiledRuleSet(
        RuleSet ruleSet, RuleSetIdentity identity, AnswerModel institution, AnswerModel resident, Type scopeType,
        CompiledStandard[] standards, (string, CompiledCondition)[] tracers, Dictionary<string, CompiledCondition> showIf, CompiledConsequenceCondition[] consequences)
    {
        RuleSet = ruleSet;
        Identity = identity;
        _institution = institution;
        _resident = resident;
        _newScope = Expression.Lambda<Func<RuleScope>>(Expression.New(scopeType)).CompileFast();
        _standards = standards;
        _tracers = tracers;
        _tracerConditions = [.. tracers.Select(t => t.Item2)];
        _showIf = showIf;
        var domains = ruleSet.Domains.Select(d => d.Code).ToList();
        DomainOf = [.. ruleSet.Standards.Select(s => domains.IndexOf(s.Domain))];
        var mustBeJudged = ruleSet.Policy.MustBeJudged;
        MustBeJudged = [.. ruleSet.Standards.Select((s, i) => (s, i))
            .Where(x => mustBeJudged is null ? x.s.Severity == Severity.Critical : mustBeJudged.Contains(x.s.Code))
            .Select(x => x.i)];
        _standardIndex = standards.ToDictionary(s => s.Standard.Code, s => s.Index, StringComparer.Ordinal);
        _network = new RuleNetwork(ruleSet, standards, [.. tracers.Select(t => t.Item1)], consequences);
    }

    public RuleSet RuleSet { get; }

    public RuleSetIdentity Identity { get; }

    public int StandardCount => _standards.Length;

    /// <summary>Each standard's domain index (-1: none), in catalog order.</summary>
    public int[] DomainOf { get; }

    /// <summary>The indexes of the standards that must be judged for a final rating.</summary>
    public int[] MustBeJudged { get; }

    /// <summary>Compiles every expression of <paramref name="ruleSet"/>; null with all errors when any fails.</summary>
    public static CompiledRuleSet? Create(RuleSet ruleSet, string contentHash, out List<CompilationError> errors)
    {
        var institution = new AnswerModel(ruleSet.Questions.Where(q => q.Unit == Level.Institution));
        var resident = new AnswerModel(ruleSet.Questions.Where(q => q.Unit == Level.Resident));
        var compiler = new RuleExpressionCompiler(institution, resident);

        // Every expression of the version, in catalog order; compiled in parallel (they are independent).
        var expressions = RuleSetExpressions.Of(ruleSet);
        var compiled = new object?[expressions.Count];
        var failures = new CompilationError?[expressions.Count];
        Parallel.For(0, expressions.Count, (int k) =>
        {
            var expression = expressions[k];
            try
            {
                compiled[k] = expression.Kind == RuleExpressionKind.Consequence
                    ? RuleExpressionCompiler.CompileConsequence(expression.Text)
                    : compiler.Compile(expression.Text, expression.ResidentAllowed);
            }
            catch (RuleSyntaxException e)
            {
                failures[k] = new CompilationError(expression.Owner, expression.Path, expression.Text, e.Position, e.Message);
            }
        });

        errors = [.. failures.OfType<CompilationError>()];
        if (errors.Count > 0)
        {
            return null;
        }

        var byPath = expressions.Select((e, k) => (e.Path, Compiled: compiled[k]!)).ToDictionary(x => x.Path, x => x.Compiled, StringComparer.Ordinal);
        var showIf = expressions.Where(e => e.Kind == RuleExpressionKind.ShowIf)
            .ToDictionary(e => e.Owner, e => (CompiledCondition)byPath[e.Path], StringComparer.Ordinal);
        var tracers = ruleSet.Tracers.Select((t, i) => (t.Code, (CompiledCondition)byPath[$"tracers[{i}].identifiedBy"])).ToArray();
        var tracerCodes = ruleSet.Tracers.Select(t => t.Code).ToList();
        var standards = ruleSet.Standards.Select((s, i) => new CompiledStandard(
            i,
            s,
            (CompiledCondition)byPath[$"standards[{i}].rule"],
            s.Applicability is null ? null : (CompiledCondition)byPath[$"standards[{i}].applicability"],
            s.Tracer is null ? -1 : tracerCodes.IndexOf(s.Tracer),
            s.Tracer,
            ruleSet.Policy)).ToArray();
        var consequences = ruleSet.Consequences.Select((_, i) => (CompiledConsequenceCondition)byPath[$"consequences[{i}].when"]).ToArray();
        var identity = new RuleSetIdentity(ruleSet.Id, ruleSet.Version.ToString(), contentHash);
        return new CompiledRuleSet(ruleSet, identity, institution, resident, compiler.ScopeType, standards, tracers, showIf, consequences);
    }

    public CompiledStandard Standard(int index) => _standards[index];

    public IReadOnlySet<string> QuestionsFor(string standardCode)
    {
        var index = Array.FindIndex(_standards, s => s.Standard.Code == standardCode);
        if (index < 0)
        {
            throw new ArgumentException($"{RuleSet.Moniker} has no standard '{standardCode}'", nameof(standardCode));
        }

        var compiled = _standards[index];
        var questions = new SortedSet<string>(compiled.Reads, StringComparer.Ordinal);
        if (compiled.TracerIndex >= 0)
        {
            var identification = _tracers[compiled.TracerIndex].IdentifiedBy;
            questions.UnionWith(identification.Institution.Concat(identification.Resident));
        }

        // Questions whose show-if reads other questions need those too, however deep.
        var pending = new Queue<string>(questions);
        while (pending.TryDequeue(out var code))
        {
            if (_showIf.TryGetValue(code, out var condition))
            {
                foreach (var needed in condition.Institution.Concat(condition.Resident).Where(questions.Add))
                {
                    pending.Enqueue(needed);
                }
            }
        }

        return questions;
    }

    public IReadOnlyList<ResponseProblem> Validate(InspectionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Prepare(response).Problems;
    }

    public bool? IsAsked(string questionCode, InspectionResponse response, SampledResident? resident = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!_institution.Questions.ContainsKey(questionCode) && !_resident.Questions.ContainsKey(questionCode))
        {
            throw new ArgumentException($"{RuleSet.Moniker} has no question '{questionCode}'", nameof(questionCode));
        }

        if (!_showIf.TryGetValue(questionCode, out var condition))
        {
            return true;
        }

        if (resident is null && condition.Resident.Length > 0)
        {
            // Without a resident the condition would read no answers at all (and fail), not unknown ones.
            throw new ArgumentException($"whether '{questionCode}' is asked depends on a resident's answers: pass the sampled resident", nameof(resident));
        }

        var prepared = Prepare(response with { Residents = resident is null ? [] : [resident] });
        return condition.Evaluate(prepared.Residents.Length > 0 ? prepared.Residents[0].Scope : prepared.Scope);
    }

    public InspectionResult Evaluate(InspectionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var prepared = Prepare(response);
        if (prepared.Problems.Count > 0)
        {
            throw new InvalidResponseException(RuleSet.Moniker, prepared.Problems);
        }

        var inspection = new InspectionFact(this, prepared, response) { Withdrawn = Withdrawn(response), HadDeficiency = HadDeficiency(response) };
        if (inspection.Withdrawn is { } withdrawn)
        {
            // Decided before any rule runs: the standards' rules do not match a withdrawn standard.
            for (var i = 0; i < withdrawn.Length; i++)
            {
                if (withdrawn[i])
                {
                    inspection.Findings[i] = _standards[i].Withdrawn(Identity);
                }
            }
        }

        var residents = new ResidentFact[prepared.Residents.Length];
        for (var i = 0; i < residents.Length; i++)
        {
            var resident = prepared.Residents[i];
            residents[i] = new ResidentFact(inspection, i, resident.Source, resident.Scope, resident.Marked, _tracerConditions);
        }

        var previous = response.PreviousDeficiencies is { Count: > 0 } deficiencies
            ? deficiencies.Select(d => new PreviousDeficiencyFact(d)).ToArray()
            : [];
        return _network.Evaluate(inspection, residents, previous);
    }

    public IReadOnlyList<TracerSample> PlanSample(InspectionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var prepared = Prepare(response);
        if (prepared.Problems.Count > 0)
        {
            throw new InvalidResponseException(RuleSet.Moniker, prepared.Problems);
        }

        return PlanSample(prepared, response);
    }

    /// <summary>Per tracer: residents sampled with it, the census, the residents needed and how many to add.</summary>
    public IReadOnlyList<TracerSample> PlanSample(PreparedResponse prepared, InspectionResponse response)
    {
        if (_tracers.Length == 0)
        {
            return [];
        }

        var withdrawn = Withdrawn(response);
        var plan = new TracerSample[_tracers.Length];
        for (var t = 0; t < _tracers.Length; t++)
        {
            var sampled = 0;
            foreach (var resident in prepared.Residents)
            {
                sampled += HasTracer(resident, t) ? 1 : 0;
            }

            var code = _tracers[t].Code;
            int? census = response.TracerCensus is { } counts && counts.TryGetValue(code, out var count) ? count : null;
            var required = 0;
            foreach (var standard in _standards)
            {
                if (standard.TracerIndex == t && withdrawn?[standard.Index] != true)
                {
                    required = Math.Max(required, census == 0 ? 0 : standard.RequiredSample(census));
                }
            }

            var toAdd = Math.Max(0, required - sampled);
            plan[t] = new TracerSample(code, sampled, census, required, census is { } c ? Math.Min(toAdd, Math.Max(0, c - sampled)) : toAdd);
        }

        return plan;
    }

    /// <summary>Records that standard <paramref name="index"/> failed at run time (unless it already did).</summary>
    public void Fail(InspectionFact inspection, int index, string message)
    {
        if (index >= 0 && !inspection.IsWithdrawn(index) && inspection.Findings[index] is not { Status: FindingStatus.Error })
        {
            inspection.Findings[index] = _standards[index].Error(inspection, message);
        }
    }

    /// <summary>Replaces each amended standard's computed finding (not a withdrawn one) by the supervisor's amendment.</summary>
    public void Amend(InspectionFact inspection)
    {
        if (inspection.Response.AmendedFindings is not { Count: > 0 } amended)
        {
            return;
        }

        foreach (var (code, amendment) in amended)
        {
            var index = _standardIndex[code];
            if (!inspection.IsWithdrawn(index))
            {
                inspection.Findings[index] = _standards[index].Amend(inspection.Findings[index], amendment, Identity);
            }
        }
    }

    /// <summary>Per standard, whether the response withdrew it; null when it withdrew none.</summary>
    private bool[]? Withdrawn(InspectionResponse response)
    {
        if (response.WithdrawnStandards is not { Count: > 0 } codes)
        {
            return null;
        }

        var withdrawn = new bool[_standards.Length];
        foreach (var code in codes)
        {
            if (_standardIndex.TryGetValue(code, out var index))
            {
                withdrawn[index] = true;
            }
        }

        return withdrawn;
    }

    /// <summary>Per standard, whether the previous inspection found a deficiency of it; null when it found none.</summary>
    private bool[]? HadDeficiency(InspectionResponse response)
    {
        if (response.PreviousDeficiencies is not { Count: > 0 } deficiencies)
        {
            return null;
        }

        var had = new bool[_standards.Length];
        foreach (var deficiency in deficiencies)
        {
            if (_standardIndex.TryGetValue(deficiency.StandardCode, out var index))
            {
                had[index] = true;
            }
        }

        return had;
    }

    private bool HasTracer(PreparedResident resident, int tracer)
    {
        try
        {
            return resident.Marked[tracer] || _tracers[tracer].IdentifiedBy.Evaluate(resident.Scope) == true;
        }
        catch (Exception e) when (CompiledStandard.IsRunTimeFailure(e))
        {
            return false; // evaluation reports it as an Error finding; the plan counts the resident as not having it
        }
    }

    /// <summary>Builds the typed answers and a scope per sampled resident, and reports every problem of the response.</summary>
    private PreparedResponse Prepare(InspectionResponse response)
    {
        var problems = new List<ResponseProblem>();
        var institution = _institution.Fill(response.Answers, resident: null, problems);
        var scope = NewScope(response.InspectionDate, institution, null);
        var max = RuleSet.Policy.EffectiveMaxSampledResidents;
        if (response.Residents.Count > max)
        {
            // Refused before any resident is read: a response this large is never evaluated.
            problems.Add(new ResponseProblem(null, "(residents)", $"{response.Residents.Count} residents are sampled; {RuleSet.Moniker} allows at most {max} in one inspection"));
            return new PreparedResponse(scope, [], problems);
        }

        foreach (var code in response.WithdrawnStandards ?? Enumerable.Empty<string>())
        {
            if (!_standardIndex.ContainsKey(code))
            {
                problems.Add(new ResponseProblem(null, "(withdrawn)", $"'{code}' is not a standard of {RuleSet.Moniker}"));
            }
        }

        foreach (var (code, amendment) in response.AmendedFindings ?? new Dictionary<string, FindingAmendment>())
        {
            var problem = !_standardIndex.TryGetValue(code, out var index) ? $"'{code}' is not a standard of {RuleSet.Moniker}"
                : amendment is null ? $"the amendment of {code} is empty"
                : _standards[index].CheckAmendment(amendment);
            if (problem is not null)
            {
                problems.Add(new ResponseProblem(null, "(amended)", problem));
            }
        }

        var residents = new PreparedResident[response.Residents.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < residents.Length; i++)
        {
            var resident = response.Residents[i];
            if (string.IsNullOrWhiteSpace(resident.Code) || !seen.Add(resident.Code))
            {
                problems.Add(new ResponseProblem(resident.Code, "(resident)", "each sampled resident needs its own pseudonymous code"));
            }

            var marked = new bool[_tracers.Length];
            foreach (var tracer in resident.Tracers)
            {
                var t = Array.FindIndex(_tracers, x => x.Code == tracer);
                if (t < 0)
                {
                    problems.Add(new ResponseProblem(resident.Code, "(tracer)", $"'{tracer}' is not a tracer of {RuleSet.Moniker}"));
                }
                else
                {
                    marked[t] = true;
                }
            }

            var answers = _resident.Fill(resident.Answers, resident.Code, problems);
            residents[i] = new PreparedResident(resident, NewScope(response.InspectionDate, institution, answers), marked);
        }

        return new PreparedResponse(scope, residents, problems);
    }

    private RuleScope NewScope(DateOnly date, object institution, object? resident)
    {
        var scope = _newScope();
        scope.InspectionDate = date;
        scope.SetInstitution(institution);
        scope.SetResident(resident);
        return scope;
    }
}

/// <summary>A response made ready for the compiled rules: the institution's scope and each resident's.</summary>
internal sealed record PreparedResponse(RuleScope Scope, PreparedResident[] Residents, List<ResponseProblem> Problems);

/// <summary>A sampled resident with a scope of its own (typed answers beside the institution's) and the tracers the inspector marked.</summary>
internal sealed record PreparedResident(SampledResident Source, RuleScope Scope, bool[] Marked);
