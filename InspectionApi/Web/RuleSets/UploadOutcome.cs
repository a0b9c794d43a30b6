using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Inspection.Web.Shell;

namespace Inspection.Web.RuleSets;

/// <summary>
/// What sending a catalog file to <c>POST /api/rule-sets</c> gave: the version imported, or the file's problems
/// with their line and column, or another refusal. <see cref="Api"/> keeps only a problem's title and fields, and
/// the located problems are what an author needs, so this reads the answer itself.
/// </summary>
public sealed record UploadOutcome(RuleSetVersion? Version, bool Created, IReadOnlyList<CatalogProblem> Problems, ApiProblem? Refusal)
{
    public static async Task<UploadOutcome> SendAsync(Api api, HttpClient http, Session session, Texts t, string yaml, string fileName)
    {
        var request = api.Request(HttpMethod.Post, "api/rule-sets", new StringContent(yaml, Encoding.UTF8, "text/yaml"));
        request.Headers.Add("X-File-Name", Uri.EscapeDataString(fileName));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request);
        }
        catch (HttpRequestException)
        {
            return new UploadOutcome(null, false, [], ApiProblem.Offline(t));
        }
        finally
        {
            request.Dispose();
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                var version = await response.Content.ReadFromJsonAsync<RuleSetVersion>(Api.Json);
                return new UploadOutcome(version, response.StatusCode == HttpStatusCode.Created, [], null);
            }

            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                var text = await response.Content.ReadAsStringAsync();
                var body = JsonSerializer.Deserialize<InvalidBody>(text, Api.Json);
                if (body?.Problems is { Count: > 0 } problems)
                {
                    return new UploadOutcome(null, false, problems, new ApiProblem(400, body.Title ?? "", body.Detail, new Dictionary<string, string[]>()));
                }

                return new UploadOutcome(null, false, [], new ApiProblem(400, body?.Title ?? "", body?.Detail, body?.Errors ?? new Dictionary<string, string[]>()));
            }

            var refusal = await ApiProblem.ReadAsync(response);
            if (refusal.Status == 401)
            {
                await session.SignOutAsync();
            }

            return new UploadOutcome(null, false, [], refusal);
        }
    }

    private sealed record InvalidBody(string? Title, string? Detail, List<CatalogProblem>? Problems, Dictionary<string, string[]>? Errors);
}
