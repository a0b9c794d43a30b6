using System.Net;
using System.Net.Http.Json;
using System.Text;
using Inspection.Api.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.BadInput;

/// <summary>
/// Moves the lifecycle does not allow from where an inspection stands: 409 with the reason and the
/// moves that are possible, and the inspection stays as it was.
/// </summary>
public sealed class LifecycleBadInputTests
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
    public async Task Evaluate_PlannedInspection_Is409NamingStartAndNothingChanges()
    {
        var inspection = await TestInspections.PlanAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await _supervisor.PostAsync($"/api/inspections/{inspection.Id}/evaluate", null);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.Conflict);
        problem.Detail.Should().Be("cannot evaluate an inspection that is planned; possible now: start, cancel");
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Close_InProgressInspection_Is409NamingSubmitAndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await _supervisor.PostAsync($"/api/inspections/{inspection.Id}/close", null);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.Conflict);
        problem.Detail.Should().Be("cannot close an inspection that is in progress; possible now: submit");
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [TestCase("start", "cannot start an inspection that is in progress; possible now: submit")]
    [TestCase("reopen", "cannot reopen an inspection that is in progress; possible now: submit")]
    [TestCase("evaluate", "cannot evaluate an inspection that is in progress; possible now: submit")]
    [TestCase("issue-report", "cannot issue report an inspection that is in progress; possible now: submit")]
    public async Task Move_InProgressInspection_Is409WithTheReasonAndNothingChanges(string action, string reason)
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await _supervisor.PostAsync($"/api/inspections/{inspection.Id}/{action}", null);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.Conflict);
        problem.Title.Should().Be("Conflict");
        problem.Detail.Should().Be(reason);
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task IssueReport_SubmittedInspection_Is409NamingReopenAndEvaluate()
    {
        var inspection = await SubmittedAsync();
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await _supervisor.PostAsync($"/api/inspections/{inspection.Id}/issue-report", null);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.Conflict);
        problem.Detail.Should().Be("cannot issue report an inspection that is submitted; possible now: reopen, evaluate");
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Reopen_ClosedInspection_Is409SayingNoMovesRemainAndNothingChanges()
    {
        var facility = await TestInspections.CareHomeAsync(_supervisor);
        var closed = (await _supervisor.GetFromJsonAsync<List<InspectionDto>>($"/api/inspections?facilityId={facility.Id}&status=Closed"))!.First();
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, closed.Id);

        var response = await _supervisor.PostAsync($"/api/inspections/{closed.Id}/reopen", null);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.Conflict);
        problem.Detail.Should().Be("cannot reopen an inspection that is closed; no further moves are possible");
        (await SavedInspection.CaptureAsync(_factory, _supervisor, closed.Id)).Should().Be(before);
    }

    [Test]
    public async Task Submit_WithAnswersMissing_Is409ListingTheIncompleteStandardsAndStaysInProgress()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await _supervisor.PostAsync($"/api/inspections/{inspection.Id}/submit", null);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.Conflict);
        problem.Detail.Should().Contain("acceptIncomplete=true");
        problem.Body.GetProperty("incomplete").GetArrayLength().Should().BePositive();
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task SaveAnswers_SubmittedInspection_Is409AndNothingChanges()
    {
        var inspection = await SubmittedAsync();
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await _supervisor.PutAsync($"/api/inspections/{inspection.Id}/answers",
            new StringContent($$"""{ "version": {{inspection.AnswersVersion}}, "answers": { "fire_approval_valid": false } }""", Encoding.UTF8, "application/json"));

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.Conflict);
        problem.Detail.Should().Be("the answers of an inspection that is submitted cannot change; reopen it first");
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task ScheduleFollowUp_WithoutPlannedDate_Is400NamingPlannedDate()
    {
        var inspection = await TestInspections.PlanAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await _supervisor.PostAsJsonAsync($"/api/inspections/{inspection.Id}/follow-up", new { });

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]> { ["plannedDate"] = ["the planned date of the follow-up is required"] });
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task ScheduleFollowUp_PlannedInspection_Is409AndPlansNothing()
    {
        var inspection = await TestInspections.PlanAsync(_supervisor);
        var count = await _factory.ReadDatabaseAsync(db => db.Inspections.CountAsync());

        var response = await _supervisor.PostAsJsonAsync($"/api/inspections/{inspection.Id}/follow-up", new { plannedDate = "2027-03-01" });

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.Conflict);
        problem.Detail.Should().Be("cannot schedule follow up an inspection that is planned; possible now: start, cancel");
        (await _factory.ReadDatabaseAsync(db => db.Inspections.CountAsync())).Should().Be(count);
    }

    [TestCase("analyst")]
    [TestCase(TestInspections.OwnProvider)]
    public async Task Start_RoleThatMayNotStart_Is403AndNothingChanges(string userName)
    {
        var inspection = await TestInspections.PlanAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);
        using var client = await _factory.ClientAsAsync(userName);

        var response = await client.PostAsync($"/api/inspections/{inspection.Id}/start", null);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.Forbidden);
        problem.Detail.Should().Be("Your role may not start this inspection.");
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Start_UnknownInspection_Is404()
    {
        var response = await _supervisor.PostAsync($"/api/inspections/{Guid.NewGuid()}/start", null);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.NotFound);
        problem.Detail.Should().Be("The inspection does not exist or is not yours to see.");
    }

    private async Task<InspectionDto> SubmittedAsync()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var response = await _supervisor.PostAsync($"/api/inspections/{inspection.Id}/submit?acceptIncomplete=true", null);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<InspectionDto>())!;
    }
}
