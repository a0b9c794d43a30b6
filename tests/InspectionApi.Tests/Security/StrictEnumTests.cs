using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Inspection.Api.Access;
using Inspection.Api.Hosting;
using Inspection.Api.Inspections;
using Inspection.Api.Inspections.Findings;
using Inspection.Api.Tests.BadInput;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Security;

/// <summary>
/// Enumerations from requests by name only, everywhere: JSON bodies (one converter for the whole API,
/// names in any case or their catalog spelling), query strings (bound by their exact names, with one
/// filter on every endpoint) and the string fields parsed by hand. Numbers and
/// combinations such as "Upheld, Withdrawn", which <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/>
/// accepts, are refused with the allowed names; the OpenAPI document lists them.
/// </summary>
public sealed class StrictEnumTests
{
    private InspectionApiFactory _factory = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        _admin = await _factory.ClientAsAsync("admin");
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _admin.Dispose();
        _factory.Dispose();
    }

    [TestCase("Upheld")]
    [TestCase("withdrawn")]
    [TestCase("self-assessment")]
    public void TryParse_NameOrCatalogSpellingInAnyCase_IsAccepted(string text)
    {
        var accepted = EnumNames.TryParse<DisputeDecision>(text, out _) || EnumNames.TryParse<InspectionKind>(text, out _);

        accepted.Should().BeTrue();
    }

    [TestCase("7")]
    [TestCase("1")]
    [TestCase("-1")]
    [TestCase("Upheld, Withdrawn")]
    [TestCase("Upheld,Withdrawn")]
    [TestCase(" Upheld")]
    [TestCase("Upheld ")]
    [TestCase("")]
    [TestCase(null)]
    public void TryParse_NumberCombinationOrPadding_IsRefused(string? text) =>
        EnumNames.TryParse<DisputeDecision>(text, out _).Should().BeFalse();

    [TestCase("7")]
    [TestCase("Upheld, Withdrawn")]
    public void EnumTryParse_TheFrameworksParser_AcceptsWhatTheApiMustNot(string text) =>
        Enum.TryParse<DisputeDecision>(text, ignoreCase: true, out _).Should().BeTrue("this is why the API has its own parser");

    [TestCase("\"7\"")]
    [TestCase("3")]
    [TestCase("\"Supervisor, Provider\"")]
    [TestCase("\"Boss\"")]
    public async Task CreateUser_RoleNotAName_Is400ListingTheNames(string role)
    {
        var body = $$"""{"userName":"new.user","displayName":"New user","role":{{role}},"password":"a long enough password"}""";

        var response = await _admin.PostAsync("/api/users", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().ContainKey("role").WhoseValue.Should().Equal("expected one of: Supervisor, Provider, Analyst, CatalogAuthor, Administrator");
        (await _factory.ReadDatabaseAsync(db => db.Users.AnyAsync(u => u.UserName == "new.user"))).Should().BeFalse();
    }

    [TestCase("catalog-author")]
    [TestCase("CatalogAuthor")]
    [TestCase("catalogauthor")]
    public async Task CreateUser_RoleByName_IsAcceptedAndWrittenByName(string role)
    {
        var userName = $"author.{Guid.NewGuid():N}"[..20];

        var response = await _admin.PostAsJsonAsync("/api/users", new { userName, displayName = "Author", role, password = "a long enough password" });

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("role").GetString().Should().Be("CatalogAuthor");
    }

    [TestCase("7")]
    [TestCase("Supervisor,Provider")]
    [TestCase("Supervisor, Provider")]
    [TestCase("supervisor")]
    [TestCase("Boss")]
    public async Task ListUsers_RoleInQueryNotAName_Is400ListingTheNames(string role)
    {
        var response = await _admin.GetAsync($"/api/users?role={Uri.EscapeDataString(role)}");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().ContainKey("role").WhoseValue.Should().Equal("expected one of: Supervisor, Provider, Analyst, CatalogAuthor, Administrator");
    }

    [Test]
    public async Task ListUsers_RoleInQueryTwice_Is400()
    {
        var response = await _admin.GetAsync("/api/users?role=Supervisor&role=Provider");

        await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ListUsers_RoleInQueryByName_FiltersByIt()
    {
        var users = await _admin.GetFromJsonAsync<List<JsonElement>>("/api/users?role=Supervisor");

        users!.Select(u => u.GetProperty("userName").GetString()).Should().BeEquivalentTo("supervisor.north", "supervisor.center", "supervisor.jerusalem");
    }

    [TestCase("1")]
    [TestCase("Planned,Started")]
    [TestCase("Planned, Evaluated")]
    public async Task ListInspections_StatusNumberOrCombination_Is400(string status)
    {
        var response = await _admin.GetAsync($"/api/inspections?status={Uri.EscapeDataString(status)}");

        (await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Should().ContainKey("status");
    }

    [TestCase("7")]
    [TestCase("Upheld, Withdrawn")]
    [TestCase("1")]
    public async Task DecideDispute_DecisionNumberOrCombination_Is400AndTheDisputeStaysOpen(string decision)
    {
        var (path, disputeId) = await OpenDisputeAsync();

        var response = await _admin.PostAsJsonAsync($"{path}/disputes/{disputeId}/decision", new { decision, note = "x" });

        (await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Should().ContainKey("decision");
        (await _factory.ReadDatabaseAsync(db => db.Disputes.AsNoTracking().SingleAsync(d => d.Id == disputeId))).Decision.Should().BeNull();
    }

    [Test]
    public async Task OpenApi_Enumerations_ListTheirNames()
    {
        using var document = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;

        var schemas = root.GetProperty("components").GetProperty("schemas");
        var role = schemas.GetProperty("CreateUserRequest").GetProperty("properties").GetProperty("role");
        Names(Resolve(schemas, role)).Should().Equal("Supervisor", "Provider", "Analyst", "CatalogAuthor", "Administrator");
        var query = root.GetProperty("paths").GetProperty("/api/users").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "role");
        Names(Resolve(schemas, query.GetProperty("schema"))).Should().Equal("Supervisor", "Provider", "Analyst", "CatalogAuthor", "Administrator");
    }

    /// <summary>The schema itself, or the one it refers to (directly, or as the non-null choice of a nullable one).</summary>
    private static JsonElement Resolve(JsonElement schemas, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? schemas.GetProperty(reference.GetString()!.Split('/')[^1])
        : schema.TryGetProperty("oneOf", out var choices) ? Resolve(schemas, choices.EnumerateArray().Single(c => c.TryGetProperty("$ref", out _)))
        : schema;

    private static List<string> Names(JsonElement schema) =>
        [.. schema.GetProperty("enum").EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)];

    /// <summary>A new open dispute on a deficiency of one of the demo's issued reports (the provider disputes; the administrator decides).</summary>
    private async Task<(string Path, Guid DisputeId)> OpenDisputeAsync()
    {
        using var provider = await _factory.ClientAsAsync(TestInspections.OwnProvider);
        var reports = await provider.GetFromJsonAsync<List<InspectionDto>>("/api/inspections?status=ReportIssued");
        foreach (var report in reports!)
        {
            var path = $"/api/inspections/{report.Id}";
            var findings = await provider.GetFromJsonAsync<List<JsonElement>>($"{path}/findings");
            var disputed = await _factory.ReadDatabaseAsync(db => db.Disputes.Where(d => d.InspectionId == report.Id).Select(d => d.FindingId).ToListAsync());
            var finding = findings!.Where(f => f.GetProperty("status").GetString() == "NotMet" && !f.GetProperty("withdrawn").GetBoolean())
                .Select(f => f.GetProperty("id").GetGuid()).FirstOrDefault(id => !disputed.Contains(id));
            if (finding == Guid.Empty)
            {
                continue;
            }

            var dispute = await provider.PostAsJsonAsync($"{path}/findings/{finding}/disputes", new { reason = "We disagree." });
            dispute.StatusCode.Should().Be(HttpStatusCode.Created, await dispute.Content.ReadAsStringAsync());
            return (path, (await dispute.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        throw new InvalidOperationException("no demo report with a deficiency left to dispute");
    }
}
