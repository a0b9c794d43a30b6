namespace Inspection.Api.Inspections.Answers;

/// <summary>
/// A save of answers, read from the request once and typed by the questionnaire: every change keeps
/// the request field it came from, so that whatever is wrong with it is named as the client sent it.
/// </summary>
public sealed record AnswerChanges(
    int BasedOnVersion,
    IReadOnlyList<AnswerChange> Institution,
    IReadOnlyList<ResidentChange> Residents,
    IReadOnlyList<string> RemovedResidents,
    IReadOnlyDictionary<string, int?> Census);
