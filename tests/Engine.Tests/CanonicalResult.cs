using System.Text.Json;
using Inspection.Engine.Findings;

namespace Inspection.Engine.Tests;

/// <summary>
/// The content of an evaluation as JSON text: every finding with its status, evidence, tally and
/// deficiency, the domain scores and the rating. Two results with the same text are the same findings.
/// </summary>
internal static class CanonicalResult
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Of(InspectionResult result) => JsonSerializer.Serialize(
        new
        {
            result.RuleSet,
            result.InspectionDate,
            Findings = result.Findings.Select(f => new
            {
                f.StandardCode,
                f.Standard.Rule,
                f.RuleSet,
                Status = f.Status.ToString(),
                AnswersRead = Answers(f.AnswersRead),
                f.MissingAnswers,
                Residents = f.Residents is null ? null : new
                {
                    f.Residents.Applicable,
                    f.Residents.Known,
                    f.Residents.Satisfying,
                    f.Residents.Rate,
                    f.Residents.Bar,
                    f.Residents.MinimumSample,
                    Outcomes = f.Residents.Outcomes.Select(o => new { o.Resident, Result = o.Result.ToString(), AnswersRead = Answers(o.AnswersRead) }),
                },
                Deficiency = f.Deficiency is null ? null : new
                {
                    Severity = f.Deficiency.Severity.ToString(),
                    Scope = f.Deficiency.Scope.ToString(),
                    f.Deficiency.Grade,
                    f.Deficiency.ImmediateJeopardy,
                    f.Deficiency.FailingShare,
                },
                f.ErrorMessage,
                f.Note,
            }),
            result.Domains,
            result.OverallScore,
            Rating = result.Rating is null ? null : new
            {
                ScoreBand = result.Rating.ScoreBand.Code,
                Band = result.Rating.Band.Code,
                Caps = result.Rating.Caps.Select(c => c.Code),
            },
            ScoreBand = result.ScoreBand?.Code,
            result.Coverage,
            result.NotRatedReasons,
            Applied = result.Caps.Select(c => new { c.Cap.Code, c.Standards, c.Lowered }),
            Consequences = result.Consequences.Select(c => new { c.Consequence.Code, c.StandardCode, c.Facts }),
            result.FollowUpWithinDays,
            EscalateTo = result.EscalateTo?.ToString(),
            result.SamplingPlan,
        },
        Options);

    private static IEnumerable<string> Answers(IEnumerable<AnswerRead> read) =>
        read.Select(a => $"{a.Question}={a.Value?.Display() ?? "(unanswered)"}");
}
