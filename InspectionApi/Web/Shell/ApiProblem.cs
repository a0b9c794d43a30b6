using System.Net.Http.Json;
using System.Text.Json;

namespace Inspection.Web.Shell;

/// <summary>
/// An API refusal (RFC 7807 problem details) as the interface shows it: its title and detail, and the
/// errors of each field when the request was invalid. <see cref="Status"/> 0 means the service could not
/// be reached (no connection).
/// </summary>
public sealed record ApiProblem(int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public static ApiProblem Offline(Texts t) =>
        new(0, t["No connection", "אין חיבור"], t["The service cannot be reached; try again when the connection returns.", "אין גישה לשירות; נסו שוב כשהחיבור יחזור."], new Dictionary<string, string[]>());

    public bool IsConflict => Status is 409 or 412;

    /// <summary>Every line of the problem, the field errors included, for showing.</summary>
    public IEnumerable<string> Lines()
    {
        if (!string.IsNullOrWhiteSpace(Detail))
        {
            yield return Detail;
        }

        foreach (var (field, messages) in Errors)
        {
            foreach (var message in messages)
            {
                yield return string.IsNullOrEmpty(field) ? message : $"{field}: {message}";
            }
        }
    }

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        try
        {
            var body = await response.Content.ReadFromJsonAsync<Body>(JsonSerializerOptions.Web);
            if (body is not null)
            {
                return new ApiProblem(status, body.Title ?? response.ReasonPhrase ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture), body.Detail,
                    body.Errors ?? new Dictionary<string, string[]>());
            }
        }
        catch (JsonException)
        {
        }
        catch (NotSupportedException)
        {
        }

        return new ApiProblem(status, response.ReasonPhrase ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture), null, new Dictionary<string, string[]>());
    }

    private sealed record Body(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
