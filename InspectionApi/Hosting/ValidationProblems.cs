using System.Text.Json;

namespace Inspection.Api.Hosting;

/// <summary>
/// Problems from the request validation (attributes on the request types) name their fields as the
/// JSON body does, in camelCase (<c>actions[0].dueDate</c>), like every other 400 of the service.
/// </summary>
internal static class ValidationProblems
{
    public static void NameFieldsAsSent(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is HttpValidationProblemDetails validation && validation.Errors.Count > 0)
        {
            var named = validation.Errors.ToDictionary(e => CamelCase(e.Key), e => e.Value, StringComparer.Ordinal);
            validation.Errors.Clear();
            foreach (var (key, value) in named)
            {
                validation.Errors[key] = value;
            }

            validation.Title = "One or more fields are invalid";
        }
    }

    private static string CamelCase(string path) =>
        string.Join('.', path.Split('.').Select(part => JsonNamingPolicy.CamelCase.ConvertName(part)));
}
