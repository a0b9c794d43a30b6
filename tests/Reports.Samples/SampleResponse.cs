using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Reports.Samples;

/// <summary>
/// A plausible response to a rule set: every question answered from a seeded random source, good
/// with probability <c>quality</c>, a few left unanswered, residents sampled with pseudonymous codes.
/// </summary>
public static class SampleResponse
{
    public static InspectionResponse For(RuleSet ruleSet, DateOnly date, int seed, double quality, int residents = 12, double unanswered = 0.02)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var random = new Random(seed);
        Dictionary<string, AnswerValue> Answers(Level unit) => ruleSet.Questions
            .Where(q => q.Unit == unit && random.NextDouble() >= unanswered)
            .ToDictionary(q => q.Code, q => Value(q, random, quality, date), StringComparer.Ordinal);

        var sample = Enumerable.Range(1, residents)
            .Select(i => new SampledResident($"R{i:D2}-{random.Next(1000, 9999)}", [], Answers(Level.Resident)))
            .ToList();
        return new InspectionResponse(date, Answers(Level.Institution), sample);
    }

    private static AnswerValue Value(Question question, Random random, double quality, DateOnly date)
    {
        var good = random.NextDouble() < quality;
        switch (question.Type)
        {
            case QuestionType.YesNo:
                return AnswerValue.YesNo(good);
            case QuestionType.Date:
                return AnswerValue.Date(date.AddDays(-(good ? random.Next(1, 60) : random.Next(120, 500))));
            case QuestionType.Choice:
                return AnswerValue.Choice(question.Options[good ? 0 : random.Next(question.Options.Count)].Value);
            case QuestionType.MultiChoice:
                return AnswerValue.Choices([.. question.Options.Where(_ => good || random.NextDouble() < 0.5).Select(o => o.Value)]);
            case QuestionType.Text:
                return AnswerValue.Text("—");
            default:
                var min = question.Min ?? 0;
                var max = question.Max ?? 100;
                var value = good ? max - ((max - min) * (decimal)random.NextDouble() * 0.3m) : min + ((max - min) * (decimal)random.NextDouble() * 0.5m);
                return AnswerValue.Number(question.Type == QuestionType.Scale ? Math.Round(value) : Math.Round(value, 1));
        }
    }
}
