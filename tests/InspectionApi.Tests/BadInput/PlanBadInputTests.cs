using System.Net;
using System.Net.Http.Json;
using System.Text;
using Inspection.Api.RuleSets;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.BadInput;

/// <summary>Plan requests that cannot be planned: refused per field, and no inspection is created.</summary>
public sealed class PlanBadInputTests
{
    private InspectionApiFactory _factory = null!;
    private HttpClient _supervisor = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        _supervisor = await _factory.ClientAsAsync(TestInspections.Supervisor);
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _supervisor.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Plan_EveryFieldMissingOrWrong_Is400PerFieldAndCreatesNothing()
    {
        var count = await InspectionCountAsync();

        var response = await PostAsync("""{ "kind": "weekly" }""");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Title.Should().Be("One or more fields are invalid");
        problem.Errors.Keys.Should().BeEquivalentTo("kind", "plannedDate", "facilityId");
        problem.Errors["kind"].Should().Equal("expected regular, unannounced or self-assessment (follow-ups are scheduled from an inspection)");
        problem.Errors["plannedDate"].Should().Equal("the planned date is required");
        (await InspectionCountAsync()).Should().Be(count);
    }

    [TestCase("FollowUp")]
    [TestCase("follow-up")]
    [TestCase("")]
    public async Task Plan_KindThatCannotBePlanned_Is400NamingKindAndCreatesNothing(string kind)
    {
        var facility = await TestInspections.CareHomeAsync(_supervisor);
        var count = await InspectionCountAsync();

        var response = await PostAsync($$"""{ "facilityId": "{{facility.Id}}", "kind": "{{kind}}", "plannedDate": "2027-02-01" }""");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Keys.Should().Equal("kind");
        (await InspectionCountAsync()).Should().Be(count);
    }

    [TestCase("""{ "facilityId": "not-a-guid", "kind": "regular", "plannedDate": "2027-02-01" }""", "facilityId")]
    [TestCase("""{ "facilityId": null, "kind": "regular", "plannedDate": "01/02/2027" }""", "plannedDate")]
    [TestCase("""{ "facilityId": null, "kind": 3, "plannedDate": "2027-02-01" }""", "kind")]
    public async Task Plan_FieldOfTheWrongJsonType_Is400NamingTheFieldAndCreatesNothing(string json, string field)
    {
        var count = await InspectionCountAsync();

        var response = await PostAsync(json);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Keys.Should().Equal(field);
        (await InspectionCountAsync()).Should().Be(count);
    }

    [Test]
    public async Task Plan_RuleSetOfAnotherServiceType_Is400NamingRuleSetVersionIdAndCreatesNothing()
    {
        var facility = await TestInspections.CareHomeAsync(_supervisor);
        var youth = (await _supervisor.GetFromJsonAsync<List<RuleSetVersionDto>>("/api/rule-sets?serviceType=youth-residential"))!.First();
        var count = await InspectionCountAsync();

        var response = await PostAsync($$"""
            { "facilityId": "{{facility.Id}}", "kind": "regular", "plannedDate": "2027-02-01", "ruleSetVersionId": "{{youth.Id}}" }
            """);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Keys.Should().Equal("ruleSetVersionId");
        (await InspectionCountAsync()).Should().Be(count);
    }

    [Test]
    public async Task Plan_UnknownFacility_IsRefusedAndCreatesNothing()
    {
        var count = await InspectionCountAsync();

        var response = await PostAsync($$"""{ "facilityId": "{{Guid.NewGuid()}}", "kind": "regular", "plannedDate": "2027-02-01" }""");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.NotFound);
        problem.Detail.Should().Be("The facility does not exist or is not yours to see.");
        (await InspectionCountAsync()).Should().Be(count);
    }

    [Test]
    public async Task Plan_FacilityOfAnotherDistrict_AnswersAsIfItDidNotExist()
    {
        using var center = await _factory.ClientAsAsync("supervisor.center");
        var facility = await TestInspections.CareHomeAsync(_supervisor);
        var count = await InspectionCountAsync();

        var response = await center.PostAsync("/api/inspections",
            Json($$"""{ "facilityId": "{{facility.Id}}", "kind": "regular", "plannedDate": "2027-02-01" }"""));

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.NotFound);
        problem.Detail.Should().Be("The facility does not exist or is not yours to see.");
        (await InspectionCountAsync()).Should().Be(count);
    }

    [Test]
    public async Task Plan_AsAnalyst_Is403AndCreatesNothing()
    {
        using var analyst = await _factory.ClientAsAsync("analyst");
        var facility = await TestInspections.CareHomeAsync(_supervisor);
        var count = await InspectionCountAsync();

        var response = await analyst.PostAsync("/api/inspections",
            Json($$"""{ "facilityId": "{{facility.Id}}", "kind": "regular", "plannedDate": "2027-02-01" }"""));

        await ProblemResponse.ReadAsync(response, HttpStatusCode.Forbidden);
        (await InspectionCountAsync()).Should().Be(count);
    }

    private Task<HttpResponseMessage> PostAsync(string json) => _supervisor.PostAsync("/api/inspections", Json(json));

    private Task<int> InspectionCountAsync() => _factory.ReadDatabaseAsync(db => db.Inspections.CountAsync());

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
