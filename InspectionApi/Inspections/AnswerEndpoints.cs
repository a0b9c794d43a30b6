using System.Text.Json;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Api.RuleSets;
using Inspection.Standards.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Inspections;

/// <summary>
/// Reading and saving answers. Saves are partial and idempotent (the same save twice changes
/// nothing the second time), checked against the questionnaire, and refused when made against an
/// older version of the answers than the current one.
/// </summary>
public static class AnswerEndpoints
{
    public static void MapAnswers(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/answers", Get);
        group.MapPut("/{id:guid}/answers", Save);
    }

    public static async Task<Results<Ok<AnswersDto>, ProblemHttpResult>> Get(Guid id, InspectionDbContext db, AccessPolicy access, CancellationToken cancellationToken)
    {
        var inspection = await InspectionAccess.FindAsync(db, access, id, withDetails: true, cancellationToken);
        return inspection is null ? Problems.NotFound("The inspection") : TypedResults.Ok(ToDto(inspection));
    }

    public static async Task<Results<Ok<AnswersDto>, ProblemHttpResult>> Save(
        Guid id, SaveAnswersRequest request, InspectionDbContext db, AccessPolicy access, RuleSetLibrary library, TimeProvider clock, CancellationToken cancellationToken)
    {
        var inspection = await InspectionAccess.FindAsync(db, access, id, withDetails: true, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        if (!access.CanAnswer(inspection))
        {
            return Problems.Forbidden("You may read this inspection's answers but not change them.");
        }

        if (!inspection.AcceptsAnswers)
        {
            return Problems.Conflict($"the answers of an inspection that is {inspection.Status} cannot change; reopen it first");
        }

        if (request.Version is null)
        {
            return Problems.Invalid(nameof(request.Version), "send the version of the answers your changes are based on");
        }

        if (request.Version != inspection.AnswersVersion)
        {
            return Stale(inspection);
        }

        var (ruleSet, compiled) = library.Get(inspection.RuleSetVersion!);
        var questions = ruleSet.Questions.ToDictionary(q => q.Code, StringComparer.Ordinal);
        var tracers = ruleSet.Tracers.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var errors = new Dictionary<string, List<string>>();
        void Error(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        // Read and check everything first: nothing is applied unless all of it fits.
        var institution = Read(request.Answers, Level.Institution, "answers", questions, Error);
        var residents = new List<(string Code, List<string>? Tracers, List<(string Code, string? Json)> Answers)>();
        foreach (var (resident, index) in (request.Residents ?? []).Select((r, i) => (r, i)))
        {
            var field = $"residents[{index}]";
            if (string.IsNullOrWhiteSpace(resident.Code) || resident.Code.Length > 50)
            {
                Error($"{field}.code", "each sampled resident needs a pseudonymous code of at most 50 characters");
                continue;
            }

            foreach (var tracer in (resident.Tracers ?? []).Where(t => !tracers.Contains(t)))
            {
                Error($"{field}.tracers", $"'{tracer}' is not a tracer of {ruleSet.Moniker}");
            }

            residents.Add((resident.Code.Trim(), resident.Tracers, Read(resident.Answers, Level.Resident, $"{field}.answers", questions, Error)));
        }

        if (residents.GroupBy(r => r.Code).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            Error("residents", $"resident '{duplicate.Key}' appears twice");
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }

        var changed = false;
        foreach (var (code, json) in institution)
        {
            changed |= inspection.SetAnswer(code, json);
        }

        foreach (var code in request.RemoveResidents ?? [])
        {
            changed |= inspection.RemoveResident(code);
        }

        foreach (var (code, residentTracers, answers) in residents)
        {
            changed |= inspection.Residents.All(r => r.Code != code);
            var resident = inspection.Resident(code);
            if (residentTracers is not null)
            {
                changed |= resident.SetTracers(residentTracers);
            }

            foreach (var (question, json) in answers)
            {
                changed |= resident.SetAnswer(question, json);
            }
        }

        // Ranges and options are the Engine's to judge, on the answers as they would now stand.
        var problems = compiled.Validate(ResponseBuilder.Build(inspection, ruleSet, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
        if (problems.Count > 0)
        {
            // Named like the read errors above: by the resident's place in the request (stored residents, not sent now, by code).
            var positions = residents.Select((r, i) => (r.Code, i)).ToDictionary(r => r.Code, r => r.i, StringComparer.Ordinal);
            return Problems.Invalid(problems
                .GroupBy(p => p.Resident is null ? $"answers.{p.Question}"
                    : positions.TryGetValue(p.Resident, out var position) ? $"residents[{position}].answers.{p.Question}"
                    : $"residents[{p.Resident}].answers.{p.Question}")
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        if (changed)
        {
            if (inspection.Status == InspectionStatus.Planned && inspection.Kind == InspectionKind.SelfAssessment)
            {
                inspection.MoveTo(InspectionStatus.InProgress);
            }

            inspection.AnswersChanged();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another save of the same version won the race: answer exactly as for a stale version.
                db.ChangeTracker.Clear();
                return Stale((await InspectionAccess.FindAsync(db, access, id, withDetails: true, cancellationToken))!);
            }
        }

        return TypedResults.Ok(ToDto(inspection));
    }

    private static ProblemHttpResult Stale(Inspection current) =>
        Problems.Conflict("the answers changed since you loaded them: reload, then apply your changes again",
            new Dictionary<string, object?> { ["currentVersion"] = current.AnswersVersion, ["current"] = ToDto(current) });

    private static List<(string Code, string? Json)> Read(
        Dictionary<string, JsonElement>? answers, Level unit, string field, Dictionary<string, Question> questions, Action<string, string> error)
    {
        var read = new List<(string, string?)>();
        foreach (var (code, value) in answers ?? [])
        {
            if (!questions.TryGetValue(code, out var question))
            {
                error($"{field}.{code}", "no question has this code");
                continue;
            }

            if (question.Unit != unit)
            {
                error($"{field}.{code}", unit == Level.Institution
                    ? "this is a resident question: answer it for a sampled resident"
                    : "this is an institution question: answer it under 'answers'");
                continue;
            }

            var answer = AnswerJson.Read(question, value, out var problem);
            if (problem is not null)
            {
                error($"{field}.{code}", problem);
                continue;
            }

            read.Add((code, answer is null ? null : AnswerJson.Write(answer)));
        }

        return read;
    }

    private static AnswersDto ToDto(Inspection inspection)
    {
        static Dictionary<string, JsonElement> Values(IEnumerable<(string Code, string Json)> answers) =>
            answers.OrderBy(a => a.Code, StringComparer.Ordinal).ToDictionary(a => a.Code, a => JsonDocument.Parse(a.Json).RootElement.Clone());

        return new AnswersDto(
            inspection.AnswersVersion,
            Values(inspection.Answers.Select(a => (a.QuestionCode, a.ValueJson))),
            [.. inspection.Residents.OrderBy(r => r.Code, StringComparer.Ordinal)
                .Select(r => new ResidentAnswersDto(r.Code, r.TracerCodes, Values(r.Answers.Select(a => (a.QuestionCode, a.ValueJson)))))]);
    }
}
