using System.Text.Json;
using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Api.Inspections.Findings;

/// <summary>A finding's evidence trail as stored with it (JSON): what the Engine read and why it decided.</summary>
public static class FindingEvidence
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string ToJson(Finding finding) => JsonSerializer.Serialize(new
    {
        ruleSet = new { finding.RuleSet.Id, finding.RuleSet.Version, finding.RuleSet.ContentHash },
        rule = finding.Standard.Rule,
        applicability = finding.Standard.Applicability,
        tracer = finding.Standard.Tracer,
        answersRead = finding.AnswersRead.Select(a => new { a.Question, value = a.Value?.Display() }),
        missingAnswers = finding.MissingAnswers,
        residents = finding.Residents is { } tally
            ? new
            {
                tally.Applicable,
                tally.Known,
                tally.Satisfying,
                tally.Rate,
                tally.Bar,
                tally.MinimumSample,
                failing = tally.Failing.ToList(),
                excluded = tally.Excluded.ToList(),
                outcomes = tally.Outcomes.Select(o => new
                {
                    o.Resident,
                    result = o.Result.ToString(),
                    answersRead = o.AnswersRead.Select(a => new { a.Question, value = a.Value?.Display() }),
                }),
            }
            : null,
        deficiency = finding.Deficiency is { } d
            ? new { severity = CatalogNames.Of(d.Severity), scope = CatalogNames.Of(d.Scope), d.Grade, d.ImmediateJeopardy, d.FailingShare }
            : null,
        error = finding.ErrorMessage,
    }, Options);
}
