using System.Net;
using System.Net.Http.Json;
using System.Text;
using Inspection.Api.Inspections;
using Inspection.Api.Tests.BadInput;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Attachments;

/// <summary>
/// Evidence attachments on answers: accepted by what their bytes are (not their name or declared
/// type), kept as files outside the database, and streamed back byte for byte only to those who
/// may see the inspection. Refused uploads store nothing, neither a row nor a file.
/// </summary>
public sealed class AttachmentTests
{
    private InspectionApiFactory _factory = null!;
    private HttpClient _supervisor = null!;

    private string AttachmentFolder => Path.Combine(_factory.DataFolder, "attachments");

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

    [TestCase("png", "image/png")]
    [TestCase("jpeg", "image/jpeg")]
    [TestCase("pdf", "application/pdf")]
    [TestCase("webp", "image/webp")]
    public async Task Upload_RealPhotoOrDocument_Is201AndDownloadsByteIdentical(string kind, string contentType)
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var bytes = EvidenceFiles.Of(kind, 20_000);

        var response = await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(bytes, $"evidence.{kind}", "fire_approval_valid"));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var attachment = (await response.Content.ReadFromJsonAsync<AttachmentDto>())!;
        response.Headers.Location!.OriginalString.Should().Be($"/api/inspections/{inspection.Id}/attachments/{attachment.Id}");
        attachment.Should().BeEquivalentTo(new { QuestionCode = "fire_approval_valid", ResidentCode = (string?)null, FileName = $"evidence.{kind}", ContentType = contentType, Size = 20_000L, Sha256 = EvidenceFiles.Sha256(bytes) });
        var download = await _supervisor.GetAsync(Url(inspection.Id, attachment.Id));
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.Should().Be(contentType);
        download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(bytes);
    }

    [Test]
    public async Task Upload_DeclaredTypeAndNameSayPdf_IsStoredAsThePngItReallyIs()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var bytes = EvidenceFiles.Png(1_000);

        var response = await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(bytes, "scan.pdf", "fire_approval_valid", declaredType: "application/pdf"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await response.Content.ReadFromJsonAsync<AttachmentDto>())!.ContentType.Should().Be("image/png");
    }

    [Test]
    public async Task Upload_ForASampledResident_KeepsTheResidentCode()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);

        var response = await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(EvidenceFiles.Jpeg(2_000), "wound.jpg", "gds_score", residentCode: "R01"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await response.Content.ReadFromJsonAsync<AttachmentDto>())!.ResidentCode.Should().Be("R01");
    }

    [Test]
    public async Task Upload_Bytes_AreAFileUnderTheDataFolderAndNotInTheDatabase()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var bytes = EvidenceFiles.Png(50_000);

        var response = await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(bytes, "exit.png", "fire_approval_valid"));

        var attachment = (await response.Content.ReadFromJsonAsync<AttachmentDto>())!;
        var file = Path.Combine(AttachmentFolder, inspection.Id.ToString("N"), attachment.Id.ToString("N"));
        File.Exists(file).Should().BeTrue();
        (await File.ReadAllBytesAsync(file)).Should().Equal(bytes);
        var row = await _factory.ReadDatabaseAsync(db => db.Attachments.AsNoTracking().SingleAsync(a => a.Id == attachment.Id));
        row.Should().BeEquivalentTo(new { Size = 50_000L, Sha256 = EvidenceFiles.Sha256(bytes), ContentType = "image/png" });
        typeof(EvidenceAttachment).GetProperties().Select(p => p.PropertyType).Should().NotContain([typeof(byte[]), typeof(Stream)]);
        DatabaseFilesContain(Encoding.ASCII.GetBytes(attachment.Sha256)).Should().BeTrue("the row itself is in the database files (the search works)");
        DatabaseFilesContain(bytes.AsSpan(1_000, 64).ToArray()).Should().BeFalse("the bytes live in the attachment file only");
    }

    [TestCase("analyst")]
    [TestCase("admin")]
    [TestCase(TestInspections.OwnProvider)]
    [TestCase("supervisor.north")]
    public async Task Download_AnyoneWhoMaySeeTheInspection_GetsTheSameBytes(string userName)
    {
        var (inspection, attachment, bytes) = await UploadedAsync();
        using var client = await _factory.ClientAsAsync(userName);

        var download = await client.GetAsync(Url(inspection, attachment.Id));
        var list = await client.GetFromJsonAsync<List<AttachmentDto>>(Url(inspection));

        download.StatusCode.Should().Be(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(bytes);
        list.Should().ContainSingle().Which.Id.Should().Be(attachment.Id);
    }

    [Test]
    public async Task ListAndDownload_ProviderOfAnotherOperator_Is404AndLearnsNothing()
    {
        var (inspection, attachment, _) = await UploadedAsync();
        using var other = await _factory.ClientAsAsync(TestInspections.OtherProvider);

        var list = await other.GetAsync(Url(inspection));
        var download = await other.GetAsync(Url(inspection, attachment.Id));

        (await ProblemResponse.ReadAsync(list, HttpStatusCode.NotFound)).Detail.Should().Be("The inspection does not exist or is not yours to see.");
        (await ProblemResponse.ReadAsync(download, HttpStatusCode.NotFound)).Detail.Should().Be("The inspection does not exist or is not yours to see.");
    }

    [Test]
    public async Task ListAndDownload_OwnProviderBeforeAnUnannouncedVisit_Is404()
    {
        var inspection = await TestInspections.PlanAsync(_supervisor, "unannounced");
        var upload = await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(EvidenceFiles.Pdf(3_000), "licence.pdf", "fire_approval_valid"));
        var attachment = (await upload.Content.ReadFromJsonAsync<AttachmentDto>())!;
        using var provider = await _factory.ClientAsAsync(TestInspections.OwnProvider);

        var list = await provider.GetAsync(Url(inspection.Id));
        var download = await provider.GetAsync(Url(inspection.Id, attachment.Id));

        await ProblemResponse.ReadAsync(list, HttpStatusCode.NotFound);
        await ProblemResponse.ReadAsync(download, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Download_WithoutToken_Is401()
    {
        var (inspection, attachment, _) = await UploadedAsync();
        using var anonymous = _factory.CreateClient();

        var response = await anonymous.GetAsync(Url(inspection, attachment.Id));

        await ProblemResponse.ReadAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Download_UnknownAttachment_Is404()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);

        var response = await _supervisor.GetAsync(Url(inspection.Id, Guid.NewGuid()));

        (await ProblemResponse.ReadAsync(response, HttpStatusCode.NotFound)).Detail.Should().Be("The attachment does not exist or is not yours to see.");
    }

    [Test]
    public async Task Download_AttachmentThroughAnotherInspection_Is404()
    {
        var (_, attachment, _) = await UploadedAsync();
        var other = await TestInspections.StartedAsync(_supervisor);

        var response = await _supervisor.GetAsync(Url(other.Id, attachment.Id));

        (await ProblemResponse.ReadAsync(response, HttpStatusCode.NotFound)).Detail.Should().Be("The attachment does not exist or is not yours to see.");
    }

    [Test]
    public async Task Upload_TextNamedPng_Is400AndStoresNothing()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var before = await StoredAsync(inspection.Id);

        var response = await _supervisor.PostAsync(Url(inspection.Id),
            EvidenceFiles.Form(Encoding.UTF8.GetBytes("this is a note, not a photo of the fire exit"), "exit.png", "fire_approval_valid", declaredType: "image/png"));

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["file"] = ["only photos (JPEG, PNG, WebP) and PDF documents are accepted; the file's content is neither"],
        });
        (await StoredAsync(inspection.Id)).Should().Be(before);
    }

    [TestCase(new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00 }, "photo.jpg")]
    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "tiny.png")]
    [TestCase(new byte[] { 0x3C, 0x73, 0x76, 0x67, 0x3E, 0x3C, 0x2F, 0x73, 0x76, 0x67, 0x3E }, "drawing.svg")]
    public async Task Upload_ContentThatIsNoPhotoOrDocument_Is400AndStoresNothing(byte[] bytes, string fileName)
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var before = await StoredAsync(inspection.Id);

        var response = await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(bytes, fileName, "fire_approval_valid", declaredType: "image/jpeg"));

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Keys.Should().Equal("file");
        (await StoredAsync(inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Upload_UnknownQuestionCode_Is400AndStoresNothing()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var before = await StoredAsync(inspection.Id);

        var response = await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(EvidenceFiles.Png(1_000), "exit.png", "sprinklers_tested"));

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]> { ["questionCode"] = ["name the question the evidence belongs to"] });
        (await StoredAsync(inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Upload_NoFileAndNoQuestion_Is400NamingBothAndStoresNothing()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var before = await StoredAsync(inspection.Id);

        var response = await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(null, "none", null, residentCode: "R01"));

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Keys.Should().BeEquivalentTo("file", "questionCode");
        problem.Errors["file"].Should().Equal("attach a file");
        (await StoredAsync(inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Upload_EmptyFile_Is400AndStoresNothing()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var before = await StoredAsync(inspection.Id);

        var response = await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form([], "empty.png", "fire_approval_valid"));

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]> { ["file"] = ["attach a file"] });
        (await StoredAsync(inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Upload_NotMultipart_Is400AndStoresNothing()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var before = await StoredAsync(inspection.Id);

        var response = await _supervisor.PostAsJsonAsync(Url(inspection.Id), new { file = Convert.ToBase64String(EvidenceFiles.Png(100)), questionCode = "fire_approval_valid" });

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Keys.Should().Equal("file");
        (await StoredAsync(inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Upload_AsAnalyst_Is403AndStoresNothing()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var before = await StoredAsync(inspection.Id);
        using var analyst = await _factory.ClientAsAsync("analyst");

        var response = await analyst.PostAsync(Url(inspection.Id), EvidenceFiles.Form(EvidenceFiles.Png(1_000), "exit.png", "fire_approval_valid"));

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.Forbidden);
        problem.Detail.Should().Be("Only those who answer this inspection attach evidence to it.");
        (await StoredAsync(inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Upload_OwnProviderOnARegularInspection_Is403AndStoresNothing()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var before = await StoredAsync(inspection.Id);
        using var provider = await _factory.ClientAsAsync(TestInspections.OwnProvider);

        var response = await provider.PostAsync(Url(inspection.Id), EvidenceFiles.Form(EvidenceFiles.Png(1_000), "exit.png", "fire_approval_valid"));

        await ProblemResponse.ReadAsync(response, HttpStatusCode.Forbidden);
        (await StoredAsync(inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Upload_ProviderOfAnotherOperator_Is404AndStoresNothing()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var before = await StoredAsync(inspection.Id);
        using var other = await _factory.ClientAsAsync(TestInspections.OtherProvider);

        var response = await other.PostAsync(Url(inspection.Id), EvidenceFiles.Form(EvidenceFiles.Png(1_000), "exit.png", "fire_approval_valid"));

        await ProblemResponse.ReadAsync(response, HttpStatusCode.NotFound);
        (await StoredAsync(inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Upload_UnknownInspection_Is404()
    {
        var response = await _supervisor.PostAsync(Url(Guid.NewGuid()), EvidenceFiles.Form(EvidenceFiles.Png(1_000), "exit.png", "fire_approval_valid"));

        await ProblemResponse.ReadAsync(response, HttpStatusCode.NotFound);
    }

    private static string Url(Guid inspectionId, Guid? attachmentId = null) =>
        attachmentId is { } id ? $"/api/inspections/{inspectionId}/attachments/{id}" : $"/api/inspections/{inspectionId}/attachments";

    private async Task<(Guid Inspection, AttachmentDto Attachment, byte[] Bytes)> UploadedAsync()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        var bytes = EvidenceFiles.Jpeg(8_000);
        var response = await _supervisor.PostAsync(Url(inspection.Id), EvidenceFiles.Form(bytes, "kitchen.jpg", "kitchen_clean"));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (inspection.Id, (await response.Content.ReadFromJsonAsync<AttachmentDto>())!, bytes);
    }

    /// <summary>What is stored of an inspection's attachments: the API's list, the rows, and the files under the data folder.</summary>
    private async Task<string> StoredAsync(Guid inspectionId)
    {
        var saved = await SavedInspection.CaptureAsync(_factory, _supervisor, inspectionId);
        var rows = await _factory.ReadDatabaseAsync(db => db.Attachments.CountAsync(a => a.InspectionId == inspectionId));
        var files = Directory.Exists(AttachmentFolder) ? Directory.GetFiles(AttachmentFolder, "*", SearchOption.AllDirectories).Length : 0;
        return $"{saved} rows={rows} files={files}";
    }

    private bool DatabaseFilesContain(byte[] needle)
    {
        foreach (var path in Directory.GetFiles(_factory.DataFolder, "inspection.db*"))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            if (copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(needle) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
