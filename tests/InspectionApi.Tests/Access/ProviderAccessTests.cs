using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Inspection.Api.Access;
using Inspection.Api.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Access;

/// <summary>Providers see their own operator's facilities only, and never the date of an unannounced visit.</summary>
public sealed class ProviderAccessTests
{
    private static readonly string[] Providers = ["provider.shalom", "provider.nitzan", "provider.keshet"];

    private static readonly string[] ForeignRoutes =
    [
        "/api/facilities/{facility}",
        "/api/inspections/{inspection}",
        "/api/inspections/{inspection}/questionnaire",
        "/api/inspections/{inspection}/answers",
        "/api/inspections/{inspection}/findings",
        "/api/inspections/{inspection}/disputes",
        "/api/inspections/{inspection}/correction-plan",
        "/api/inspections/{inspection}/attachments",
        "/api/inspections/{inspection}/attachments/{attachment}",
    ];

    private static readonly string[] InspectionReads =
        [string.Empty, "/questionnaire", "/answers", "/findings", "/disputes", "/attachments", "/correction-plan"];

    private InspectionApiFactory _factory = null!;
    private Foreign _foreign = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        var shalom = await OperatorOfAsync("provider.shalom");
        var inspection = await _factory.ReadDatabaseAsync(db => db.Inspections.Include(i => i.Facility).AsNoTracking()
            .Where(i => i.Facility!.OperatorId == shalom && i.Status == InspectionStatus.Closed && db.CorrectionPlans.Any(p => p.InspectionId == i.Id))
            .OrderBy(i => i.Id).FirstAsync());
        var attachment = await AccessTargets.SeedAttachmentAsync(_factory, inspection.Id);
        _foreign = new Foreign(inspection.FacilityId, inspection.Facility!.Name, inspection.Id, attachment);
    }

    [OneTimeTearDown]
    public void StopHost() => _factory.Dispose();

    [TestCaseSource(nameof(Providers))]
    public async Task ListFacilities_AsProvider_ReturnsExactlyTheirOperatorsFacilities(string provider)
    {
        var operatorId = await OperatorOfAsync(provider);
        var own = await _factory.ReadDatabaseAsync(db => db.Facilities.Where(f => f.OperatorId == operatorId).Select(f => f.Id).ToListAsync());
        var client = await _factory.ClientAsAsync(provider);

        var facilities = await client.GetFromJsonAsync<JsonElement>("/api/facilities");

        own.Should().NotBeEmpty();
        Ids(facilities).Should().BeEquivalentTo(own);
        facilities.EnumerateArray().Select(f => f.GetProperty("operatorId").GetGuid()).Should().AllBeEquivalentTo(operatorId);
    }

    [TestCaseSource(nameof(Providers))]
    public async Task ListOperators_AsProvider_ReturnsOnlyTheirOperator(string provider)
    {
        var operatorId = await OperatorOfAsync(provider);
        var client = await _factory.ClientAsAsync(provider);

        var operators = await client.GetFromJsonAsync<JsonElement>("/api/operators");

        Ids(operators).Should().Equal(operatorId);
    }

    [TestCaseSource(nameof(Providers))]
    public async Task ListInspections_AsProvider_ReturnsTheirOperatorsInspectionsButNoPlannedUnannounced(string provider)
    {
        var operatorId = await OperatorOfAsync(provider);
        var own = await _factory.ReadDatabaseAsync(db => db.Inspections.Where(i => i.Facility!.OperatorId == operatorId)
            .Select(i => new { i.Id, i.Kind, i.Status }).ToListAsync());
        var plannedUnannounced = own.Where(i => i.Kind == InspectionKind.Unannounced && i.Status == InspectionStatus.Planned).Select(i => i.Id).ToList();
        var client = await _factory.ClientAsAsync(provider);

        var inspections = await client.GetFromJsonAsync<JsonElement>("/api/inspections");
        var planned = await client.GetFromJsonAsync<JsonElement>("/api/inspections?status=Planned");

        plannedUnannounced.Should().NotBeEmpty("the demo data plans an unannounced visit for every demo provider");
        Ids(inspections).Should().BeEquivalentTo(own.Select(i => i.Id).Except(plannedUnannounced));
        Ids(planned).Should().NotBeEmpty().And.NotIntersectWith(plannedUnannounced);
    }

    [TestCaseSource(nameof(Providers))]
    public async Task ListInspections_AsProvider_ShowsNoUnannouncedDate(string provider)
    {
        var operatorId = await OperatorOfAsync(provider);
        var hiddenDates = await _factory.ReadDatabaseAsync(db => db.Inspections
            .Where(i => i.Facility!.OperatorId == operatorId && i.Kind == InspectionKind.Unannounced && i.Status == InspectionStatus.Planned)
            .Select(i => i.PlannedDate).ToListAsync());
        var client = await _factory.ClientAsAsync(provider);

        var body = await client.GetStringAsync("/api/inspections");

        var unannounced = JsonDocument.Parse(body).RootElement.EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "Unannounced").ToList();
        hiddenDates.Should().NotBeEmpty("the demo data plans an unannounced visit for every demo provider");
        unannounced.Where(i => i.GetProperty("plannedDate").ValueKind != JsonValueKind.Null).Should().BeEmpty();
        foreach (var date in hiddenDates)
        {
            body.Should().NotContain(Iso(date));
        }
    }

    [TestCaseSource(nameof(ForeignRoutes))]
    public async Task Get_AnotherOperatorsResource_Is404AndLeaksNothing(string route)
    {
        var client = await _factory.ClientAsAsync("provider.nitzan");

        var response = await client.GetAsync(route
            .Replace("{facility}", _foreign.FacilityId.ToString(), StringComparison.Ordinal)
            .Replace("{inspection}", _foreign.InspectionId.ToString(), StringComparison.Ordinal)
            .Replace("{attachment}", _foreign.AttachmentId.ToString(), StringComparison.Ordinal));

        var body = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        body.Should().NotContain(_foreign.FacilityName).And.NotContain("evidence.png");
    }

    [Test]
    public async Task ListInspections_FilteredByAnotherOperatorsFacility_IsEmpty()
    {
        var client = await _factory.ClientAsAsync("provider.nitzan");

        var inspections = await client.GetFromJsonAsync<JsonElement>($"/api/inspections?facilityId={_foreign.FacilityId}");

        inspections.GetArrayLength().Should().Be(0);
    }

    [TestCaseSource(nameof(InspectionReads))]
    public async Task Get_PlannedUnannouncedVisitAsItsProvider_Is404WithoutItsDate(string read)
    {
        var operatorId = await OperatorOfAsync("provider.shalom");
        var visit = await _factory.ReadDatabaseAsync(db => db.Inspections.Include(i => i.Facility).AsNoTracking()
            .Where(i => i.Facility!.OperatorId == operatorId && i.Kind == InspectionKind.Unannounced && i.Status == InspectionStatus.Planned)
            .OrderBy(i => i.Id).FirstAsync());
        var client = await _factory.ClientAsAsync("provider.shalom");

        var response = await client.GetAsync($"/api/inspections/{visit.Id}{read}");

        var body = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        body.Should().NotContain(Iso(visit.PlannedDate)).And.NotContain(visit.Facility!.Name);
    }

    [Test]
    public async Task Get_UnannouncedVisitOnceStarted_ShownToProviderWithoutPlannedDate()
    {
        var operatorId = await OperatorOfAsync("provider.keshet");
        var facility = await _factory.ReadDatabaseAsync(db => db.Facilities.Where(f => f.OperatorId == operatorId).OrderBy(f => f.Name).FirstAsync());
        var supervisor = await _factory.ClientAsAsync($"supervisor.{facility.District}");
        var provider = await _factory.ClientAsAsync("provider.keshet");
        var plannedDate = AccessTargets.Today.AddDays(23);
        var planned = await supervisor.PostAsJsonAsync("/api/inspections", new { facilityId = facility.Id, kind = "Unannounced", plannedDate });
        var id = await AccessTargets.IdOfAsync(planned);
        var beforeStart = await provider.GetAsync($"/api/inspections/{id}");
        var listedBeforeStart = await provider.GetFromJsonAsync<JsonElement>("/api/inspections");

        var started = await supervisor.PostAsync($"/api/inspections/{id}/start", null);

        started.StatusCode.Should().Be(HttpStatusCode.OK);
        (await beforeStart.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Should().NotContain(Iso(plannedDate));
        Ids(listedBeforeStart).Should().NotContain(id);
        var response = await provider.GetAsync($"/api/inspections/{id}");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        var inspection = JsonDocument.Parse(body).RootElement;
        inspection.GetProperty("kind").GetString().Should().Be("Unannounced");
        inspection.GetProperty("status").GetString().Should().Be("InProgress");
        inspection.GetProperty("plannedDate").ValueKind.Should().Be(JsonValueKind.Null);
        body.Should().NotContain(Iso(plannedDate));
        var listed = (await provider.GetFromJsonAsync<JsonElement>("/api/inspections")).EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
        listed.GetProperty("plannedDate").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [TestCase("Regular")]
    [TestCase("Unannounced")]
    public async Task Plan_ExternalVisitOfOwnFacilityAsProvider_Is403AndPlansNothing(string kind)
    {
        var operatorId = await OperatorOfAsync("provider.shalom");
        var facility = await _factory.ReadDatabaseAsync(db => db.Facilities.Where(f => f.OperatorId == operatorId).OrderBy(f => f.Name).FirstAsync());
        var before = await _factory.ReadDatabaseAsync(db => db.Inspections.CountAsync());
        var client = await _factory.ClientAsAsync("provider.shalom");

        var response = await client.PostAsJsonAsync("/api/inspections", new { facilityId = facility.Id, kind, plannedDate = AccessTargets.Today.AddDays(40) });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await _factory.ReadDatabaseAsync(db => db.Inspections.CountAsync())).Should().Be(before);
    }

    private Task<Guid> OperatorOfAsync(string provider) =>
        _factory.ReadDatabaseAsync(db => db.Users.Where(u => u.UserName == provider && u.Role == Role.Provider).Select(u => u.OperatorId!.Value).SingleAsync());

    private static IEnumerable<Guid> Ids(JsonElement array) => array.EnumerateArray().Select(e => e.GetProperty("id").GetGuid());

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Foreign(Guid FacilityId, string FacilityName, Guid InspectionId, Guid AttachmentId);
}
