using System.Text.Json;
using AutoMapper;
using Inspection.Api.Access;
using Inspection.Api.Hosting;
using Inspection.Api.Inspections.Answers;
using Inspection.Api.Inspections.Evaluation;
using Inspection.Api.Inspections.Findings;
using Inspection.Api.Inspections.Results;
using Inspection.Engine.Findings;
using Inspection.Reports.Building;
using Inspection.Standards.Model;

namespace Inspection.Api.Inspections;

/// <summary>Inspections, their answers, findings and disputes as DTOs, for a <see cref="Viewer"/>.</summary>
public sealed class InspectionMappingProfile : Profile
{
    public InspectionMappingProfile()
    {
        CreateMap<FacilityInspection, InspectionDto>()
            .ForCtorParam(nameof(InspectionDto.FacilityName), o => o.MapFrom(i => i.Facility!.Name))
            .ForCtorParam(nameof(InspectionDto.OperatorName), o => o.MapFrom(i => i.Facility!.Operator == null ? string.Empty : i.Facility.Operator.Name))
            .ForCtorParam(nameof(InspectionDto.District), o => o.MapFrom(i => i.Facility!.District))
            .ForCtorParam(nameof(InspectionDto.RuleSet), o => o.MapFrom(i => i.RuleSetVersion!.Moniker))
            .ForCtorParam(nameof(InspectionDto.ContentHash), o => o.MapFrom(i => i.RuleSetVersion!.ContentHash))
            .ForCtorParam(nameof(InspectionDto.Kind), o => o.MapFrom(i => i.Kind.ToString()))
            .ForCtorParam(nameof(InspectionDto.Status), o => o.MapFrom(i => i.Status.ToString()))
            // A provider never learns the date of an unannounced visit from the service.
            .ForCtorParam(nameof(InspectionDto.PlannedDate), o => o.MapFrom((i, context) =>
                i.Kind == InspectionKind.Unannounced && context.GetViewer().Role == Role.Provider ? (DateOnly?)null : i.PlannedDate))
            .ForCtorParam(nameof(InspectionDto.Result), o => o.MapFrom((i, context) => Result(i, context.GetViewer())))
            .ForCtorParam(nameof(InspectionDto.Standing), o => o.MapFrom((i, context) => Standing(i, context.GetViewer())))
            .ForCtorParam(nameof(InspectionDto.PossibleActions), o => o.MapFrom((i, context) =>
                i.PossibleActions(context.GetViewer().Role).Select(a => a.ToString()).ToList()))
            .ForCtorParam(nameof(InspectionDto.Evaluation), o => o.MapFrom(i => EvaluationStateDto.Of(i)));

        CreateMap<FindingRecord, FindingDto>()
            .ForCtorParam(nameof(FindingDto.Title), o => o.MapFrom((f, context) => Standard(f, context).Title.In(context.GetViewer().Language)))
            .ForCtorParam(nameof(FindingDto.DomainTitle), o => o.MapFrom((f, context) =>
                context.GetViewer().RuleSet!.Domains.FirstOrDefault(d => d.Code == f.Domain)?.Title.In(context.GetViewer().Language) ?? f.Domain))
            .ForCtorParam(nameof(FindingDto.Level), o => o.MapFrom(f => CatalogNames.Of(f.Level)))
            .ForCtorParam(nameof(FindingDto.Status), o => o.MapFrom(f => f.Status.ToString()))
            .ForCtorParam(nameof(FindingDto.Severity), o => o.MapFrom(f => CatalogNames.Of(f.Severity)))
            .ForCtorParam(nameof(FindingDto.Scope), o => o.MapFrom(f => f.Scope == null ? null : CatalogNames.Of(f.Scope.Value)))
            .ForCtorParam(nameof(FindingDto.Tally), o => o.MapFrom(f =>
                f.Applicable == null ? null : new ResidentTallyDto(f.Applicable.Value, f.Known ?? 0, f.Satisfying ?? 0)))
            .ForCtorParam(nameof(FindingDto.Rule), o => o.MapFrom((f, context) => Standard(f, context).Rule))
            .ForCtorParam(nameof(FindingDto.AnswersRead), o => o.MapFrom(f => AnswersRead(f.EvidenceJson)))
            .ForCtorParam(nameof(FindingDto.Statement), o => o.MapFrom((f, context) =>
                Statement(f, context.GetViewer().RuleSet!)?.In(context.GetViewer().Language)))
            .ForCtorParam(nameof(FindingDto.Standing), o => o.MapFrom(f => f.Standing == null ? null : f.Standing.ToString()))
            .ForCtorParam(nameof(FindingDto.Evidence), o => o.MapFrom(f => Json(f.EvidenceJson)))
            .ForMember(d => d.Amendment, o => o.Ignore());

        CreateMap<FindingDispute, DisputeDto>()
            .ForCtorParam(nameof(DisputeDto.Decision), o => o.MapFrom(d => d.Decision == null ? null : d.Decision.ToString()));

        CreateMap<FacilityInspection, AnswersDto>()
            .ForCtorParam(nameof(AnswersDto.Version), o => o.MapFrom(i => i.AnswersVersion))
            .ForCtorParam(nameof(AnswersDto.Answers), o => o.MapFrom((i, context) => Values(i.Answers, context.GetViewer().RuleSet!)))
            .ForCtorParam(nameof(AnswersDto.Residents), o => o.MapFrom((i, context) => i.Residents
                .OrderBy(r => r.Code, StringComparer.Ordinal)
                .Select(r => new ResidentAnswersDto(r.Code, r.TracerCodes, Values(r.Answers, context.GetViewer().RuleSet!)))
                .ToList()))
            .ForCtorParam(nameof(AnswersDto.Census), o => o.MapFrom(i => i.Census
                .OrderBy(c => c.TracerCode, StringComparer.Ordinal)
                .ToDictionary(c => c.TracerCode, c => c.Residents, StringComparer.Ordinal)));
    }

    /// <summary>A stored deficiency in words (the reports' wording); null for a finding that is not one.</summary>
    private static LocalizedText? Statement(FindingRecord finding, RuleSet ruleSet)
    {
        if (finding.Status != FindingStatus.NotMet)
        {
            return null;
        }

        var standard = ruleSet.Standards.First(s => s.Code == finding.StandardCode);
        if (finding is { Level: Level.Resident, Known: { } known, Satisfying: { } satisfying, Bar: { } bar })
        {
            var tracer = standard.Tracer is { } code ? ruleSet.Tracers.FirstOrDefault(t => t.Code == code)?.Title : null;
            return DeficiencyStatement.OfResidents(standard.Title, tracer, known, satisfying, bar, finding.Rate);
        }

        return DeficiencyStatement.OfInstitution(standard.Title, finding.Severity, finding.Grade);
    }

    private static Standard Standard(FindingRecord finding, ResolutionContext context) =>
        context.GetViewer().RuleSet!.Standards.First(s => s.Code == finding.StandardCode);

    private static InspectionResultDto? Result(FacilityInspection inspection, Viewer viewer)
    {
        if (inspection.EvaluatedAt is not { } evaluatedAt || viewer.RuleSet is not { } ruleSet)
        {
            return null;
        }

        var domains = inspection.DomainScores
            .OrderBy(d => ruleSet.Domains.ToList().FindIndex(x => x.Code == d.Domain))
            .Select(d => new DomainScoreDto(d.Domain, ruleSet.Domains.FirstOrDefault(x => x.Code == d.Domain)?.Title.In(viewer.Language) ?? d.Domain,
                d.Weight, d.Met, d.NotMet, d.Score))
            .ToList();
        var english = viewer.Language == Language.En;
        var caps = inspection.Caps.Select(c => new AppliedCapDto(c.Code, c.MaxRating, english ? c.ReasonEn : c.ReasonHe, c.Standards, c.Lowered)).ToList();
        var consequences = inspection.Consequences
            .Select(c => new ConsequenceDto(c.Code, c.StandardCode, english ? c.ReasonEn : c.ReasonHe, c.FollowUpWithinDays,
                c.EscalateTo is { } escalation ? CatalogNames.Of(escalation) : null, c.RaiseGrade, c.NotRated, c.Facts))
            .ToList();
        var coverage = inspection.Coverage is { } c
            ? new CoverageDto(c.Share, c.Minimum, c.Sufficient, c.Unjudged, c.RequiredUnjudged)
            : null;
        return new InspectionResultDto(evaluatedAt, inspection.RuleSetVersion!.Moniker, inspection.RuleSetVersion.ContentHash,
            inspection.OverallScore, inspection.ScoreBand, inspection.Rating, inspection.NotRatedReasons, caps, domains, coverage, consequences,
            inspection.FollowUpWithinDays, inspection.EscalateTo is { } escalateTo ? CatalogNames.Of(escalateTo) : null, inspection.PreviousInspectionId,
            inspection.ResultChanges)
        {
            Amended = Amendments.AmendmentSummary.Of(inspection, viewer.Language),
            ByStandardType = inspection.DomainScores.Count == 0
                ? []
                : StandardTypeScoreDto.Of(ruleSet, inspection.Findings.Select(f => (f.StandardCode, f.CountedStatus, f.Withdrawn)), viewer.Language),
        };
    }

    private static DeficiencyStandingDto? Standing(FacilityInspection inspection, Viewer viewer)
    {
        if (viewer.RuleSet is null || inspection.EvaluatedAt is null)
        {
            return null;
        }

        var deficiencies = inspection.Findings.Where(f => f.Status == Engine.Findings.FindingStatus.NotMet).ToList();
        int Count(DeficiencyStanding standing) => deficiencies.Count(f => !f.Withdrawn && f.Standing == standing);
        return new DeficiencyStandingDto(deficiencies.Count, Count(DeficiencyStanding.Open), Count(DeficiencyStanding.Resolved),
            Count(DeficiencyStanding.Persisting), Count(DeficiencyStanding.Unverified), deficiencies.Count(f => f.Withdrawn));
    }

    private static Dictionary<string, JsonElement> Values(IEnumerable<StoredAnswer> answers, RuleSet ruleSet)
    {
        var questions = ruleSet.Questions.ToDictionary(q => q.Code, StringComparer.Ordinal);
        return answers
            .Where(a => questions.ContainsKey(a.QuestionCode))
            .OrderBy(a => a.QuestionCode, StringComparer.Ordinal)
            .ToDictionary(a => a.QuestionCode, a => AnswerJson.ToJson(a.Value(questions[a.QuestionCode])), StringComparer.Ordinal);
    }

    private static List<AnswerReadDto> AnswersRead(string evidenceJson)
    {
        using var evidence = JsonDocument.Parse(evidenceJson);
        return evidence.RootElement.TryGetProperty("answersRead", out var read)
            ? [.. read.EnumerateArray().Select(a => new AnswerReadDto(a.GetProperty("question").GetString()!,
                a.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null))]
            : [];
    }

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
