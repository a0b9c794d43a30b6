using Inspection.Web.Shell;

namespace Inspection.Web.Admin;

/// <summary>The API's error for one field of a refused request (its field names come in either case), to show at that field.</summary>
public static class FieldErrors
{
    public static string? Of(ApiProblem? problem, string field) =>
        problem?.Errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } messages
            ? string.Join(" ", messages)
            : null;

    /// <summary>The problem without the field errors shown at their fields, for the alert above the form.</summary>
    public static ApiProblem? Rest(ApiProblem? problem, params string[] shown) =>
        problem is null
            ? null
            : problem with
            {
                Errors = problem.Errors.Where(e => !shown.Contains(e.Key, StringComparer.OrdinalIgnoreCase)).ToDictionary(e => e.Key, e => e.Value),
            };
}
