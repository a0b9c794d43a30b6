using System.Linq.Expressions;
using FastExpressionCompiler;
using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Engine.Compilation;

/// <summary>
/// One rule-set version compiled: typed answer models, every condition compiled, and the
/// evaluation of DESIGN.md section 3. Immutable after construction; each evaluation works on its
/// own scope and answer objects, so many threads may evaluate at once.
/// </summary>
internal sealed class CompiledRuleSet : ICompiledRuleSet
{
    private readonly AnswerModel _institution;
    private readonly AnswerModel _resident;
    private readonly Func<RuleScope> _newScope;
    private readonly CompiledStandard[] _standards;
    private readonly (string Code, CompiledCondition IdentifiedBy)[] _tracers;
    private readonly Dictionary<string, CompiledCondition> _showIf;
    private readonly int[] _domainOf;

    private CompiledRuleSet(
        RuleSet ruleSet, RuleSetIdentity identity, AnswerModel institution, AnswerModel resident, Type scopeType,
        CompiledStandard[] standards, (string, CompiledCondition)[] tracers, Dictionary<string, CompiledCondition> showIf)
    {
        RuleSet = ruleSet;
        Identity = identity;
        _institution = institution;
        _resident = resident;
        _newScope = Expression.Lambda<Func<RuleScope>>(Expression.New(scopeType)).CompileFast();
        _standards = standards;
        _tracers = tracers;
        _showIf = showIf;
        var domains = ruleSet.Domains.Select(d => d.Code).ToList();
        _domainOf = [.. ruleSet.Standards.Select(s => domains.IndexOf(s.Domain))];
    }

    public RuleSet RuleSet { get; }

    public RuleSetIdentity Identity { get; }

    /// <summary>Compiles every expression of <paramref name="ruleSet"/>; null with all errors when any fails.</summary>
    public static CompiledRuleSet? Create(RuleSet ruleSet, string contentHash, out List<CompilationError> errors)
    {
        var institution = new AnswerModel(ruleSet.Questions.Where(q => q.Unit == Level.Institution));
        var resident = new AnswerModel(ruleSet.Questions.Where(q => q.Unit == Level.Resident));
        var compiler = new RuleExpressionCompiler(institution, resident);

        // Every expression of the version, in catalog order; compiled in parallel (they are independent).
        var questions = ruleSet.Instruments
            .SelectMany((instrument, i) => instrument.Questions.Select((q, j) => (Question: q, Path: $"instruments[{i}].questions[{j}].showIf")))
            .Where(x => x.Question.ShowIf is not null)
            .ToList();
        var jobs = new List<(string Text, string Owner, string Path, bool ResidentAllowed)>();
        jobs.AddRange(questions.Select(x => (x.Question.ShowIf!, x.Question.Code, x.Path, x.Question.Unit == Level.Resident)));
        jobs.AddRange(ruleSet.Tracers.Select((t, i) => (t.IdentifiedBy, t.Code, $"tracers[{i}].identifiedBy", true)));
        foreach (var (standard, i) in ruleSet.Standards.Select((s, i) => (s, i)))
        {
            var residentLevel = standard.Level == Level.Resident;
            jobs.Add((standard.Rule, standard.Code, $"standards[{i}].rule", residentLevel));
            if (standard.Applicability is not null)
            {
                jobs.Add((standard.Applicability, standard.Code, $"standards[{i}].applicability", residentLevel));
            }
        }

        var compiled = new CompiledCondition?[jobs.Count];
        var failures = new CompilationError?[jobs.Count];
        Parallel.For(0, jobs.Count, k =>
        {
            var (text, owner, path, residentAllowed) = jobs[k];
            try
            {
                compiled[k] = compiler.Compile(text, residentAllowed);
            }
            catch (RuleSyntaxException e)
            {
                failures[k] = new CompilationError(owner, path, text, e.Position, e.Message);
            }
        });

        errors = [.. failures.OfType<CompilationError>()];
        if (errors.Count > 0)
        {
            return null;
        }

        var byPath = jobs.Select((job, k) => (job.Path, Condition: compiled[k]!)).ToDictionary(x => x.Path, x => x.Condition, StringComparer.Ordinal);
        var showIf = questions.ToDictionary(x => x.Question.Code, x => byPath[x.Path], StringComparer.Ordinal);
        var tracers = ruleSet.Tracers.Select((t, i) => (t.Code, byPath[$"tracers[{i}].identifiedBy"])).ToArray();
        var tracerCodes = ruleSet.Tracers.Select(t => t.Code).ToList();
        var standards = ruleSet.Standards.Select((s, i) => new CompiledStandard(
            s,
            byPath[$"standards[{i}].rule"],
            s.Applicability is null ? null : byPath[$"standards[{i}].applicability"],
            s.Tracer is null ? -1 : tracerCodes.IndexOf(s.Tracer),
            ruleSet.Policy)).ToArray();
        var identity = new RuleSetIdentity(ruleSet.Id, ruleSet.Version.ToString(), contentHash);
        return new CompiledRuleSet(ruleSet, identity, institution, resident, compiler.ScopeType, standards, tracers, showIf);
    }

    public IReadOnlySet<string> QuestionsFor(string standardCode)
    {
        var index = Array.FindIndex(_standards, s => s.Standard.Code == standardCode);
        if (index < 0)
        {
            throw new ArgumentException($"{RuleSet.Moniker} has no standard '{standardCode}'", nameof(standardCode));
        }

        var compiled = _standards[index];
        var questions = new SortedSet<string>(compiled.Reads, StringComparer.Ordinal);
        if (compiled.Standard.Tracer is { } tracer && Array.Find(_tracers, t => t.Code == tracer) is { IdentifiedBy: { } identification })
        {
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
        prepared.Scope.SetResident(prepared.Residents.Length > 0 ? prepared.Residents[0].Answers : null);
        return condition.Evaluate(prepared.Scope);
    }

    public InspectionResult Evaluate(InspectionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var prepared = Prepare(response);
        if (prepared.Problems.Count > 0)
        {
            throw new InvalidResponseException(RuleSet.Moniker, prepared.Problems);
        }

        var findings = new Finding[_standards.Length];
        for (var i = 0; i < _standards.Length; i++)
        {
            findings[i] = _standards[i].Evaluate(prepared, response, Identity);
        }

        return Scoring.Score(RuleSet, Identity, response.InspectionDate, findings, _domainOf);
    }

    /// <summary>Builds the typed answers, the sample with its tracers, and the scope rules run on.</summary>
    private PreparedResponse Prepare(InspectionResponse response)
    {
        var problems = new List<ResponseProblem>();
        var scope = _newScope();
        scope.InspectionDate = response.InspectionDate;
        scope.SetInstitution(_institution.Fill(response.Answers, resident: null, problems));

        var residents = new PreparedResident[response.Residents.Count];
        var tracerErrors = new string?[_tracers.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < residents.Length; i++)
        {
            var resident = response.Residents[i];
            if (string.IsNullOrWhiteSpace(resident.Code) || !seen.Add(resident.Code))
            {
                problems.Add(new ResponseProblem(resident.Code, "(resident)", "each sampled resident needs its own pseudonymous code"));
            }

            foreach (var tracer in resident.Tracers)
            {
                if (Array.FindIndex(_tracers, t => t.Code == tracer) < 0)
                {
                    problems.Add(new ResponseProblem(resident.Code, "(tracer)", $"'{tracer}' is not a tracer of {RuleSet.Moniker}"));
                }
            }

            var answers = _resident.Fill(resident.Answers, resident.Code, problems);
            scope.SetResident(answers);
            var tracers = new bool[_tracers.Length];
            for (var t = 0; t < _tracers.Length; t++)
            {
                try
                {
                    tracers[t] = resident.Tracers.Contains(_tracers[t].Code) || _tracers[t].IdentifiedBy.Evaluate(scope) == true;
                }
                catch (Exception e) when (CompiledStandard.IsRunTimeFailure(e))
                {
                    // Only the standards that follow this tracer become Error findings; the rest goes on.
                    tracerErrors[t] ??= $"the tracer '{_tracers[t].Code}' could not be identified for resident {resident.Code}: {e.GetType().Name}: {e.Message}";
                }
            }

            residents[i] = new PreparedResident(resident, answers, tracers);
        }

        return new PreparedResponse(scope, residents, tracerErrors, problems);
    }
}

/// <summary>A response made ready for the compiled rules.</summary>
/// <param name="TracerErrors">Per tracer, why its identification failed at run time (null when it did not).</param>
internal sealed record PreparedResponse(RuleScope Scope, PreparedResident[] Residents, string?[] TracerErrors, List<ResponseProblem> Problems);

/// <summary>A sampled resident with typed answers and the tracers the resident has.</summary>
internal sealed record PreparedResident(SampledResident Source, object Answers, bool[] Tracers);
