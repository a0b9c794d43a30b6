using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Inspection.Api.Hosting;

namespace Inspection.Api.Tests.Security;

/// <summary>
/// Every response carries the security headers, whatever produced it (static files, JSON, problem
/// details of every kind, the OpenAPI document); the start page keeps working under its content
/// security policy (no inline style or script); outside a demo it shows no password.
/// </summary>
public sealed partial class SecurityHeadersTests
{
    private InspectionApiFactory _demo = null!;
    private InspectionApiFactory _plain = null!;

    [OneTimeSetUp]
    public void StartHosts()
    {
        _demo = new InspectionApiFactory();
        _plain = new InspectionApiFactory();
        _plain.Settings["Inspection:SeedDemoData"] = "false";
        _plain.Settings["Auth:FirstAdministratorPassword"] = "a long enough password";
    }

    [OneTimeTearDown]
    public void StopHosts()
    {
        _demo.Dispose();
        _plain.Dispose();
    }

    public static IEnumerable<TestCaseData> Requests()
    {
        yield return new TestCaseData("GET", "/", null, null).SetName("start page");
        yield return new TestCaseData("GET", "/start.css", null, null).SetName("stylesheet");
        yield return new TestCaseData("GET", "/start.js", null, null).SetName("script");
        yield return new TestCaseData("GET", "/api/start", null, null).SetName("start page data");
        yield return new TestCaseData("GET", "/openapi/v1.json", null, null).SetName("OpenAPI document");
        yield return new TestCaseData("GET", "/api/inspections", null, null).SetName("401 without a token");
        yield return new TestCaseData("GET", "/api/inspections", "provider.shalom", null).SetName("200 JSON");
        yield return new TestCaseData("GET", "/api/audit", "provider.shalom", null).SetName("403 refused by policy");
        yield return new TestCaseData("GET", "/no/such/page", null, null).SetName("404 unknown path");
        yield return new TestCaseData("POST", "/api/auth/token", null, "{\"userName\":").SetName("400 malformed JSON");
        yield return new TestCaseData("POST", "/api/auth/token", null, "{\"userName\":\"nobody\",\"password\":\"wrong\"}").SetName("401 failed sign-in");
    }

    [TestCaseSource(nameof(Requests))]
    public async Task AnyResponse_CarriesTheSecurityHeaders(string method, string path, string? userName, string? body)
    {
        using var client = userName is null ? _demo.CreateClient() : await _demo.ClientAsAsync(userName);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        Header(response, "X-Content-Type-Options").Should().Be("nosniff");
        Header(response, "Content-Security-Policy").Should().Be(SecurityHeaders.ContentSecurityPolicy).And.Contain("frame-ancestors 'none'");
        Header(response, "Referrer-Policy").Should().Be("no-referrer");
        Header(response, "X-Frame-Options").Should().Be("DENY");
    }

    [Test]
    public async Task TooManySignIns_429_CarriesTheSecurityHeaders()
    {
        using var factory = new InspectionApiFactory();
        factory.Settings["Auth:SignInAttemptsPerUser"] = "1";
        using var client = factory.CreateClient();
        await client.PostAsJsonAsync("/api/auth/token", new { userName = "analyst", password = "wrong" });

        using var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "analyst", password = "wrong" });

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        Header(response, "X-Content-Type-Options").Should().Be("nosniff");
        Header(response, "Content-Security-Policy").Should().Be(SecurityHeaders.ContentSecurityPolicy);
    }

    [Test]
    public async Task StartPage_HasNoInlineStyleOrScript_AndEveryResourceItLoadsIsServed()
    {
        using var client = _demo.CreateClient();
        var html = await client.GetStringAsync("/");

        html.Should().NotContain("<style", "the policy allows styles from files only").And.NotContain(" style=");
        InlineScript().IsMatch(html).Should().BeFalse("the policy allows scripts from files only");
        EventHandlerAttribute().IsMatch(html).Should().BeFalse("inline event handlers are inline script");
        var resources = Resource().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        resources.Should().Contain(["/start.css", "/start.js"]);
        foreach (var url in resources)
        {
            url.Should().StartWith("/", "the policy allows the service's own origin only");
            (await client.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK, url);
        }
    }

    [Test]
    public async Task StartPage_OutsideADemo_NeverShowsAPassword()
    {
        using var client = _plain.CreateClient();

        var html = await client.GetStringAsync("/");
        var script = await client.GetStringAsync("/start.js");
        var data = await client.GetFromJsonAsync<StartPageInfo>("/api/start");

        data.Should().BeEquivalentTo(new StartPageInfo(false, null, []));
        foreach (var text in new[] { html, script })
        {
            text.Should().NotContain("demo1234").And.NotContain("supervisor.north");
        }
    }

    [Test]
    public async Task StartPage_InADemo_GetsTheDemoUsersAndPasswordFromTheService()
    {
        using var client = _demo.CreateClient();

        var data = await client.GetFromJsonAsync<StartPageInfo>("/api/start");

        data!.DemoData.Should().BeTrue();
        data.DemoPassword.Should().Be("demo1234");
        data.DemoUsers.Select(u => u.UserName).Should().Contain(["admin", "supervisor.north", "provider.shalom"]);
        (await client.GetStringAsync("/")).Should().NotContain("demo1234", "the page itself holds no password, demo or not");
    }

    [Test]
    public async Task StartPage_ExampleCommands_UseTheAddressThePageWasOpenedAt()
    {
        using var client = _demo.CreateClient();

        var html = await client.GetStringAsync("/");
        var script = await client.GetStringAsync("/start.js");

        html.Should().NotContain("localhost:5080");
        script.Should().NotContain("localhost").And.Contain("location.origin");
    }

    [TestCase("http://[::]:8080", "http://localhost:8080")]
    [TestCase("http://0.0.0.0:5080", "http://localhost:5080")]
    [TestCase("http://+:80", "http://localhost:80")]
    [TestCase("https://inspection.example.org:8443", "https://inspection.example.org:8443")]
    [TestCase("http://127.0.0.1:5391", "http://127.0.0.1:5391")]
    public void Banner_ListeningAddress_IsShownAsABrowserOpensIt(string listening, string shown) =>
        StartupBanner.Browsable(listening).Should().Be(shown);

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"#]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Resource();
}
