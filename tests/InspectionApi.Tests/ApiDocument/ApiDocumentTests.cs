using System.Net;
using System.Text.Json;

namespace Inspection.Api.Tests.ApiDocument;

/// <summary>
/// The served OpenAPI document checked against the main rules of Redocly's recommended set (and the
/// issue's), in .NET so that the test command needs no Node: security on every operation and proven
/// by the host, an operation id, summary and description on each, the RFC 7807 schema on every 4xx
/// and 5xx answer, tag descriptions, licence, contact and a server address without a trailing slash.
/// </summary>
public sealed class ApiDocumentTests
{
    private static readonly string[] Anonymous = ["POST /api/auth/token", "GET /api/start"];

    private InspectionApiFactory _factory = null!;
    private JsonDocument _document = null!;
    private List<Operation> _operations = null!;

    [OneTimeSetUp]
    public async Task ReadDocument()
    {
        _factory = new InspectionApiFactory();
        _document = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        _operations = [.. _document.RootElement.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(method => method.Name is "get" or "put" or "post" or "delete" or "patch")
            .Select(method => new Operation($"{method.Name.ToUpperInvariant()} {path.Name}", path.Name, method.Value)))];
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _document.Dispose();
        _factory.Dispose();
    }

    [Test]
    public void Operations_Each_HaveAUniqueOperationIdSummaryAndDescription()
    {
        _operations.Should().HaveCountGreaterThan(60);
        foreach (var operation in _operations)
        {
            Text(operation.Body, "operationId").Should().NotBeNullOrWhiteSpace($"{operation.Name} needs .WithName(...)");
            Text(operation.Body, "summary").Should().NotBeNullOrWhiteSpace($"{operation.Name} needs .WithSummary(...)");
            Text(operation.Body, "description").Should().NotBeNullOrWhiteSpace($"{operation.Name} needs .WithDescription(...)");
        }

        _operations.Select(o => Text(o.Body, "operationId")).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void Operations_ThatNeedAToken_CarryTheBearerSchemeAnd401_AndTheAnonymousOnesNone()
    {
        foreach (var operation in _operations)
        {
            var security = operation.Body.GetProperty("security");
            if (Anonymous.Contains(operation.Name))
            {
                security.GetArrayLength().Should().Be(0, $"{operation.Name} is open to anyone");
                continue;
            }

            security.EnumerateArray().Should().ContainSingle($"{operation.Name} needs a token")
                .Which.TryGetProperty("Bearer", out _).Should().BeTrue();
            Responses(operation).Should().Contain("401", operation.Name);
        }

        var scheme = _document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Text(scheme, "type").Should().Be("http");
        Text(scheme, "scheme").Should().Be("bearer");
    }

    [Test]
    public async Task Operations_WithTheBearerScheme_Answer401WithoutAToken()
    {
        var client = _factory.CreateClient();
        var refused = new List<string>();
        foreach (var operation in _operations.Where(o => !Anonymous.Contains(o.Name)))
        {
            var path = System.Text.RegularExpressions.Regex.Replace(operation.Path, "{number}", "1");
            path = System.Text.RegularExpressions.Regex.Replace(path, "{report}", "inspection");
            path = System.Text.RegularExpressions.Regex.Replace(path, "{[^}]+}", Guid.NewGuid().ToString());
            using var request = new HttpRequestMessage(new HttpMethod(operation.Name.Split(' ')[0]), path);
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                refused.Add($"{operation.Name}: {(int)response.StatusCode}");
            }
        }

        refused.Should().BeEmpty("every operation the document says needs a token refuses a request without one");
    }

    [Test]
    public void Responses_4xxAnd5xx_AreRfc7807Problems()
    {
        foreach (var operation in _operations.Where(o => o.Name != "GET /api/start"))
        {
            Responses(operation).Should().Contain(code => code.StartsWith('4'), $"{operation.Name} lists the problems it can answer with");
        }

        foreach (var (operation, code, response) in _operations.SelectMany(o => o.Body.GetProperty("responses").EnumerateObject()
            .Where(r => r.Name[0] is '4' or '5').Select(r => (o.Name, r.Name, r.Value))))
        {
            var schema = response.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString();
            schema.Should().Be(code == "400" ? "#/components/schemas/ValidationProblemDetails" : "#/components/schemas/ProblemDetails", $"{operation} {code}");
        }

        var problem = _document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails").GetProperty("properties");
        problem.EnumerateObject().Select(p => p.Name).Should().Contain(["type", "title", "status", "detail", "instance"]);
    }

    [TestCase("POST /api/auth/token", "429")]
    [TestCase("POST /api/auth/password", "429")]
    [TestCase("POST /api/users", "403")]
    [TestCase("PUT /api/inspections/{id}/answers", "409")]
    [TestCase("PUT /api/inspections/{id}/answers", "413")]
    [TestCase("POST /api/inspections", "400")]
    public void Responses_ProblemsTheEndpointReallyGives_AreListed(string operation, string code) =>
        Responses(_operations.Single(o => o.Name == operation)).Should().Contain(code);

    [Test]
    public void Tags_Each_HaveADescription()
    {
        var described = _document.RootElement.GetProperty("tags").EnumerateArray()
            .ToDictionary(t => Text(t, "name")!, t => Text(t, "description"), StringComparer.Ordinal);
        foreach (var tag in _operations.SelectMany(o => o.Body.GetProperty("tags").EnumerateArray()).Select(t => t.GetString()!).Distinct())
        {
            described.GetValueOrDefault(tag).Should().NotBeNullOrWhiteSpace($"tag '{tag}' needs a line in ApiTags");
        }
    }

    [Test]
    public void Document_HasLicenceContactAndServersWithoutTrailingSlash()
    {
        var info = _document.RootElement.GetProperty("info");
        Text(info.GetProperty("license"), "name").Should().NotBeNullOrWhiteSpace();
        Text(info.GetProperty("contact"), "name").Should().NotBeNullOrWhiteSpace();
        foreach (var server in _document.RootElement.GetProperty("servers").EnumerateArray())
        {
            Text(server, "url").Should().NotEndWith("/");
        }
    }

    [Test]
    public void Enumerations_ListTheirNames()
    {
        var role = _document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("Role");

        Text(role, "type").Should().Be("string");
        role.GetProperty("enum").EnumerateArray().Select(v => v.GetString()).Should().BeEquivalentTo(Enum.GetNames<global::Inspection.Api.Access.Role>());
    }

    [TestCase("PlanInspection")]
    [TestCase("SaveAnswers")]
    [TestCase("DisputeFinding")]
    [TestCase("SaveCorrectionPlan")]
    public void MainRequests_HaveAnExample(string operationId)
    {
        var body = _operations.Single(o => Text(o.Body, "operationId") == operationId).Body;

        body.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example").ValueKind.Should().Be(JsonValueKind.Object);
    }

    [Test]
    public void AttachmentUpload_DescribesItsFormFields()
    {
        var upload = _operations.Single(o => Text(o.Body, "operationId") == "UploadAttachment").Body;
        var form = upload.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");

        form.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(["file", "questionCode", "residentCode"]);
        form.GetProperty("required").EnumerateArray().Select(p => p.GetString()).Should().BeEquivalentTo(["file", "questionCode"]);
        var file = form.GetProperty("properties").GetProperty("file");
        Text(file, "type").Should().Be("string");
        Text(file, "format").Should().Be("binary");
        form.GetProperty("properties").EnumerateObject().Should().OnlyContain(p => !string.IsNullOrEmpty(Text(p.Value, "description")), "each field says what it is");
    }

    [Test]
    public void Records_NullableFieldsWithoutRequired_AreOptional()
    {
        var plan = Schema("#/components/schemas/PlanInspectionRequest");

        plan.GetProperty("required").EnumerateArray().Select(p => p.GetString()).Should().BeEquivalentTo(["facilityId", "plannedDate"]);
    }

    [Test]
    public async Task ReferencePage_IsServedOverTheDocument()
    {
        var client = _factory.CreateClient();

        var page = await client.GetAsync("/api-reference/");
        var script = await client.GetAsync("/api-reference/scalar.js");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain("openapi/v1.json");
        page.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("connect-src 'self'").And.NotContain("http");
        script.StatusCode.Should().Be(HttpStatusCode.OK, "Scalar's script is served by the service, not fetched from elsewhere");
    }

    private JsonElement Schema(string reference) =>
        _document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(reference.Split('/')[^1]);

    private static List<string> Responses(Operation operation) => [.. operation.Body.GetProperty("responses").EnumerateObject().Select(r => r.Name)];

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record Operation(string Name, string Path, JsonElement Body);
}
