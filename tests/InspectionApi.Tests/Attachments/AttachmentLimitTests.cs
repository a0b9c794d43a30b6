using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Inspection.Api.Inspections;
using Inspection.Api.Tests.BadInput;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Attachments;

/// <summary>
/// Attachments over Inspection:MaxAttachmentBytes (4 KB here): 413 problem details and nothing
/// stored, neither a row nor a file. Uploads have their own limit: JSON bodies are held to a much
/// smaller one (1 KB here) that does not apply to them.
/// </summary>
public sealed class AttachmentLimitTests
{
    private const int Limit = 4096;

    private InspectionApiFactory _factory = null!;
    private HttpClient _supervisor = null!;

    private string AttachmentFolder => Path.Combine(_factory.DataFolder, "attachments");

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        _factory.Settings["Inspection:MaxAttachmentBytes"] = Limit.ToString(CultureInfo.InvariantCulture);
        _factory.Settings["Inspection:MaxRequestBytes"] = "1024";
        _supervisor = await _factory.ClientAsAsync(TestInspections.Supervisor);
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _supervisor.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Upload_FileJustOverTheLimit_Is413AndStoresNothing()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);

        var response = await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(EvidenceFiles.Png(Limit + 1), "exit.png", "fire_approval_valid"));

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge);
        problem.Title.Should().Be("The attachment is too large");
        problem.Detail.Should().Be("Attachments are limited to 4 KB.");
        await ShouldStoreNothingAsync(inspection.Id);
    }

    [Test]
    public async Task Upload_RequestFarOverTheLimit_Is413BeforeReadingAndStoresNothing()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);

        var response = await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(EvidenceFiles.Pdf(200 * 1024), "report.pdf", "fire_approval_valid"));

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge);
        problem.Title.Should().Be("The attachment is too large");
        problem.Detail.Should().Be("Attachments are limited to 4 KB.");
        await ShouldStoreNothingAsync(inspection.Id);
    }

    [Test]
    public async Task Upload_OverTheLimitAndNotAPhoto_Is413AndStoresNothing()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var text = new byte[Limit * 2];
        Array.Fill(text, (byte)'a');

        var response = await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(text, "exit.png", "fire_approval_valid"));

        await ProblemResponse.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge);
        await ShouldStoreNothingAsync(inspection.Id);
    }

    [Test]
    public async Task Upload_FileExactlyAtTheLimit_IsAcceptedThoughLargerThanTheJsonLimit()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var bytes = EvidenceFiles.Png(Limit);

        var response = await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(bytes, "exit.png", "fire_approval_valid"));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var attachment = (await response.Content.ReadFromJsonAsync<AttachmentDto>())!;
        (await _supervisor.GetByteArrayAsync($"{Url(inspection.Id)}/{attachment.Id}")).Should().Equal(bytes);
    }

    private static string Url(Guid inspectionId) => $"/api/inspections/{inspectionId}/attachments";

    private async Task ShouldStoreNothingAsync(Guid inspectionId)
    {
        (await _factory.ReadDatabaseAsync(db => db.Attachments.CountAsync(a => a.InspectionId == inspectionId))).Should().Be(0);
        (await _supervisor.GetFromJsonAsync<List<AttachmentDto>>(Url(inspectionId))).Should().BeEmpty();
        Directory.Exists(Path.Combine(AttachmentFolder, inspectionId.ToString("N"))).Should().BeFalse("no file may be written for a refused upload");
    }
}
