using Inspection.Standards.Model;

namespace Inspection.Standards.Language;

/// <summary>Every expression of a rule set with its path, in catalog order: written once, read by the validator and the Engine.</summary>
public static class RuleSetExpressions
{
    /// <summary>The expressions of <paramref name="ruleSet"/>: show-if conditions, tracers, rules and applicability, consequences.</summary>
    public static IReadOnlyList<RuleExpression> Of(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var expressions = new List<RuleExpression>();
        for (var i = 0; i < ruleSet.Instruments.Count; i++)
        {
            var questions = ruleSet.Instruments[i].Questions;
            for (var j = 0; j < questions.Count; j++)
            {
                if (questions[j].ShowIf is { } showIf)
                {
                    expressions.Add(new(questions[j].Code, $"instruments[{i}].questions[{j}].showIf", showIf, RuleExpressionKind.ShowIf, questions[j].Unit == Level.Resident));
                }
            }
        }

        for (var i = 0; i < ruleSet.Tracers.Count; i++)
        {
            expressions.Add(new(ruleSet.Tracers[i].Code, $"tracers[{i}].identifiedBy", ruleSet.Tracers[i].IdentifiedBy, RuleExpressionKind.Tracer, true));
        }

        for (var i = 0; i < ruleSet.Standards.Count; i++)
        {
            var standard = ruleSet.Standards[i];
            var resident = standard.Level == Level.Resident;
            expressions.Add(new(standard.Code, $"standards[{i}].rule", standard.Rule, RuleExpressionKind.Rule, resident));
            if (standard.Applicability is { } applicability)
            {
                expressions.Add(new(standard.Code, $"standards[{i}].applicability", applicability, RuleExpressionKind.Applicability, resident));
            }
        }

        for (var i = 0; i < ruleSet.Consequences.Count; i++)
        {
            expressions.Add(new(ruleSet.Consequences[i].Code, $"consequences[{i}].when", ruleSet.Consequences[i].When, RuleExpressionKind.Consequence, false));
        }

        return expressions;
    }
}
