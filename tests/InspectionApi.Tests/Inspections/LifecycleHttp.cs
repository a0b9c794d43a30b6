using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Inspection.Api.Tests.Inspections;

/// <summary>
/// Calls of the lifecycle tests that expect one status: a different status fails the test with the
/// response body (the problem details say why), instead of failing later on a missing property.
/// </summary>
internal static class LifecycleHttp
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK) =>
        await ExpectAsync(await client.GetAsync(new Uri(path, UriKind.Relative)), expected, $"GET {path}");

    public static async Task<JsonElement> PostJsonAsync(this HttpClient client, string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK) =>
        await ExpectAsync(await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body ?? new { }), expected, $"POST {path}");

    public static async Task<JsonElement> PutJsonAsync(this HttpClient client, string path, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await ExpectAsync(await client.PutAsJsonAsync(new Uri(path, UriKind.Relative), body), expected, $"PUT {path}");

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    public static Guid Id(this JsonElement element, string property = "id") => element.GetProperty(property).GetGuid();

    public static List<string> Strings(this JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected, string call)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(expected, "{0} answered {1}", call, body);
            return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        }
    }
}
