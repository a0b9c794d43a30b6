using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Inspection.Api.Access;
using Inspection.Api.Inspections;
using Inspection.Api.Tests.Attachments;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.BadInput;

/// <summary>Assignments to someone who is not a supervisor, filters that name nothing, evidence tied to nobody.</summary>
public sealed class AssignmentAndFilterBadInputTests
{
    private InspectionApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartHost() => _factory = new InspectionApiFactory();

    [OneTimeTearDown]
    public void StopHost() => _factory.Dispose();

    [Test]
    public async Task Plan_ProviderAssignedAsSupervisor_Is400AndNothingPlanned()
    {
        var supervisor = await _factory.ClientAsAsync(TestInspections.Supervisor);
        var facility = await TestInspections.CareHomeAsync(supervisor);
        var provider = await _factory.ReadDatabaseAsync(db => db.Users.FirstAsync(u => u.Role == Role.Provider));
        var before = await _factory.ReadDatabaseAsync(db => db.Inspections.CountAsync());

        var response = await supervisor.PostAsJsonAsync("/api/inspections", new
        {
            facilityId = facility.Id,
            kind = "unannounced",
            plannedDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            supervisorId = provider.Id,
        });

        (await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Should().ContainKey("supervisorId");
        (await _factory.ReadDatabaseAsync(db => db.Inspections.CountAsync())).Should().Be(before);
    }

    [TestCase("Finished")]
    [TestCase("3")]
    public async Task List_UnknownStatusFilter_Is400NamingTheStatuses(string status)
    {
        var analyst = await _factory.ClientAsAsync("analyst");

        var problem = await ProblemResponse.ReadAsync(await analyst.GetAsync($"/api/inspections?status={status}"), HttpStatusCode.BadRequest);

        problem.Errors["status"].Single().Should().Contain("InProgress");
    }

    [Test]
    public async Task List_KnownStatusFilter_ReturnsOnlyThatStatus()
    {
        var analyst = await _factory.ClientAsAsync("analyst");

        var closed = await analyst.GetFromJsonAsync<List<InspectionDto>>("/api/inspections?status=closed");

        closed.Should().NotBeEmpty().And.OnlyContain(i => i.Status == nameof(InspectionStatus.Closed));
    }

    [Test]
    public async Task UploadAttachment_ResidentQuestionWithoutSampledResident_Is400AndNothingStored()
    {
        var supervisor = await _factory.ClientAsAsync(TestInspections.Supervisor);
        var inspection = await TestInspections.AnsweredAsync(supervisor);

        using var form = EvidenceFiles.Form(EvidenceFiles.Png(64), "wound.png", "gds_score", residentCode: "R99");
        var problem = await ProblemResponse.ReadAsync(
            await supervisor.PostAsync($"/api/inspections/{inspection.Id}/attachments", form), HttpStatusCode.BadRequest);

        problem.Errors.Should().ContainKey("residentCode");
        (await _factory.ReadDatabaseAsync(db => db.Attachments.CountAsync(a => a.InspectionId == inspection.Id))).Should().Be(0);
    }

    [Test]
    public async Task UploadAttachment_InstitutionQuestionNamingAResident_Is400()
    {
        var supervisor = await _factory.ClientAsAsync(TestInspections.Supervisor);
        var inspection = await TestInspections.AnsweredAsync(supervisor);

        using var form = EvidenceFiles.Form(EvidenceFiles.Png(64), "drill.png", "evacuation_drill_date", residentCode: "R01");
        var problem = await ProblemResponse.ReadAsync(
            await supervisor.PostAsync($"/api/inspections/{inspection.Id}/attachments", form), HttpStatusCode.BadRequest);

        problem.Errors.Should().ContainKey("residentCode");
    }

    [Test]
    public async Task UploadAttachment_ResidentQuestionForASampledResident_IsStored()
    {
        var supervisor = await _factory.ClientAsAsync(TestInspections.Supervisor);
        var inspection = await TestInspections.AnsweredAsync(supervisor);

        using var form = EvidenceFiles.Form(EvidenceFiles.Png(64), "scale.png", "gds_score", residentCode: "R01");
        var response = await supervisor.PostAsync($"/api/inspections/{inspection.Id}/attachments", form);

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await _factory.ReadDatabaseAsync(db => db.Attachments.SingleAsync(a => a.InspectionId == inspection.Id))).ResidentCode.Should().Be("R01");
    }

    [Test]
    public async Task UploadAttachment_InspectionSubmitted_Is409AndNothingStored()
    {
        var supervisor = await _factory.ClientAsAsync(TestInspections.Supervisor);
        var inspection = await TestInspections.AnsweredAsync(supervisor);
        (await supervisor.PostAsync($"/api/inspections/{inspection.Id}/submit?acceptIncomplete=true", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        using var form = EvidenceFiles.Form(EvidenceFiles.Png(64), "late.png", "evacuation_drill_date");
        var problem = await ProblemResponse.ReadAsync(
            await supervisor.PostAsync($"/api/inspections/{inspection.Id}/attachments", form), HttpStatusCode.Conflict);

        problem.Detail.Should().Contain("Submitted");
        (await _factory.ReadDatabaseAsync(db => db.Attachments.CountAsync(a => a.InspectionId == inspection.Id))).Should().Be(0);
        Directory.Exists(Path.Combine(_factory.DataFolder, "attachments", inspection.Id.ToString("N"))).Should().BeFalse();
    }
}
