using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.BadInput;

/// <summary>
/// Request bodies over Inspection:MaxRequestBytes (set to 2 KB here): 413 problem details before
/// anything is read or saved. (The test server always declares a body's length; a chunked body is
/// held to the same limit by Kestrel while it is read.)
/// </summary>
public sealed class OversizeRequestTests
{
    private const int Limit = 2048;

    private static readonly string MinimalYaml =
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Catalogs", "minimal.yaml")).ReplaceLineEndings("\n");

    private InspectionApiFactory _factory = null!;
    private HttpClient _supervisor = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        _factory.Settings["Inspection:MaxRequestBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _supervisor = await _factory.ClientAsAsync(TestInspections.Supervisor);
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _supervisor.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Save_BodyOverTheLimit_Is413AndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await _supervisor.PutAsync($"/api/inspections/{inspection.Id}/answers", Json(Padded("""{ "version": 1, "answers": { "fire_approval_valid": false } }""")));

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge);
        problem.Title.Should().Be("The request is too large");
        problem.Detail.Should().Be("Requests are limited to 2 KB.");
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_BodyWithinTheLimit_IsSaved()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);

        var response = await _supervisor.PutAsync($"/api/inspections/{inspection.Id}/answers", Json("""{ "version": 1, "answers": { "fire_approval_valid": false } }"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Plan_BodyOverTheLimit_Is413AndCreatesNothing()
    {
        var facility = await TestInspections.CareHomeAsync(_supervisor);
        var count = await _factory.ReadDatabaseAsync(db => db.Inspections.CountAsync());

        var response = await _supervisor.PostAsync("/api/inspections",
            Json(Padded($$"""{ "facilityId": "{{facility.Id}}", "kind": "regular", "plannedDate": "2027-02-01" }""")));

        await ProblemResponse.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge);
        (await _factory.ReadDatabaseAsync(db => db.Inspections.CountAsync())).Should().Be(count);
    }

    [Test]
    public async Task UploadRuleSet_FileOverTheLimit_Is413AndStoresNothing()
    {
        using var author = await _factory.ClientAsAsync("author");
        var before = await author.GetStringAsync("/api/rule-sets");
        Encoding.UTF8.GetByteCount(MinimalYaml).Should().BeGreaterThan(Limit);

        var response = await author.PostAsync("/api/rule-sets", new StringContent(MinimalYaml, Encoding.UTF8, "text/yaml"));

        await ProblemResponse.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge);
        (await author.GetStringAsync("/api/rule-sets")).Should().Be(before);
    }

    /// <summary>The JSON followed by enough white space (still valid JSON) to go over the limit.</summary>
    private static string Padded(string json) => json + new string(' ', Limit);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
