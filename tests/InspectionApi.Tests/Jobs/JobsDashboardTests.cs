using System.Net;
using System.Net.Http.Json;
using Inspection.Api.Jobs;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inspection.Api.Tests.Jobs;

/// <summary>The Hangfire dashboard: administrators only, by bearer token or by the short-lived cookie they exchange it for.</summary>
public sealed class JobsDashboardTests
{
    private InspectionApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartHost() => _factory = JobsTestHost.Create();

    [OneTimeTearDown]
    public void StopHost() => _factory.Dispose();

    [Test]
    public async Task Dashboard_Anonymous_Unauthorized()
    {
        var response = await _factory.CreateClient().GetAsync("/hangfire");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [TestCase("supervisor.north")]
    [TestCase("analyst")]
    [TestCase("author")]
    [TestCase("provider.shalom")]
    public async Task Dashboard_NotAnAdministrator_Forbidden(string user)
    {
        var client = await _factory.ClientAsAsync(user);

        (await client.GetAsync("/hangfire")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync("/hangfire/jobs/succeeded")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Dashboard_AdministratorWithBearerToken_Shown()
    {
        var admin = await _factory.ClientAsAsync("admin");

        var response = await admin.GetAsync("/hangfire");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Inspection service: background jobs");
    }

    [Test]
    public async Task DashboardSession_Administrator_CookieForTheDashboardOnlyOpensIt()
    {
        var admin = await _factory.ClientAsAsync("admin");

        var response = await admin.PostAsync("/api/jobs/dashboard-session", null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var session = await response.Content.ReadFromJsonAsync<DashboardSessionDto>();
        session!.Dashboard.Should().Be("/hangfire");
        session.ExpiresAt.Should().BeCloseTo(DateTimeOffset.UtcNow.AddMinutes(20), TimeSpan.FromMinutes(1));
        var cookie = response.Headers.GetValues("Set-Cookie").Should().ContainSingle().Subject;
        cookie.Should().StartWith($"{JobsDashboard.CookieName}=").And.Contain("path=/hangfire").And.Contain("httponly").And.Contain("samesite=strict");

        // A browser: no bearer token, only the cookie.
        var browser = _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var page = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        page.Headers.Add("Cookie", cookie.Split(';')[0]);
        var shown = await browser.SendAsync(page);
        shown.StatusCode.Should().Be(HttpStatusCode.OK);
        (await shown.Content.ReadAsStringAsync()).Should().Contain("Inspection service: background jobs");

        // The cookie is no key to the API.
        var api = new HttpRequestMessage(HttpMethod.Get, "/api/jobs/runs");
        api.Headers.Add("Cookie", cookie.Split(';')[0]);
        (await browser.SendAsync(api)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task DashboardSession_NotAnAdministrator_ForbiddenAndNoCookie()
    {
        var supervisor = await _factory.ClientAsAsync("supervisor.north");

        var response = await supervisor.PostAsync("/api/jobs/dashboard-session", null);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
    }

    [Test]
    public async Task Dashboard_ForgedCookie_Unauthorized()
    {
        var browser = _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var page = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        page.Headers.Add("Cookie", $"{JobsDashboard.CookieName}=CfDJ8forged");

        (await browser.SendAsync(page)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task SignInPage_Served_ExchangesTheTokenForTheDashboardCookie()
    {
        var response = await _factory.CreateClient().GetAsync("/jobs.html");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        page.Should().Contain("'/api/auth/token'").And.Contain("'/api/jobs/dashboard-session'");
    }
}
