namespace Inspection.Api.Inspections.Lifecycle;

/// <summary>
/// A change the aggregate refused: why, in words, and what the caller may want to act on (for a 400,
/// <see cref="Errors"/> per request field; for a 409, <see cref="Details"/> such as what is incomplete).
/// </summary>
public sealed record Refusal(
    RefusalReason Reason,
    string Message,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    IReadOnlyDictionary<string, object?>? Details = null)
{
    public static Refusal NotAllowed(string message) => new(RefusalReason.NotAllowed, message);

    public static Refusal NotNow(string message, IReadOnlyDictionary<string, object?>? details = null) => new(RefusalReason.NotNow, message, Details: details);

    public static Refusal Invalid(string field, string message) => new(RefusalReason.Invalid, message, new Dictionary<string, string[]> { [field] = [message] });

    public static Refusal Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(RefusalReason.Invalid, $"{errors.Count} field(s) are invalid", errors);
}
