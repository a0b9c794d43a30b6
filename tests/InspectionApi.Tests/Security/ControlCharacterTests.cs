using System.Net;
using System.Net.Http.Json;
using Inspection.Api.Access;
using Inspection.Api.Facilities;
using Inspection.Api.Inspections;
using Inspection.Api.Tests.Attachments;
using Inspection.Api.Tests.BadInput;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Security;

/// <summary>
/// Control characters (C0 with NUL, C1) and bidirectional overrides in names, codes and file names are
/// refused with a 400 that names the field, and nothing is stored; Hebrew and ordinary punctuation are
/// stored as sent.
/// </summary>
public sealed class ControlCharacterTests
{
    private static readonly string[] Hostile = ["\u0000", "\u0007", "\u0085", "\u202E", "\u2066", "\n"];

    private InspectionApiFactory _factory = null!;
    private HttpClient _admin = null!;
    private HttpClient _supervisor = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        _admin = await _factory.ClientAsAsync("admin");
        _supervisor = await _factory.ClientAsAsync(TestInspections.Supervisor);
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _admin.Dispose();
        _supervisor.Dispose();
        _factory.Dispose();
    }

    [TestCaseSource(nameof(Hostile))]
    public async Task CreateOperator_HostileCharacterInName_Is400AndStoresNothing(string character)
    {
        var before = await CountAsync();

        var response = await _admin.PostAsJsonAsync("/api/operators", new { name = $"Keshet{character}Services", registrationNumber = "580000001" });

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().ContainKey("name").WhoseValue.Should().ContainSingle().Which.Should().Contain($"U+{(int)character[0]:X4}");
        (await CountAsync()).Should().Be(before);
    }

    [TestCase("name")]
    [TestCase("region")]
    [TestCase("district")]
    [TestCase("licenceNumber")]
    public async Task CreateFacility_RightToLeftOverrideInAnyTextField_Is400ForThatField(string field)
    {
        var body = await FacilityBodyAsync();
        body[field] = $"{body[field]}\u202Eexe.fdp";
        var before = await CountAsync();

        var response = await _admin.PostAsJsonAsync("/api/facilities", body);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Keys.Should().Equal(field);
        (await CountAsync()).Should().Be(before);
    }

    [Test]
    public async Task CreateOperatorAndFacility_HebrewWithPunctuation_AreStoredAsSent()
    {
        const string Operator = "עמותת \"בית השלום\" (צפון) - מס' 2";
        const string Facility = "בית אבות הכרמל, אגף ב' / קומה 3";

        var created = await _admin.PostAsJsonAsync("/api/operators", new { name = Operator, registrationNumber = "580-111/2" });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var operatorId = (await created.Content.ReadFromJsonAsync<OperatorDto>())!.Id;
        var body = await FacilityBodyAsync();
        body["name"] = Facility;
        body["operatorId"] = operatorId;
        var facility = await _admin.PostAsJsonAsync("/api/facilities", body);

        facility.StatusCode.Should().Be(HttpStatusCode.Created, await facility.Content.ReadAsStringAsync());
        (await facility.Content.ReadFromJsonAsync<FacilityDto>())!.Should().BeEquivalentTo(new { Name = Facility, OperatorName = Operator });
    }

    [TestCase("userName")]
    [TestCase("displayName")]
    [TestCase("district")]
    public async Task CreateUser_ControlCharacterInAnyTextField_Is400ForThatField(string field)
    {
        var body = new Dictionary<string, object?>
        {
            ["userName"] = "supervisor.south",
            ["displayName"] = "Supervisor, southern district",
            ["role"] = "Supervisor",
            ["password"] = "a long enough password",
            ["district"] = "south",
        };
        body[field] = $"{body[field]}\u0000";

        var response = await _admin.PostAsJsonAsync("/api/users", body);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Keys.Should().Equal(field);
        (await _factory.ReadDatabaseAsync(db => db.Users.AnyAsync(u => u.UserName.StartsWith("supervisor.south")))).Should().BeFalse();
    }

    [Test]
    public async Task UpdateUser_BidiIsolateInDisplayName_Is400AndChangesNothing()
    {
        var analyst = await _factory.ReadDatabaseAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "analyst"));

        var response = await _admin.PutAsJsonAsync($"/api/users/{analyst.Id}", new { displayName = "HQ \u2067analyst\u2069", role = "Analyst" });

        (await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys.Should().Equal("displayName");
        (await _factory.ReadDatabaseAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "analyst"))).DisplayName.Should().Be(analyst.DisplayName);
    }

    [TestCaseSource(nameof(Hostile))]
    public async Task UploadAttachment_HostileCharacterInFileName_Is400AndStoresNothing(string character)
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);

        var response = await _supervisor.PostAsync($"/api/inspections/{inspection.Id}/attachments",
            EvidenceFiles.FormWithRawFileName(EvidenceFiles.Png(500), $"exit{character}gnp.exe", "fire_approval_valid"));

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().ContainKey("file").WhoseValue.Should().ContainSingle().Which.Should().StartWith("the file name contains");
        (await _factory.ReadDatabaseAsync(db => db.Attachments.CountAsync(a => a.InspectionId == inspection.Id))).Should().Be(0);
    }

    [Test]
    public async Task UploadAttachment_HebrewFileName_IsKeptAndOfferedOnDownload()
    {
        var inspection = await TestInspections.StartedAsync(_supervisor);
        const string Name = "יציאת חירום (מזרח) - 2.png";

        var response = await _supervisor.PostAsync($"/api/inspections/{inspection.Id}/attachments", EvidenceFiles.Form(EvidenceFiles.Png(500), Name, "fire_approval_valid"));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var attachment = (await response.Content.ReadFromJsonAsync<AttachmentDto>())!;
        attachment.FileName.Should().Be(Name);
        var download = await _supervisor.GetAsync($"/api/inspections/{inspection.Id}/attachments/{attachment.Id}");
        download.Content.Headers.ContentDisposition!.FileNameStar.Should().Be(Name);
    }

    private async Task<Dictionary<string, object?>> FacilityBodyAsync()
    {
        var operatorId = await _factory.ReadDatabaseAsync(db => db.Operators.Select(o => o.Id).FirstAsync());
        return new Dictionary<string, object?>
        {
            ["name"] = "Carmel Care Home 9",
            ["serviceType"] = "elderly-care-home",
            ["region"] = "Haifa",
            ["district"] = "north",
            ["operatorId"] = operatorId,
            ["capacity"] = 40,
            ["licenceNumber"] = "L-2026-9999",
            ["licenceValidUntil"] = "2028-01-01",
        };
    }

    private Task<string> CountAsync() => _factory.ReadDatabaseAsync(async db => $"{await db.Operators.CountAsync()} {await db.Facilities.CountAsync()}");
}
