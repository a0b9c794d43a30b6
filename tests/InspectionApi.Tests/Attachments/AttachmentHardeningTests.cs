using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Inspection.Api.Inspections;
using Inspection.Api.Tests.BadInput;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Api.Tests.Attachments;

/// <summary>
/// Uploads that are not well-formed forms are 400s (not 500s); an inspection has a quota of files and
/// bytes (409 past it); a download offers a name that cannot disguise its extension. Nothing refused
/// leaves a row or a file behind.
/// </summary>
public sealed class AttachmentHardeningTests
{
    private const int MaxFiles = 3;
    private const int MaxBytes = 5_000;

    private InspectionApiFactory _factory = null!;
    private HttpClient _supervisor = null!;

    private string AttachmentFolder => Path.Combine(_factory.DataFolder, "attachments");

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        _factory.Settings["Inspection:MaxAttachmentsPerInspection"] = MaxFiles.ToString(CultureInfo.InvariantCulture);
        _factory.Settings["Inspection:MaxAttachmentBytesPerInspection"] = MaxBytes.ToString(CultureInfo.InvariantCulture);
        _supervisor = await _factory.ClientAsAsync(TestInspections.Supervisor);
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _supervisor.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Upload_MultipartWithoutBoundary_Is400AndStoresNothing()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var body = new ByteArrayContent(Encoding.ASCII.GetBytes("--x\r\nContent-Disposition: form-data; name=\"questionCode\"\r\n\r\nfire_approval_valid\r\n--x--\r\n"));
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        var response = await _supervisor.PostAsync(Url(inspection.Id), body);

        (await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest)).Detail.Should().Contain("boundary");
        await ShouldStoreNothingAsync(inspection.Id);
    }

    [Test]
    public async Task Upload_MultipartCutOffInTheFile_Is400AndStoresNothing()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var whole = await EvidenceFiles.Form(EvidenceFiles.Png(3_000), "exit.png", "fire_approval_valid").ReadAsByteArrayAsync();
        var form = EvidenceFiles.Form(EvidenceFiles.Png(3_000), "exit.png", "fire_approval_valid");
        var cut = new ByteArrayContent(whole[..(whole.Length / 2)]);
        cut.Headers.ContentType = form.Headers.ContentType;

        var response = await _supervisor.PostAsync(Url(inspection.Id), cut);

        (await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest)).Detail.Should().StartWith("The form cannot be read");
        await ShouldStoreNothingAsync(inspection.Id);
    }

    [Test]
    public async Task Upload_MoreThan1024Fields_Is400AndStoresNothing()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var form = EvidenceFiles.Form(EvidenceFiles.Png(500), "exit.png", "fire_approval_valid");
        for (var i = 0; i < 1_100; i++)
        {
            form.Add(new StringContent("x"), $"field{i}");
        }

        var response = await _supervisor.PostAsync(Url(inspection.Id), form);

        (await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest)).Detail.Should().Contain("1024");
        await ShouldStoreNothingAsync(inspection.Id);
    }

    [Test]
    public async Task Upload_UrlEncodedFormWithMoreThan1024Fields_Is400()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var form = new FormUrlEncodedContent(Enumerable.Range(0, 1_100).Select(i => KeyValuePair.Create($"f{i}", "x")));

        var response = await _supervisor.PostAsync(Url(inspection.Id), form);

        (await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest)).Detail.Should().Contain("1024");
    }

    [Test]
    public async Task Upload_PastTheNumberOfFilesAnInspectionHolds_Is409AndStoresNothingMore()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        for (var i = 0; i < MaxFiles; i++)
        {
            (await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(EvidenceFiles.Png(100), $"exit{i}.png", "fire_approval_valid")))
                .StatusCode.Should().Be(HttpStatusCode.Created);
        }

        var response = await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(EvidenceFiles.Png(100), "one-more.png", "fire_approval_valid"));

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.Conflict);
        problem.Detail.Should().Be($"an inspection holds at most {MaxFiles} attachments, and this one is full");
        (await _factory.ReadDatabaseAsync(db => db.Attachments.CountAsync(a => a.InspectionId == inspection.Id))).Should().Be(MaxFiles);
        Directory.GetFiles(Path.Combine(AttachmentFolder, inspection.Id.ToString("N"))).Should().HaveCount(MaxFiles);
    }

    [Test]
    public async Task Upload_PastTheBytesAnInspectionHolds_Is409ButAFileThatFitsIsAccepted()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        (await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(EvidenceFiles.Png(3_000), "first.png", "fire_approval_valid")))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        var over = await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(EvidenceFiles.Png(2_001), "second.png", "fire_approval_valid"));
        var fits = await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(EvidenceFiles.Png(2_000), "second.png", "fire_approval_valid"));

        var problem = await ProblemResponse.ReadAsync(over, HttpStatusCode.Conflict);
        problem.Detail.Should().StartWith("an inspection holds at most 5000 bytes of attachments; this one holds 3000 bytes");
        fits.StatusCode.Should().Be(HttpStatusCode.Created);
        (await _factory.ReadDatabaseAsync(db => db.Attachments.Where(a => a.InspectionId == inspection.Id).SumAsync(a => a.Size))).Should().Be(5_000);
    }

    [Test]
    public async Task Download_StoredNameWithRightToLeftOverride_OffersASanitisedNameEndingInTheRealExtension()
    {
        // Stored before names were checked: "photo<RLO>gnp.exe" displays as "photoexe.png" but ends in ".exe".
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var bytes = EvidenceFiles.Png(700);
        var attachment = new EvidenceAttachment(inspection.Id, "fire_approval_valid", null, "photo\u202Egnp.exe", "image/png", bytes.Length,
            EvidenceFiles.Sha256(bytes), Guid.Empty, DateTime.UtcNow);
        await _factory.ReadDatabaseAsync(async db =>
        {
            db.Attachments.Add(attachment);
            return await db.SaveChangesAsync();
        });
        var store = _factory.Services.GetRequiredService<AttachmentStore>();
        await store.SaveAsync(inspection.Id, attachment.Id, new MemoryStream(bytes), CancellationToken.None);

        var download = await _supervisor.GetAsync($"{Url(inspection.Id)}/{attachment.Id}");

        download.StatusCode.Should().Be(HttpStatusCode.OK);
        var disposition = download.Content.Headers.ContentDisposition!;
        disposition.DispositionType.Should().Be("attachment");
        foreach (var name in new[] { disposition.FileName!.Trim('"'), disposition.FileNameStar! })
        {
            name.Should().Be("photognp.exe.png").And.NotContain("\u202E");
        }

        download.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        download.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [TestCase("photo.png", "image/png", "photo.png")]
    [TestCase("scan.JPEG", "image/jpeg", "scan.JPEG")]
    [TestCase("scan.jpg", "image/jpeg", "scan.jpg")]
    [TestCase("licence.pdf", "image/png", "licence.pdf.png")]
    [TestCase("report", "application/pdf", "report.pdf")]
    [TestCase("\u202E\u2066", "image/webp", "attachment.webp")]
    [TestCase("../../etc/passwd", "application/pdf", "passwd.pdf")]
    public void DownloadName_EndsInTheExtensionOfWhatTheBytesAre(string stored, string contentType, string offered) =>
        AttachmentStore.DownloadName(stored, contentType).Should().Be(offered);

    private static string Url(Guid inspectionId) => $"/api/inspections/{inspectionId}/attachments";

    private async Task ShouldStoreNothingAsync(Guid inspectionId)
    {
        (await _factory.ReadDatabaseAsync(db => db.Attachments.CountAsync(a => a.InspectionId == inspectionId))).Should().Be(0);
        Directory.Exists(Path.Combine(AttachmentFolder, inspectionId.ToString("N"))).Should().BeFalse("no file may be written for a refused upload");
    }
}
