using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Inspection.Api.Audit;
using Inspection.Api.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Access;

/// <summary>
/// Headquarters analysts read everything and change nothing; catalog authors manage rule sets but plan
/// no inspections; supervisors see and act on their own district (or what is assigned to them) only.
/// Refused writes are checked against the database: nothing was saved.
/// </summary>
public sealed class RoleAccessTests
{
    private static readonly string[] Supervisors = ["supervisor.north", "supervisor.center", "supervisor.jerusalem"];

    private InspectionApiFactory _factory = null!;
    private Prepared _north = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        var inspections = await _factory.ReadDatabaseAsync(db => db.Inspections.Include(i => i.Facility).AsNoTracking()
            .Where(i => i.Facility!.District == "north" && i.Kind == InspectionKind.Regular).ToListAsync());
        var reported = inspections.Where(i => i.Status == InspectionStatus.ReportIssued).OrderBy(i => i.Id).First();
        var finding = await _factory.ReadDatabaseAsync(db => db.Findings.Where(f => f.InspectionId == reported.Id).OrderBy(f => f.StandardCode).Select(f => f.Id).FirstAsync());
        var author = await _factory.ClientAsAsync("author");
        var draft = await AccessTargets.IdOfAsync(await author.PostAsync("/api/rule-sets", AccessTargets.Yaml(AccessTargets.RuleSetYaml(reported.Facility!.ServiceType, "7.0.0", "draft"))));
        var published = await _factory.ReadDatabaseAsync(db => db.RuleSetVersions.Where(v => v.Status == Standards.Model.RuleSetStatus.Published).OrderBy(v => v.Id).Select(v => v.Id).FirstAsync());

        // Each district's demo inspections stand at one state; an evaluated one in the north is made here.
        var admin = await _factory.ClientAsAsync("admin");
        var evaluated = await AccessTargets.IdOfAsync(await admin.PostAsJsonAsync("/api/inspections",
            new { facilityId = reported.FacilityId, kind = "Regular", plannedDate = AccessTargets.Today.AddDays(-1) }));
        foreach (var move in new[] { "start", "submit?acceptIncomplete=true", "evaluate" })
        {
            (await admin.PostAsync($"/api/inspections/{evaluated}/{move}", null)).EnsureSuccessStatusCode();
        }

        _north = new Prepared(
            reported.FacilityId,
            reported.Facility.ServiceType,
            reported.Facility.OperatorId,
            inspections.Where(i => i.Status == InspectionStatus.Planned).OrderBy(i => i.Id).First().Id,
            evaluated,
            reported.Id,
            finding,
            draft,
            published);
    }

    [OneTimeTearDown]
    public void StopHost() => _factory.Dispose();

    // Headquarters analyst

    [Test]
    public async Task Read_AsAnalyst_SeesEveryFacilityAndEveryInspectionWithItsDate()
    {
        var facilities = await _factory.ReadDatabaseAsync(db => db.Facilities.Select(f => f.Id).ToListAsync());
        var inspections = await _factory.ReadDatabaseAsync(db => db.Inspections.Select(i => new { i.Id, i.Kind, i.Status }).ToListAsync());
        var client = await _factory.ClientAsAsync("analyst");

        var listedFacilities = await client.GetFromJsonAsync<JsonElement>("/api/facilities");
        var listedInspections = await client.GetFromJsonAsync<JsonElement>("/api/inspections");

        Ids(listedFacilities).Should().BeEquivalentTo(facilities);
        listedFacilities.EnumerateArray().Select(f => f.GetProperty("district").GetString()).Distinct().Should().HaveCount(3);
        Ids(listedInspections).Should().BeEquivalentTo(inspections.Select(i => i.Id));
        listedInspections.EnumerateArray()
            .Where(i => i.GetProperty("kind").GetString() == "Unannounced" && i.GetProperty("status").GetString() == "Planned")
            .Should().NotBeEmpty().And.OnlyContain(i => i.GetProperty("plannedDate").ValueKind == JsonValueKind.String);
    }

    [TestCase("north")]
    [TestCase("center")]
    [TestCase("jerusalem")]
    public async Task ReadDetails_AnyDistrictAsAnalyst_IsAllowed(string district)
    {
        var id = await _factory.ReadDatabaseAsync(db => db.Inspections
            .Where(i => i.Facility!.District == district && i.Status == InspectionStatus.Closed).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync());
        var client = await _factory.ClientAsAsync("analyst");

        foreach (var read in new[] { string.Empty, "/answers", "/findings", "/questionnaire", "/correction-plan", "/attachments", "/disputes" })
        {
            var response = await client.GetAsync($"/api/inspections/{id}{read}");
            response.StatusCode.Should().Be(HttpStatusCode.OK, "analysts read {0} of any district", read);
        }

        (await client.GetFromJsonAsync<JsonElement>($"/api/inspections/{id}/findings")).GetArrayLength().Should().BePositive();
    }

    [Test]
    public async Task Audit_AsAnalyst_ReadsTheLog()
    {
        var client = await _factory.ClientAsAsync("analyst");

        var entries = await client.GetFromJsonAsync<JsonElement>("/api/audit?take=5");

        entries.GetArrayLength().Should().Be(5);
    }

    [TestCaseSource(nameof(AnalystWrites))]
    public async Task Write_AsAnalyst_Is403AndSavesNothing(string method, string route)
    {
        var client = await _factory.ClientAsAsync("analyst");
        var before = await FingerprintAsync();

        var response = await client.SendAsync(await WriteAsync(method, route));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await FingerprintAsync()).Should().Be(before);
    }

    // Catalog author

    [Test]
    public async Task UploadAndPublish_AsCatalogAuthor_PublishesTheNewVersion()
    {
        var client = await _factory.ClientAsAsync("author");

        var uploaded = await client.PostAsync("/api/rule-sets", AccessTargets.Yaml(AccessTargets.RuleSetYaml(_north.ServiceType, "7.1.0", "draft")));
        var id = await AccessTargets.IdOfAsync(uploaded);
        var published = await client.PostAsync($"/api/rule-sets/{id}/publish", null);

        uploaded.StatusCode.Should().Be(HttpStatusCode.Created);
        published.StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetFromJsonAsync<JsonElement>($"/api/rule-sets/{id}")).GetProperty("status").GetString().Should().Be("Published");
    }

    [TestCase("Regular")]
    [TestCase("Unannounced")]
    [TestCase("SelfAssessment")]
    public async Task Plan_AsCatalogAuthor_Is403AndPlansNothing(string kind)
    {
        var client = await _factory.ClientAsAsync("author");
        var before = await FingerprintAsync();

        var response = await client.PostAsJsonAsync("/api/inspections", new { facilityId = _north.FacilityId, kind, plannedDate = AccessTargets.Today.AddDays(30) });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await FingerprintAsync()).Should().Be(before);
    }

    // Supervisors

    [TestCaseSource(nameof(Supervisors))]
    public async Task ListInspections_AsSupervisor_OnlyTheirDistrictOrAssignedToThem(string supervisor)
    {
        var user = await _factory.ReadDatabaseAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == supervisor));
        var expected = await _factory.ReadDatabaseAsync(db => db.Inspections
            .Where(i => i.Facility!.District == user.District || i.SupervisorId == user.Id).Select(i => i.Id).ToListAsync());
        var client = await _factory.ClientAsAsync(supervisor);

        var inspections = await client.GetFromJsonAsync<JsonElement>("/api/inspections");
        var facilities = await client.GetFromJsonAsync<JsonElement>("/api/facilities");

        expected.Should().NotBeEmpty();
        Ids(inspections).Should().BeEquivalentTo(expected);
        facilities.EnumerateArray().Select(f => f.GetProperty("district").GetString()).Should().NotBeEmpty().And.AllBe(user.District);
    }

    [TestCaseSource(nameof(OutOfDistrictActs))]
    public async Task Act_AsSupervisorOutsideTheirDistrict_Is404AndSavesNothing(string method, string route)
    {
        var client = await _factory.ClientAsAsync("supervisor.center");
        var before = await FingerprintAsync();

        var response = await client.SendAsync(await WriteAsync(method, route));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await FingerprintAsync()).Should().Be(before);
    }

    [Test]
    public async Task Act_OnInspectionAssignedToThemInAnotherDistrict_IsAllowedForThatSupervisorOnly()
    {
        var facility = await _factory.ReadDatabaseAsync(db => db.Facilities.Where(f => f.District == "center").OrderBy(f => f.Name).FirstAsync());
        var assignee = await _factory.ReadDatabaseAsync(db => db.Users.Where(u => u.UserName == "supervisor.north").Select(u => u.Id).SingleAsync());
        var admin = await _factory.ClientAsAsync("admin");
        var id = await AccessTargets.IdOfAsync(await admin.PostAsJsonAsync("/api/inspections",
            new { facilityId = facility.Id, kind = "Regular", plannedDate = AccessTargets.Today.AddDays(50), supervisorId = assignee }));
        var north = await _factory.ClientAsAsync("supervisor.north");
        var jerusalem = await _factory.ClientAsAsync("supervisor.jerusalem");

        var seen = await north.GetAsync($"/api/inspections/{id}");
        var started = await north.PostAsync($"/api/inspections/{id}/start", null);
        var hidden = await jerusalem.GetAsync($"/api/inspections/{id}");

        seen.StatusCode.Should().Be(HttpStatusCode.OK);
        started.StatusCode.Should().Be(HttpStatusCode.OK);
        (await hidden.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Should().NotContain(facility.Name);
    }

    private static IEnumerable<TestCaseData> AnalystWrites()
    {
        (string Method, string Route)[] writes =
        [
            ("POST", "/api/inspections [regular]"),
            ("POST", "/api/inspections [self-assessment]"),
            ("PUT", "/api/inspections/{planned}/answers"),
            ("POST", "/api/inspections/{planned}/attachments"),
            ("POST", "/api/inspections/{planned}/start"),
            ("POST", "/api/inspections/{evaluated}/issue-report"),
            ("POST", "/api/inspections/{reported}/close"),
            ("POST", "/api/inspections/{reported}/findings/{finding}/disputes"),
            ("PUT", "/api/inspections/{reported}/correction-plan"),
            ("POST", "/api/inspections/{reported}/correction-plan/submit"),
            ("POST", "/api/rule-sets"),
            ("POST", "/api/rule-sets/import-catalog"),
            ("POST", "/api/rule-sets/{draft}/publish"),
            ("POST", "/api/rule-sets/{published}/retire"),
            ("POST", "/api/cycles"),
            ("POST", "/api/facilities"),
            ("POST", "/api/operators"),
        ];
        return writes.Select(w => new TestCaseData(w.Method, w.Route).SetArgDisplayNames(w.Method, w.Route));
    }

    private static IEnumerable<TestCaseData> OutOfDistrictActs()
    {
        (string Method, string Route)[] acts =
        [
            ("GET", "/api/facilities/{facility}"),
            ("GET", "/api/inspections/{reported}"),
            ("GET", "/api/inspections/{reported}/answers"),
            ("POST", "/api/inspections [regular]"),
            ("PUT", "/api/inspections/{planned}/answers"),
            ("POST", "/api/inspections/{planned}/attachments"),
            ("POST", "/api/inspections/{planned}/start"),
            ("POST", "/api/inspections/{evaluated}/issue-report"),
            ("POST", "/api/inspections/{reported}/close"),
        ];
        return acts.Select(a => new TestCaseData(a.Method, a.Route).SetArgDisplayNames(a.Method, a.Route));
    }

    /// <summary>
    /// The request a role would send to do this for real: legal in the inspection's current state, with a
    /// valid body, so that only access can refuse it.
    /// </summary>
    private async Task<HttpRequestMessage> WriteAsync(string method, string route)
    {
        var path = route.Split(' ')[0]
            .Replace("{facility}", _north.FacilityId.ToString(), StringComparison.Ordinal)
            .Replace("{planned}", _north.PlannedId.ToString(), StringComparison.Ordinal)
            .Replace("{evaluated}", _north.EvaluatedId.ToString(), StringComparison.Ordinal)
            .Replace("{reported}", _north.ReportedId.ToString(), StringComparison.Ordinal)
            .Replace("{finding}", _north.FindingId.ToString(), StringComparison.Ordinal)
            .Replace("{draft}", _north.DraftRuleSetId.ToString(), StringComparison.Ordinal)
            .Replace("{published}", _north.PublishedRuleSetId.ToString(), StringComparison.Ordinal);
        var today = AccessTargets.Today;
        HttpContent? body = route switch
        {
            "/api/inspections [regular]" => JsonContent.Create(new { facilityId = _north.FacilityId, kind = "Regular", plannedDate = today.AddDays(30) }),
            "/api/inspections [self-assessment]" => JsonContent.Create(new { facilityId = _north.FacilityId, kind = "SelfAssessment", plannedDate = today.AddDays(30) }),
            "/api/inspections/{planned}/answers" => JsonContent.Create(new { version = await AnswersVersionAsync(_north.PlannedId), answers = new { } }),
            "/api/inspections/{planned}/attachments" => await AttachmentFormAsync(_north.PlannedId),
            "/api/inspections/{reported}/findings/{finding}/disputes" => JsonContent.Create(new { reason = "The log was in the office." }),
            "/api/inspections/{reported}/correction-plan" => JsonContent.Create(new { version = 0, actions = Array.Empty<object>() }),
            "/api/rule-sets" => AccessTargets.Yaml(AccessTargets.RuleSetYaml(_north.ServiceType, "7.9.0", "draft")),
            "/api/cycles" => JsonContent.Create(new { name = "Analyst cycle", serviceType = _north.ServiceType, periodStart = today, periodEnd = today.AddDays(90) }),
            "/api/facilities" => JsonContent.Create(new
            {
                name = "Analyst House", serviceType = _north.ServiceType, region = "Haifa", district = "north", operatorId = _north.OperatorId,
                capacity = 30, licenceNumber = "L-9-9999", licenceValidUntil = today.AddYears(1),
            }),
            "/api/operators" => JsonContent.Create(new { name = "Analyst Operator", registrationNumber = "580000001" }),
            _ => null,
        };
        return new HttpRequestMessage(new HttpMethod(method), path) { Content = body };
    }

    private Task<int> AnswersVersionAsync(Guid inspectionId) =>
        _factory.ReadDatabaseAsync(db => db.Inspections.Where(i => i.Id == inspectionId).Select(i => i.AnswersVersion).SingleAsync());

    private async Task<MultipartFormDataContent> AttachmentFormAsync(Guid inspectionId)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(await AccessTargets.FirstQuestionCodeAsync(await _factory.ClientAsAsync("admin"), inspectionId)), "questionCode" },
        };
        var file = new ByteArrayContent(AccessTargets.PngBytes());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "evidence.png");
        return form;
    }

    /// <summary>
    /// What a refused write must leave as it was: every change is audited, so the number of audited
    /// changes says it all (the refusal itself is audited as a request, not a change); statuses are checked too.
    /// </summary>
    private Task<string> FingerprintAsync() => _factory.ReadDatabaseAsync(async db =>
    {
        var audit = await db.AuditLog.CountAsync(a => a.Entity != AuditEntry.Request && a.Entity != AuditEntry.SignIn);
        var statuses = await db.Inspections.OrderBy(i => i.Id).Select(i => $"{i.Status}/{i.AnswersVersion}").ToListAsync();
        var ruleSets = await db.RuleSetVersions.OrderBy(v => v.Id).Select(v => v.Status.ToString()).ToListAsync();
        var counts = $"{await db.Facilities.CountAsync()} {await db.Operators.CountAsync()} {await db.Cycles.CountAsync()} {await db.Disputes.CountAsync()} "
            + $"{await db.CorrectionPlans.CountAsync()} {await db.Attachments.CountAsync()}";
        var files = Directory.Exists(Path.Combine(_factory.DataFolder, "attachments"))
            ? Directory.GetFiles(Path.Combine(_factory.DataFolder, "attachments"), "*", SearchOption.AllDirectories).Length
            : 0;
        return $"audit {audit}; counts {counts}; files {files}; inspections {string.Join(",", statuses)}; rule sets {string.Join(",", ruleSets)}";
    });

    private static IEnumerable<Guid> Ids(JsonElement array) => array.EnumerateArray().Select(e => e.GetProperty("id").GetGuid());

    private sealed record Prepared(
        Guid FacilityId, string ServiceType, Guid OperatorId, Guid PlannedId, Guid EvaluatedId, Guid ReportedId, Guid FindingId, Guid DraftRuleSetId, Guid PublishedRuleSetId);
}
