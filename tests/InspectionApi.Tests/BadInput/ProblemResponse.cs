using System.Net;
using System.Text.Json;

namespace Inspection.Api.Tests.BadInput;

/// <summary>An RFC 7807 problem-details answer, read after checking its status and media type.</summary>
public sealed class ProblemResponse
{
    private ProblemResponse(JsonElement body) => Body = body;

    public JsonElement Body { get; }

    public string? Title => Text("title");

    public string? Detail => Text("detail");

    /// <summary>The per-field errors of a 400 (empty when there are none).</summary>
    public IReadOnlyDictionary<string, string[]> Errors =>
        Body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            ? errors.EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString()!).ToArray(), StringComparer.Ordinal)
            : new Dictionary<string, string[]>(StringComparer.Ordinal);

    /// <summary>
    /// Asserts that <paramref name="response"/> is problem details with <paramref name="status"/> (in
    /// the status line and in the body) and reads it.
    /// </summary>
    public static async Task<ProblemResponse> ReadAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, "the body was: {0}", text);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", "the body was: {0}", text);
        using var document = JsonDocument.Parse(text);
        var body = document.RootElement.Clone();
        body.GetProperty("status").GetInt32().Should().Be((int)status);
        body.GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
        return new ProblemResponse(body);
    }

    private string? Text(string name) => Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
