using System.Text.Json;
using Inspection.Web.Shell;

namespace Inspection.Web.Questionnaire;

/// <summary>A text of the catalog in both languages, as the API sends it.</summary>
public sealed record BothTexts(string He, string En)
{
    public string In(Texts t) => t.IsRightToLeft || string.IsNullOrEmpty(En) ? He : En;
}

public sealed record QuestionnaireView(
    Guid InspectionId, string RuleSet, List<TracerView> Tracers, List<InstrumentView> Instruments, List<DomainView>? Domains);

public sealed record DomainView(string Code, BothTexts Title);

public sealed record TracerView(string Code, BothTexts Title);

public sealed record InstrumentView(string Code, BothTexts Title, List<QuestionView> Questions);

public sealed record OptionView(string Value, BothTexts Label);

/// <summary>A question as the API describes it; <see cref="Unit"/> is "institution" or "resident".</summary>
public sealed record QuestionView(
    string Code, string Type, string Unit, bool Required, BothTexts Text, BothTexts? Help, string? ShowIf, decimal? Min, decimal? Max,
    List<OptionView> Options, List<string>? Domains, List<BothTexts>? LegalReferences)
{
    public bool IsResident => Unit == "resident";
}

/// <summary>The answers as the API holds them, with their version.</summary>
public sealed record AnswersView(int Version, Dictionary<string, JsonElement> Answers, List<ResidentView> Residents, Dictionary<string, int> Census);

public sealed record ResidentView(string Code, List<string> Tracers, Dictionary<string, JsonElement> Answers);

public sealed record InspectionView(
    Guid Id, string FacilityName, string Kind, string Status, DateOnly? PlannedDate, DateOnly? VisitDate, int AnswersVersion, List<string> PossibleActions,
    EvaluationView Evaluation);

public sealed record EvaluationView(string State, string? LastError);

public sealed record CompletenessView(bool IsComplete, List<IncompleteView> Incomplete, List<SamplingNeedView> Sampling);

public sealed record IncompleteView(string StandardCode, List<string> MissingAnswers, string? Tracer, int ResidentsNeeded);

public sealed record SamplingNeedView(string? Tracer, int More);

public sealed record AttachmentView(Guid Id, string QuestionCode, string? ResidentCode, string FileName, long Size);
