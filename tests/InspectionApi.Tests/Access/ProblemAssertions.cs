using System.Net;
using System.Text.Json;

namespace Inspection.Api.Tests.Access;

/// <summary>Checking that a refusal is RFC 7807 problem details with the expected status.</summary>
public static class ProblemAssertions
{
    /// <summary>Asserts the status, the problem+json media type and the status in the body; returns the body text.</summary>
    public static async Task<string> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, "{0} {1} answered: {2}", response.RequestMessage?.Method, response.RequestMessage?.RequestUri, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32().Should().Be((int)status);
        return body;
    }
}
