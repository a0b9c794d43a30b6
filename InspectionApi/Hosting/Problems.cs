using Inspection.Standards.Loading;
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

    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors, string? detail = null) =>
        TypedResults.Problem(statusCode: 400, title: "One or more fields are invalid", detail: detail,
            extensions: new Dictionary<string, object?> { ["errors"] = errors });

    public static ProblemHttpResult Invalid(string field, string error) => Invalid(new Dictionary<string, string[]> { [field] = [error] });

    /// <summary>A catalog file that does not load: every problem with its file, line and column.</summary>
    public static ProblemHttpResult InvalidCatalog(IReadOnlyList<CatalogDiagnostic> diagnostics) =>
        TypedResults.Problem(statusCode: 400, title: "The rule set is not valid", detail: $"{diagnostics.Count} problem(s) in the catalog file",
            extensions: new Dictionary<string, object?>
            {
                ["problems"] = diagnostics.Select(d => new { d.File, d.Line, d.Column, d.Path, d.Message, text = d.ToString() }).ToList(),
            });
}
