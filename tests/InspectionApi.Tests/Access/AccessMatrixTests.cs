using System.Net;

namespace Inspection.Api.Tests.Access;

/// <summary>Every endpoint called by every kind of user: the outcome class is what <see cref="AccessMatrix"/> says, and no refusal leaks.</summary>
public sealed class AccessMatrixTests
{
    private InspectionApiFactory _factory = null!;
    private AccessTargets _targets = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        _targets = await AccessTargets.PrepareAsync(_factory);
    }

    [OneTimeTearDown]
    public void StopHost() => _factory.Dispose();

    [TestCaseSource(typeof(AccessMatrix), nameof(AccessMatrix.Cases))]
    public async Task Endpoint_CalledByActor_AnswersAsTheMatrixSays(EndpointCase endpoint, Actor actor, AccessOutcome expected)
    {
        using var client = await _targets.ClientAsync(actor);
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), _targets.Resolve(endpoint.Route)) { Content = endpoint.Body(_targets) };

        using var response = await client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        var because = $"{endpoint} as {actor} ({(actor == Actor.Anonymous ? "nobody" : _targets.UserName(actor))}) answered {(int)response.StatusCode}: {body}";
        Outcome(response.StatusCode).Should().Be(expected, because);
        ((int)response.StatusCode).Should().BeLessThan(500, because);
        if ((int)response.StatusCode >= 400)
        {
            response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", because);
        }

        if (expected != AccessOutcome.Allowed)
        {
            body.Should().NotContain(_targets.FacilityName, because);
        }
    }

    [Test]
    public void Matrix_EveryEndpoint_HasAnExpectationForEveryActor()
    {
        var endpoints = AccessMatrix.Endpoints().ToList();

        endpoints.Should().HaveCountGreaterThan(50);
        endpoints.Select(e => e.ToString()).Should().OnlyHaveUniqueItems();
        AccessMatrix.Cases().Should().HaveCount(endpoints.Count * Enum.GetValues<Actor>().Length);
    }

    private static AccessOutcome Outcome(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => AccessOutcome.Unauthenticated,
        HttpStatusCode.Forbidden => AccessOutcome.Forbidden,
        HttpStatusCode.NotFound => AccessOutcome.Hidden,
        _ => AccessOutcome.Allowed,
    };
}
