using System.Text.Json;
using Inspection.Standards.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inspection.Api.Hosting;

/// <summary>The problem-details answers endpoints give for expected outcomes (returned, not thrown).</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"{what} does not exist or is not yours to see.");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: 403, title: "Not allowed", detail: detail);

    public static ProblemHttpResult Conflict(string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(statusCode: 409, title: "Conflict", detail: detail, extensions: extensions);

    /// <summary>
    /// A 400 with errors per field. Fields are named as the JSON body names them (camelCase, so a
    /// handler may pass <c>nameof(request.Version)</c> and the client reads <c>version</c>).
    /// </summary>
    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors, string? detail = null) =>
        TypedResults.Problem(statusCode: 400, title: "One or more fields are invalid", detail: detail,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value, StringComparer.Ordinal),
            });

    public static ProblemHttpResult Invalid(string field, string error) => Invalid(new Dictionary<string, string[]> { [field] = [error] });

    /// <summary>A 413 for a body over <paramref name="limitBytes"/>.</summary>
    public static ProblemHttpResult TooLarge(string title, string what, long limitBytes) =>
        TypedResults.Problem(statusCode: 413, title: title, detail: $"{what} are limited to {Size(limitBytes)}.");

    /// <summary>A size as people read it, exact (a limit of 1.5 MB is not "1 MB").</summary>
    public static string Size(long bytes) =>
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB"
        : bytes >= 1024 && bytes % 1024 == 0 ? $"{bytes / 1024} KB"
        : $"{bytes} bytes";

    /// <summary>A catalog file that does not load: every problem with its file, line and column.</summary>
    public static ProblemHttpResult InvalidCatalog(IReadOnlyList<CatalogDiagnostic> diagnostics) =>
        TypedResults.Problem(statusCode: 400, title: "The rule set is not valid", detail: $"{diagnostics.Count} problem(s) in the catalog file",
            extensions: new Dictionary<string, object?>
            {
                ["problems"] = diagnostics.Select(d => new { d.File, d.Line, d.Column, d.Path, d.Message, text = d.ToString() }).ToList(),
            });
}
