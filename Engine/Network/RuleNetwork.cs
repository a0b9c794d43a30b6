using System.Linq.Expressions;
using Inspection.Engine.Compilation;
using Inspection.Engine.Findings;
using Inspection.Standards.Language;
using Inspection.Standards.Model;
using NRules;
using NRules.Diagnostics;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using RuleSet = Inspection.Standards.Model.RuleSet;

namespace Inspection.Engine.Network;

/// <summary>
/// A rule-set version as one NRules network, built with <c>NRules.RuleModel.Builders</c> (rules are
/// data) and compiled once into a thread-safe session factory. Each evaluation is one session:
/// <list type="number">
/// <item>Standards (priority 400): one rule per standard. An institution-level standard matches the
/// inspection fact; a resident-level one matches it and collects the sampled residents its tracer's
/// test selects (one test per tracer, shared by the network). The action computes the finding.</item>
/// <item>Findings (300): the supervisor's amendments replace the computed findings they amend; then the
/// findings that call for something (not met, not judged) become facts.</item>
/// <item>Consequences (200): one rule per consequence over a finding fact, joined with the previous
/// deficiency of the same standard when it reads <c>p.</c>; fired once per match.</item>
/// <item>Rating caps (100): one rule per cap over the deficient findings it names.</item>
/// <item>Rating (0): scores, coverage, caps and consequences make the result.</item>
/// </list>
/// A failing condition or action becomes an Error finding for its standard only.
/// </summary>
internal sealed class RuleNetwork
{
    private const int StandardPriority = 400;
    private const int FindingsPriority = 300;
    private const int ConsequencePriority = 200;
    private const int CapPriority = 100;
    private const int RatingPriority = 0;
    private const string StandardProperty = "standard";
    private const string TracerProperty = "tracer";
    private const string ConsequenceProperty = "consequence";

    private static readonly Severity[] Severities = Enum.GetValues<Severity>();

    private readonly ISessionFactory _factory;

    public RuleNetwork(RuleSet ruleSet, CompiledStandard[] standards, string[] tracers, CompiledConsequenceCondition[] consequences)
    {
        var rules = new List<IRuleDefinition>(standards.Length + consequences.Length + 8);
        var tracerTests = tracers.Select((_, t) => TracerTest(t)).ToArray();
        foreach (var standard in standards)
        {
            rules.Add(standard.Standard.Level == Level.Institution
                ? InstitutionRule(standard)
                : ResidentRule(standard, standard.TracerIndex < 0 ? null : tracerTests[standard.TracerIndex], standard.TracerIndex < 0 ? null : tracers[standard.TracerIndex]));
        }

        var caps = ruleSet.Policy.RatingCaps;
        // Always: amendments are applied here, after every standard's rule and before anything reads the findings.
        rules.Add(InspectionRule("(findings)", FindingsPriority, nameof(InsertFindingFacts)));

        for (var c = 0; c < consequences.Length; c++)
        {
            rules.Add(ConsequenceRule(ruleSet.Consequences[c], c, consequences[c], ruleSet.Policy));
        }

        for (var c = 0; c < caps.Count; c++)
        {
            rules.Add(CapRule(caps[c], c));
        }

        rules.Add(InspectionRule("(rating)", RatingPriority, nameof(Rate)));

        var compiler = new RuleCompiler(new RuleCompilerOptions { UnsupportedExpressionHandling = RuleCompilerUnsupportedExpressionsHandling.TreatAsNotEqual })
        {
            ExpressionCompiler = new FastExpressionCompilerAdapter(),
        };
        _factory = compiler.Compile(rules);
        _factory.Events.RuleFiredEvent += OnRuleFired;
        _factory.Events.LhsExpressionFailedEvent += OnConditionFailed;
        _factory.Events.RhsExpressionFailedEvent += OnActionFailed;
    }

    /// <summary>Runs one session over the facts of one inspection and returns its result.</summary>
    public InspectionResult Evaluate(InspectionFact inspection, ResidentFact[] residents, PreviousDeficiencyFact[] previous)
    {
        var session = _factory.CreateSession();
        session.Insert(inspection);

        // Stryker disable once Equality : inserting no facts is no change; the test only saves the call
        if (residents.Length > 0)
        {
            session.InsertAll(residents);
        }

        // Stryker disable once Equality : inserting no facts is no change; the test only saves the call
        if (previous.Length > 0)
        {
            session.InsertAll(previous);
        }

        session.Fire();
        return inspection.Result ?? throw new InvalidOperationException($"{inspection.RuleSet.RuleSet.Moniker}: the rating rule did not fire");
    }

    /// <summary>Amended findings take the computed ones' place; then the findings that call for something become facts for consequences and caps.</summary>
    public static void InsertFindingFacts(IContext context, InspectionFact inspection)
    {
        inspection.RuleSet.Amend(inspection);
        var facts = new List<object>();
        var findings = inspection.Findings;
        for (var i = 0; i < findings.Length; i++)
        {
            if (findings[i] is { Status: FindingStatus.NotMet or FindingStatus.Incomplete or FindingStatus.Error } finding)
            {
                facts.Add(new FindingFact(inspection, i, finding, finding.Standard.Domain) { HasPrevious = inspection.HadDeficiency?[i] == true });
            }
        }

        // Stryker disable once Equality : inserting no facts is no change; the test only saves the call
        if (facts.Count > 0)
        {
            context.InsertAll(facts);
        }
    }

    /// <summary>The last rule: scores, coverage, caps and consequences make the result.</summary>
    public static void Rate(IContext context, InspectionFact inspection) => inspection.Result = Scoring.Score(inspection);

    /// <summary>A consequence's action: a raised grade takes effect at once, so that caps see it.</summary>
    public static void Apply(IContext context, FindingFact finding, ConsequenceAction then, EvaluationPolicy policy)
    {
        if (!then.RaiseGrade || finding.Finding.Deficiency is not { } deficiency || deficiency.Severity == Severity.Critical)
        {
            return;
        }

        var severity = Severities[(int)deficiency.Severity + 1];
        var cell = policy.GradeFor(severity, deficiency.Scope)
            ?? throw new InvalidOperationException($"the grade grid has no cell for {severity} x {deficiency.Scope}");
        finding.Finding = finding.Finding.WithDeficiency(deficiency with { Severity = severity, Grade = cell.Grade, ImmediateJeopardy = cell.ImmediateJeopardy });
        finding.Raised = true;
        finding.Inspection.Findings[finding.Index] = finding.Finding;
        context.Update(finding);
    }

    /// <summary>A cap's action: records that the cap holds, and which deficiency triggered it.</summary>
    public static void Trigger(IContext context, FindingFact finding, int cap) => finding.Inspection.CapHits.Add((cap, finding.Index));

    private static LambdaExpression TracerTest(int tracer)
    {
        var resident = Expression.Parameter(typeof(ResidentFact), "resident");
        return Expression.Lambda(Expression.Call(resident, typeof(ResidentFact).GetMethod(nameof(ResidentFact.Has))!, Expression.Constant(tracer)), resident);
    }

    private static IRuleDefinition InstitutionRule(CompiledStandard standard)
    {
        var builder = Rule(standard.Standard.Code, StandardPriority);
        builder.Property(StandardProperty, standard.Index);
        var inspection = StandardInspectionPattern(builder.LeftHandSide());
        var context = Expression.Parameter(typeof(IContext), "context");
        builder.RightHandSide().Action(Expression.Lambda(
            Expression.Call(Expression.Constant(standard), typeof(CompiledStandard).GetMethod(nameof(CompiledStandard.EvaluateInstitution))!, inspection),
            context,
            inspection));
        return builder.Build();
    }

    private static IRuleDefinition ResidentRule(CompiledStandard standard, LambdaExpression? tracerTest, string? tracer)
    {
        var builder = Rule(standard.Standard.Code, StandardPriority);
        builder.Property(StandardProperty, standard.Index);
        if (tracer is not null)
        {
            builder.Property(TracerProperty, tracer);
        }

        var lhs = builder.LeftHandSide();
        var inspection = StandardInspectionPattern(lhs);
        var collected = lhs.Pattern(typeof(IEnumerable<ResidentFact>), "residents");
        var aggregate = collected.Aggregate();
        aggregate.Collect();
        var resident = aggregate.Pattern(typeof(ResidentFact), "resident");
        if (tracerTest is not null)
        {
            resident.Condition(tracerTest);
        }

        var context = Expression.Parameter(typeof(IContext), "context");
        var residents = collected.Declaration.ToParameterExpression();
        builder.RightHandSide().Action(Expression.Lambda(
            Expression.Call(Expression.Constant(standard), typeof(CompiledStandard).GetMethod(nameof(CompiledStandard.EvaluateResidents))!, inspection, residents),
            context,
            inspection,
            residents));
        return builder.Build();
    }

    /// <summary>
    /// The inspection fact as every standard's rule matches it: with no condition of the standard's
    /// own, so that all the standards' rules share one alpha memory and one join node (a condition per
    /// standard, as for a withdrawn standard, made 310 nodes and cost about 700 KB per inspection).
    /// A withdrawn standard's action returns before it reads anything (its finding was made before the session).
    /// </summary>
    private static ParameterExpression StandardInspectionPattern(GroupBuilder lhs) =>
        lhs.Pattern(typeof(InspectionFact), "inspection").Declaration.ToParameterExpression();

    private static IRuleDefinition InspectionRule(string name, int priority, string method)
    {
        var builder = Rule(name, priority);
        var inspection = builder.LeftHandSide().Pattern(typeof(InspectionFact), "inspection").Declaration.ToParameterExpression();
        var context = Expression.Parameter(typeof(IContext), "context");
        builder.RightHandSide().Action(Expression.Lambda(
            Expression.Call(typeof(RuleNetwork).GetMethod(method)!, context, inspection), context, inspection));
        return builder.Build();
    }

    private static IRuleDefinition ConsequenceRule(Consequence consequence, int index, CompiledConsequenceCondition condition, EvaluationPolicy policy)
    {
        var builder = Rule($"consequence {consequence.Code}", ConsequencePriority);
        builder.Property(ConsequenceProperty, index);

        // Fired once per match: a raised grade updates the finding, which must not fire it again.
        builder.Repeatability(RuleRepeatability.NonRepeatable);
        var lhs = builder.LeftHandSide();
        var holds = Expression.Equal(condition.Body, Expression.Constant(true, typeof(bool?)));
        if (condition.ReadsPrevious)
        {
            lhs.Pattern(typeof(PreviousDeficiencyFact), RuleLanguage.Previous);
            var sameStandard = Expression.Equal(
                Expression.Property(condition.Finding, nameof(FindingFact.standard)),
                Expression.Property(condition.Previous, nameof(PreviousDeficiencyFact.standard)));
            var finding = lhs.Pattern(typeof(FindingFact), RuleLanguage.Finding);

            // A condition on the finding alone (an alpha node): only the findings of a standard the previous
            // inspection found deficient reach the join, which otherwise tries every finding with every previous deficiency.
            finding.Condition(Expression.Lambda(Expression.Property(condition.Finding, nameof(FindingFact.HasPrevious)), condition.Finding));
            finding.Condition(Expression.Lambda(Expression.AndAlso(sameStandard, holds), condition.Finding, condition.Previous));
        }
        else
        {
            lhs.Pattern(typeof(FindingFact), RuleLanguage.Finding).Condition(Expression.Lambda(holds, condition.Finding));
        }

        var context = Expression.Parameter(typeof(IContext), "context");
        builder.RightHandSide().Action(Expression.Lambda(
            Expression.Call(
                typeof(RuleNetwork).GetMethod(nameof(Apply))!,
                context,
                condition.Finding,
                Expression.Constant(consequence.Then),
                Expression.Constant(policy)),
            context,
            condition.Finding));
        return builder.Build();
    }

    private static IRuleDefinition CapRule(RatingCap cap, int index)
    {
        var builder = Rule($"cap {cap.Code}", CapPriority);
        builder.Repeatability(RuleRepeatability.NonRepeatable);
        var finding = Expression.Parameter(typeof(FindingFact), "finding");
        Expression holds = Expression.Constant(false);
        if (cap.Severity is { } severity)
        {
            holds = Expression.AndAlso(
                Expression.Property(finding, nameof(FindingFact.deficient)),
                Expression.Equal(Expression.Property(finding, nameof(FindingFact.severity)), Expression.Constant(CatalogNames.Of(severity))));
        }

        if (cap.ImmediateJeopardy)
        {
            holds = Expression.OrElse(holds, Expression.Property(finding, nameof(FindingFact.immediateJeopardy)));
        }

        builder.LeftHandSide().Pattern(typeof(FindingFact), "finding").Condition(Expression.Lambda(holds, finding));
        var context = Expression.Parameter(typeof(IContext), "context");
        builder.RightHandSide().Action(Expression.Lambda(
            Expression.Call(typeof(RuleNetwork).GetMethod(nameof(Trigger))!, context, finding, Expression.Constant(index)), context, finding));
        return builder.Build();
    }

    private static RuleBuilder Rule(string name, int priority)
    {
        var builder = new RuleBuilder();
        builder.Name(name);
        builder.Priority(priority);
        return builder;
    }

    private static int Property(IRuleDefinition rule, string name) =>
        rule.Properties.TryGetProperty(name, out var property) ? (int)property.Value : -1;

    private static T? Fact<T>(IEnumerable<IFactMatch> facts)
        where T : class
    {
        foreach (var fact in facts)
        {
            if (fact.Value is T value)
            {
                return value;
            }
        }

        return null;
    }

    private void OnRuleFired(object? sender, AgendaEventArgs e)
    {
        if (e.Rule.Priority != ConsequencePriority || Fact<FindingFact>(e.Facts) is not { } finding)
        {
            return;
        }

        var facts = e.Facts.Select(f => f.Value?.ToString() ?? string.Empty).ToArray();
        finding.Inspection.Fired.Add((Property(e.Rule, ConsequenceProperty), finding.Index, facts));
    }

    private void OnConditionFailed(object? sender, LhsExpressionErrorEventArgs e)
    {
        if (e.Exception is not { } exception || !CompiledStandard.IsRunTimeFailure(exception))
        {
            return;
        }

        foreach (var fact in e.Facts)
        {
            switch (fact.Value)
            {
                case ResidentFact resident:
                    // The tracer's test failed for this resident: only the standards that follow the tracer become Error findings.
                    foreach (var rule in e.Rules)
                    {
                        var tracer = rule.Properties.TryGetProperty(TracerProperty, out var code) ? code.Value : "?";
                        resident.Inspection.RuleSet.Fail(resident.Inspection, Property(rule, StandardProperty),
                            $"the tracer '{tracer}' could not be identified for resident {resident.Source.Code}: {exception.GetType().Name}: {exception.Message}");
                    }

                    e.IsHandled = true;
                    return;
                case FindingFact finding:
                    foreach (var rule in e.Rules)
                    {
                        finding.Inspection.Failures.Add($"the consequence '{rule.Name}' could not be evaluated for {finding.standard}: {exception.GetType().Name}: {exception.Message}");
                    }

                    e.IsHandled = true;
                    return;
            }
        }
    }

    private void OnActionFailed(object? sender, RhsExpressionErrorEventArgs e)
    {
        if (e.Exception is not { } exception || !CompiledStandard.IsRunTimeFailure(exception)
            || Property(e.Match.Rule, StandardProperty) is var standard && standard < 0
            || Fact<InspectionFact>(e.Match.Facts) is not { } inspection)
        {
            return;
        }

        // A rule that fails at run time is an Error finding; the rest of the evaluation goes on.
        inspection.RuleSet.Fail(inspection, standard, $"{exception.GetType().Name}: {exception.Message}");
        e.IsHandled = true;
    }
}
