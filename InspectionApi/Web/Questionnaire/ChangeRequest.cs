namespace Inspection.Web.Questionnaire;

/// <summary>A change a part of the questionnaire asks for: <see cref="Value"/> is the JSON value (null clears).</summary>
public sealed record ChangeRequest(string Kind, string? Resident, string? Key, string? Value);
