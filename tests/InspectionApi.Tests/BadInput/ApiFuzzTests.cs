using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Inspection.Api.Tests.Access;

namespace Inspection.Api.Tests.BadInput;

/// <summary>
/// Seeded hostile requests to every endpoint that takes a body (the access matrix's list) and to the
/// deepest write paths on an inspection in progress: random JSON built from the API's own property names
/// and from values that broke services before (numbers out of range, numbers for names, flag
/// combinations, control and direction characters, long and deep values), malformed JSON and bytes that
/// are not UTF-8. Every answer is below 500 and every refusal is problem details; what was saved before
/// is still there afterwards. A failure prints the seed and the body to replay it.
/// </summary>
public sealed class ApiFuzzTests
{
    private const int BodiesPerEndpoint = 24;

    /// <summary>Names the API's requests use, so that random objects reach binders and validators, not only the parser.</summary>
    private static readonly string[] PropertyNames =
    [
        "version", "answers", "residents", "code", "kind", "facilityId", "cycleId", "plannedDate", "visitDate", "reason", "decision",
        "note", "dueDate", "actions", "action", "owner", "standardCode", "name", "userName", "password", "newPassword", "role",
        "districtId", "district", "operatorId", "serviceType", "periodStart", "periodEnd", "dueBy", "census", "tracer", "count",
        "questionCode", "value", "status", "inspectors", "supervisorId", "ruleSetVersionId", "capacity", "address", "from", "to",
    ];

    private static readonly JsonNode?[] Values =
    [
        null, true, false, 0, -1, 1, 7, int.MaxValue, long.MinValue, 1.5m, -0.0, 1e300, decimal.MaxValue,
        "", " ", "7", "-1", "Upheld, Withdrawn", "upheld", "UPHELD", "Regular", "SelfAssessment", "null", "true",
        "0001-01-01", "9999-12-31", "2026-02-30", "2026-13-45T25:61:00Z", "00000000-0000-0000-0000-000000000000",
        Guid.Parse("7d1c1a6e-3b5a-4f7e-9a43-0f5b1f2c9d11").ToString(),
        "\u0000", "a\u0007b", "\u202Egnp.exe", "\u2066x\u2069", "\u0085", "שלום עולם", "🙂🙂", "\uD800",
        "<script>alert(1)</script>", "'; DROP TABLE Users; --", "../../etc/passwd", "%00", "{{7*7}}",
        new string('א', 5_000), new string('x', 70_000),
    ];

    private InspectionApiFactory _factory = null!;
    private AccessTargets _targets = null!;
    private HttpClient _administrator = null!;
    private HttpClient _supervisor = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        _targets = await AccessTargets.PrepareAsync(_factory);
        _administrator = await _targets.ClientAsync(Actor.Administrator);
        _supervisor = await _factory.ClientAsAsync(TestInspections.Supervisor);
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _administrator.Dispose();
        _supervisor.Dispose();
        _factory.Dispose();
    }

    public static IEnumerable<TestCaseData> EndpointsWithBodies() =>
        AccessMatrix.Endpoints()
            .Where(e => e.Method is "POST" or "PUT")
            .Select(e => new TestCaseData(e).SetArgDisplayNames(e.ToString()));

    [TestCaseSource(nameof(EndpointsWithBodies))]
    public async Task Endpoint_HostileBodies_RefusedWithProblemsNever500(EndpointCase endpoint)
    {
        var route = _targets.Resolve(endpoint.Route);
        var before = await ReadAsync(_targets.Resolve("/api/inspections/{closed}"));

        foreach (var (seed, content) in Bodies(Seed(endpoint.ToString())))
        {
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), route) { Content = content };
            await AssertHandledAsync(_administrator, request, seed);
        }

        (await ReadAsync(_targets.Resolve("/api/inspections/{closed}"))).Should().Be(before, "a closed inspection is not changed by any request");
    }

    [Test]
    public async Task Answers_HostileValuesOnAStartedInspection_RefusedOrSavedNever500()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var questions = await QuestionCodesAsync(inspection.Id);
        var random = new Random(Seed("answers"));

        for (var i = 0; i < BodiesPerEndpoint * 4; i++)
        {
            var answers = new JsonObject();
            foreach (var code in questions.OrderBy(_ => random.Next()).Take(random.Next(1, 6)))
            {
                answers[code] = RandomValue(random, depth: 2);
            }

            var body = new JsonObject { ["version"] = random.Next(3) == 0 ? RandomValue(random, 0) : await VersionAsync(inspection.Id), ["answers"] = answers };
            if (random.Next(3) == 0)
            {
                body["residents"] = RandomValue(random, depth: 3);
            }

            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/inspections/{inspection.Id}/answers") { Content = Json(body.ToJsonString()) };
            await AssertHandledAsync(_supervisor, request, i);
        }

        // Whatever was accepted is a consistent inspection: it reads and evaluates.
        (await _supervisor.GetAsync($"/api/inspections/{inspection.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        using var evaluate = new HttpRequestMessage(HttpMethod.Post, $"/api/inspections/{inspection.Id}/evaluate");
        await AssertHandledAsync(_supervisor, evaluate, -1);
    }

    [Test]
    public async Task Routes_HostileIdentifiersAndQueries_NotFoundOrBadRequestNever500()
    {
        // (A NUL in the path is refused by Kestrel before routing; the in-process test server throws on it instead.)
        string[] ids = ["0", "-1", "abc", "%2e%2e%2f%2e%2e%2fetc", new string('9', 400), "00000000-0000-0000-0000-000000000000", "%E2%80%AE", "' OR 1=1 --"];
        string[] queries = ["?page=-1", "?pageSize=1000000", "?status=7", "?status=Draft,Closed", "?kind=%00", "?from=2026-13-01", "?facilityId=x", "?lang=%E2%80%AE"];
        foreach (var get in AccessMatrix.Endpoints().Where(e => e.Method == "GET"))
        {
            foreach (var id in ids)
            {
                var route = System.Text.RegularExpressions.Regex.Replace(get.Route, @"\{[a-zA-Z]+\}", id);
                using var request = new HttpRequestMessage(HttpMethod.Get, route);
                await AssertHandledAsync(_administrator, request, 0);
            }

            foreach (var query in queries)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, _targets.Resolve(get.Route) + query);
                await AssertHandledAsync(_administrator, request, 0);
            }
        }
    }

    /// <summary>The bodies sent to one endpoint: random JSON, then the malformed kinds, each with its seed.</summary>
    private static IEnumerable<(int Seed, HttpContent Content)> Bodies(int seed)
    {
        for (var i = 0; i < BodiesPerEndpoint; i++)
        {
            var random = new Random(seed + i);
            var node = random.Next(5) == 0 ? RandomValue(random, 3) : RandomObject(random, 3);
            yield return (seed + i, Json(node?.ToJsonString() ?? "null"));
        }

        yield return (seed, Json("{"));
        yield return (seed, Json("{\"version\": 1,, }"));
        yield return (seed, Json("[" + new string('[', 5_000) + new string(']', 5_000) + "]"));
        yield return (seed, Json("{\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", 2_000)) + "1" + new string('}', 2_001)));
        yield return (seed, Json("{\"version\": 1, \"version\": \"two\"}"));
        yield return (seed, Json("\uFEFF{}"));
        yield return (seed, new ByteArrayContent([0x7B, 0x22, 0xC3, 0x28, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });
        yield return (seed, new StringContent("version=1&answers=2", Encoding.UTF8, "application/x-www-form-urlencoded"));
        yield return (seed, new StringContent("<version>1</version>", Encoding.UTF8, "application/xml"));
        yield return (seed, new StringContent("{}", Encoding.UTF8, "multipart/form-data"));
    }

    private static JsonObject RandomObject(Random random, int depth)
    {
        var node = new JsonObject();
        foreach (var name in PropertyNames.OrderBy(_ => random.Next()).Take(random.Next(1, 8)))
        {
            node[name] = RandomValue(random, depth - 1);
        }

        return node;
    }

    private static JsonNode? RandomValue(Random random, int depth)
    {
        var pick = random.Next(depth > 0 ? 10 : 7);
        return pick switch
        {
            < 6 => Values[random.Next(Values.Length)]?.DeepClone(),
            6 => JsonValue.Create(random.NextDouble() * Math.Pow(10, random.Next(-5, 30)) * (random.Next(2) == 0 ? 1 : -1)),
            7 => RandomObject(random, depth - 1),
            _ => new JsonArray([.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomValue(random, depth - 1))]),
        };
    }

    private static async Task AssertHandledAsync(HttpClient client, HttpRequestMessage request, int seed)
    {
        var sent = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync();
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var because = $"{request.Method} {request.RequestUri} (seed {seed}) with {Shorten(sent)} answered {(int)response.StatusCode}: {Shorten(body)}";

        ((int)response.StatusCode).Should().BeLessThan(500, because);
        if ((int)response.StatusCode >= 400)
        {
            response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", because);
        }
    }

    private async Task<string> ReadAsync(string route) => await _administrator.GetStringAsync(route);

    private async Task<List<string>> QuestionCodesAsync(Guid inspectionId)
    {
        var questionnaire = JsonNode.Parse(await _supervisor.GetStringAsync($"/api/inspections/{inspectionId}/questionnaire"))!;
        return [.. questionnaire.ToJsonString().Split('"').Where(IsQuestionCode).Distinct(StringComparer.Ordinal)];

        static bool IsQuestionCode(string s) => s.Length > 3 && s.Contains('_', StringComparison.Ordinal) && s.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
    }

    private async Task<int> VersionAsync(Guid inspectionId)
    {
        var answers = JsonNode.Parse(await _supervisor.GetStringAsync($"/api/inspections/{inspectionId}/answers"))!;
        return answers["version"]?.GetValue<int>() ?? 0;
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + $"… ({text.Length} characters)";

    // A stable seed per name (string.GetHashCode differs between runs).
    private static int Seed(string name) => name.Aggregate(17, (hash, c) => unchecked((hash * 31) + c)) & 0x3FFFFFFF;
}
