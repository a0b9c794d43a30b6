using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Inspection.Api.Tests.Hosting;

public sealed class HostSmokeTests
{
    private InspectionApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartHost() => _factory = new InspectionApiFactory();

    [OneTimeTearDown]
    public void StopHost() => _factory.Dispose();

    [Test]
    public async Task Start_EmptyDatabase_ImportsCatalogsAndSeedsDemoData()
    {
        var client = await _factory.ClientAsAsync("analyst");

        var ruleSets = await client.GetFromJsonAsync<JsonElement>("/api/rule-sets");
        var facilities = await client.GetFromJsonAsync<JsonElement>("/api/facilities");

        ruleSets.GetArrayLength().Should().Be(9, "every catalog file shipped: five published versions and four drafts");
        facilities.GetArrayLength().Should().Be(20);
    }

    [Test]
    public async Task Get_WithoutToken_Is401ProblemDetails()
    {
        var response = await _factory.CreateClient().GetAsync("/api/inspections");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task OpenApi_Document_ListsTheInspectionEndpoints()
    {
        var document = await _factory.CreateClient().GetStringAsync("/openapi/v1.json");

        document.Should().Contain("/api/inspections/{id}/answers").And.Contain("/api/rule-sets");
    }
}
