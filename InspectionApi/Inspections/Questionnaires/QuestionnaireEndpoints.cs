using Inspection.Api.Hosting;
using Inspection.Standards.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inspection.Api.Inspections.Questionnaires;

/// <summary>The questionnaire of an inspection: its rule-set version's instruments (a follow-up's: only what it re-checks) and tracers.</summary>
public static class QuestionnaireEndpoints
{
    public static void MapQuestionnaire(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/questionnaire", Get).WithName("GetQuestionnaire")
            .WithSummary("Get the questionnaire")
            .WithDescription("The questions of the inspection's rule-set version, with their types, options and help, the domains whose standards read each answer and those standards' legal references, and the rule set's domains in order.")
            .ProducesProblem(404);

    public static async Task<Results<Ok<QuestionnaireDto>, ProblemHttpResult>> Get(Guid id, [AsParameters] InspectionServices services, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.None, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        var (ruleSet, compiled) = services.Library.Get(inspection.RuleSetVersion!);
        var rechecked = inspection.Kind == InspectionKind.FollowUp ? inspection.RecheckedStandards : null;
        var asked = rechecked?.SelectMany(compiled.QuestionsFor).ToHashSet(StringComparer.Ordinal);
        static TextDto Text(LocalizedText text) => new(text.He, text.En);
        var readers = ruleSet.Standards
            .SelectMany(s => compiled.QuestionsFor(s.Code).Select(q => (Question: q, Standard: s)))
            .ToLookup(r => r.Question, r => r.Standard, StringComparer.Ordinal);
        IReadOnlyList<string> Domains(string question) => [.. readers[question].Select(s => s.Domain).Distinct(StringComparer.Ordinal)];
        IReadOnlyList<TextDto> References(string question) =>
            [.. readers[question].Select(s => s.LegalReference).Where(r => !r.IsEmpty).Select(Text).Distinct()];
        var instruments = ruleSet.Instruments
            .Select(instrument => new InstrumentDto(instrument.Code, Text(instrument.Title), instrument.Questions
                .Where(q => asked is null || asked.Contains(q.Code))
                .Select(q => new QuestionDto(q.Code, CatalogNames.Of(q.Type), CatalogNames.Of(q.Unit), CatalogNames.Of(q.Source), q.Required, Text(q.Text),
                    q.Help.IsEmpty ? null : Text(q.Help), q.ShowIf, q.Min, q.Max, [.. q.Options.Select(o => new OptionDto(o.Value, Text(o.Label)))],
                    Domains(q.Code), References(q.Code)))
                .ToList()))
            .Where(i => i.Questions.Count > 0)
            .ToList();
        return TypedResults.Ok(new QuestionnaireDto(inspection.Id, ruleSet.Moniker, inspection.RuleSetVersion!.ContentHash,
            [.. ruleSet.Tracers.Select(t => new TracerDto(t.Code, Text(t.Title), t.IdentifiedBy))], instruments, rechecked,
            [.. ruleSet.Domains.Select(d => new DomainDto(d.Code, Text(d.Title)))]));
    }
}
