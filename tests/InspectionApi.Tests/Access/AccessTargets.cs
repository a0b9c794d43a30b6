using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Inspections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Api.Tests.Access;

/// <summary>
/// What the access matrix aims at, prepared once per host from the demo data: one facility of a demo
/// provider's operator with a closed inspection (and its approved correction plan), a reported one
/// with an open dispute, a planned unannounced visit, a self-assessment, an attachment, and two
/// uploaded rule-set versions (a draft, and a published one not in force before 2099); and which
/// demo user plays each <see cref="Actor"/> for that facility.
/// </summary>
public sealed partial class AccessTargets
{
    private readonly InspectionApiFactory _factory;
    private readonly Dictionary<Actor, string> _users;
    private readonly Dictionary<string, Guid> _ids;

    private AccessTargets(InspectionApiFactory factory, Dictionary<Actor, string> users, Dictionary<string, Guid> ids, string facilityName)
    {
        _factory = factory;
        _users = users;
        _ids = ids;
        FacilityName = facilityName;
    }

    public Guid FacilityId => _ids["facility"];

    public string FacilityName { get; }

    public Guid this[string key] => _ids[key];

    public string UserName(Actor actor) => _users[actor];

    public async Task<HttpClient> ClientAsync(Actor actor) =>
        actor == Actor.Anonymous ? _factory.CreateClient() : await _factory.ClientAsAsync(_users[actor]);

    /// <summary>The route with every <c>{name}</c> replaced by the prepared id of that name.</summary>
    public string Resolve(string route) => Placeholder().Replace(route, m => _ids[m.Groups[1].Value].ToString());

    public static async Task<AccessTargets> PrepareAsync(InspectionApiFactory factory)
    {
        var users = await factory.ReadDatabaseAsync(db => db.Users.AsNoTracking().ToListAsync());
        var providers = users.Where(u => u.Role == Role.Provider).OrderBy(u => u.UserName, StringComparer.Ordinal).ToList();
        var providerOperators = providers.Select(p => p.OperatorId!.Value).ToHashSet();
        var inspections = await factory.ReadDatabaseAsync(db => db.Inspections.Include(i => i.Facility).Include(i => i.Findings).AsNoTracking().ToListAsync());
        var planned = await factory.ReadDatabaseAsync(db => db.CorrectionPlans.Select(p => p.InspectionId).ToListAsync());

        var target = inspections
            .Where(i => providerOperators.Contains(i.Facility!.OperatorId))
            .GroupBy(i => i.FacilityId)
            .Select(g => new
            {
                Facility = g.First().Facility!,
                Closed = g.FirstOrDefault(i => i.Kind == InspectionKind.Regular && i.Status == InspectionStatus.Closed && planned.Contains(i.Id)),
                Reported = g.FirstOrDefault(i => i.Kind == InspectionKind.Regular && i.Status is (InspectionStatus.Evaluated or InspectionStatus.ReportIssued)
                    && i.Findings.Any(f => f.IsDeficiency)),
                Unannounced = g.FirstOrDefault(i => i.Kind == InspectionKind.Unannounced && i.Status == InspectionStatus.Planned),
            })
            .Where(t => t.Closed is not null && t.Reported is not null && t.Unannounced is not null)
            .OrderBy(t => t.Facility.Name, StringComparer.Ordinal)
            .First();
        var facility = target.Facility;
        var supervisors = users.Where(u => u.Role == Role.Supervisor).OrderBy(u => u.UserName, StringComparer.Ordinal).ToList();
        var actors = new Dictionary<Actor, string>
        {
            [Actor.SupervisorInDistrict] = supervisors.Single(u => u.District == facility.District).UserName,
            [Actor.SupervisorOutOfDistrict] = supervisors.First(u => u.District != facility.District).UserName,
            [Actor.ProviderOwnOperator] = providers.Single(u => u.OperatorId == facility.OperatorId).UserName,
            [Actor.ProviderOtherOperator] = providers.First(u => u.OperatorId != facility.OperatorId).UserName,
            [Actor.Analyst] = users.Single(u => u.Role == Role.Analyst).UserName,
            [Actor.CatalogAuthor] = users.Single(u => u.Role == Role.CatalogAuthor).UserName,
            [Actor.Administrator] = users.Single(u => u.Role == Role.Administrator).UserName,
        };
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal)
        {
            ["facility"] = facility.Id,
            ["closed"] = target.Closed!.Id,
            ["reported"] = target.Reported!.Id,
            ["unannounced"] = target.Unannounced!.Id,

            // The oldest cycle has ended: asking to plan it is refused (409), so no case plans anything.
            ["cycle"] = await factory.ReadDatabaseAsync(db => db.Cycles.OrderBy(c => c.PeriodStart).Select(c => c.Id).FirstAsync()),

            // The only administrator: every change to it that the matrix sends is refused (a 400 for the
            // body, a 409 for deleting the last administrator), so no case changes who may do what.
            ["administrator"] = users.Single(u => u.Role == Role.Administrator).Id,
        };

        var admin = await factory.ClientAsAsync(actors[Actor.Administrator]);
        var provider = await factory.ClientAsAsync(actors[Actor.ProviderOwnOperator]);
        var author = await factory.ClientAsAsync(actors[Actor.CatalogAuthor]);
        if (target.Reported.Status == InspectionStatus.Evaluated)
        {
            (await admin.PostAsync($"/api/inspections/{target.Reported.Id}/issue-report", null)).EnsureSuccessStatusCode();
        }

        ids["closedFinding"] = await FirstFindingAsync(factory, target.Closed.Id);
        var disputed = target.Reported.Findings.Where(f => f.IsDeficiency).OrderBy(f => f.StandardCode, StringComparer.Ordinal).First().Id;
        ids["dispute"] = await IdOfAsync(await provider.PostAsJsonAsync(
            $"/api/inspections/{target.Reported.Id}/findings/{disputed}/disputes", new { reason = "The fire drill log was in the office." }));
        ids["attachment"] = await SeedAttachmentAsync(factory, target.Closed.Id);
        await SeedReportEditionAsync(factory, target.Closed.Id);
        ids["selfAssessment"] = await IdOfAsync(await provider.PostAsJsonAsync("/api/inspections",
            new { facilityId = facility.Id, kind = nameof(InspectionKind.SelfAssessment), plannedDate = Today.AddDays(20) }));

        ids["draftRuleSet"] = await IdOfAsync(await author.PostAsync("/api/rule-sets", Yaml(RuleSetYaml(facility.ServiceType, "9.0.0", "draft"))));
        ids["futureRuleSet"] = await IdOfAsync(await author.PostAsync("/api/rule-sets", Yaml(RuleSetYaml(facility.ServiceType, "9.0.1", "published"))));
        var versions = await factory.ReadDatabaseAsync(db => db.RuleSetVersions.AsNoTracking().ToListAsync());
        var pair = versions.GroupBy(v => v.RuleSetId).First(g => g.Count() >= 2).OrderBy(v => v.ImportedAt).ToList();
        ids["ruleSet"] = pair[0].Id;
        ids["otherRuleSet"] = pair[1].Id;

        return new AccessTargets(factory, actors, ids, facility.Name);
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The shipped catalog file of <paramref name="serviceType"/>, as a new version with the given status, in force from 2099.</summary>
    public static string RuleSetYaml(string serviceType, string version, string status)
    {
        var folder = Path.Combine(InspectionApiFactory.RepositoryRoot(), "standards-catalog", serviceType);
        var yaml = File.ReadAllText(Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).First()).ReplaceLineEndings("\n");
        yaml = VersionLine().Replace(yaml, $"version: {version}");
        yaml = StatusLine().Replace(yaml, $"status: {status}");
        return EffectiveFromLine().Replace(yaml, "effectiveFrom: 2099-01-01");
    }

    public static StringContent Yaml(string yaml)
    {
        var content = new StringContent(yaml, Encoding.UTF8, "text/yaml");
        content.Headers.Add("X-File-Name", "access-test.yaml");
        return content;
    }

    /// <summary>The smallest content the attachment store accepts as a photo: a PNG signature.</summary>
    public static byte[] PngBytes() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    public static async Task<string> FirstQuestionCodeAsync(HttpClient client, Guid inspectionId)
    {
        var questionnaire = await client.GetFromJsonAsync<JsonElement>($"/api/inspections/{inspectionId}/questionnaire");
        return questionnaire.GetProperty("instruments")[0].GetProperty("questions")[0].GetProperty("code").GetString()!;
    }

    /// <summary>
    /// Evidence on an inspection that no longer accepts it (a closed one): stored the way the upload
    /// endpoint stores it (a row, and the bytes in the attachment store), since the API refuses it now.
    /// </summary>
    public static async Task<Guid> SeedAttachmentAsync(InspectionApiFactory factory, Guid inspectionId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<AttachmentStore>();
        var questionCode = await db.InstitutionAnswers.Where(a => a.InspectionId == inspectionId).OrderBy(a => a.QuestionCode).Select(a => a.QuestionCode).FirstAsync();
        var bytes = PngBytes();
        var attachment = new EvidenceAttachment(inspectionId, questionCode, null, "evidence.png", "image/png", bytes.Length,
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), Guid.Empty, DateTime.UtcNow);
        await store.SaveAsync(inspectionId, attachment.Id, new MemoryStream(bytes), CancellationToken.None);
        db.Attachments.Add(attachment);
        await db.SaveChangesAsync();
        return attachment.Id;
    }

    /// <summary>
    /// An issued edition of the closed inspection's compliance report, stored as the report job stores one
    /// (the demo data issues its reports without the job, and the access tests judge access, not printing).
    /// </summary>
    public static async Task SeedReportEditionAsync(InspectionApiFactory factory, Guid inspectionId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        byte[] pdf = [.. "%PDF-1.7\n%%EOF\n"u8];
        db.ReportEditions.Add(new Inspection.Api.Reports.ReportEdition(inspectionId, Inspection.Api.Reports.ReportKind.Compliance, 1, DateTime.UtcNow, "report issued", new string('0', 64), pdf, pdf));
        await db.SaveChangesAsync();
    }

    public static async Task<Guid> IdOfAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue("preparing the access tests needs {0} to succeed, but it answered {1}: {2}",
            response.RequestMessage?.RequestUri, (int)response.StatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    private static Task<Guid> FirstFindingAsync(InspectionApiFactory factory, Guid inspectionId) =>
        factory.ReadDatabaseAsync(db => db.Findings.Where(f => f.InspectionId == inspectionId).OrderBy(f => f.StandardCode).Select(f => f.Id).FirstAsync());

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^version: .*$", RegexOptions.Multiline)]
    private static partial Regex VersionLine();

    [GeneratedRegex("^status: .*$", RegexOptions.Multiline)]
    private static partial Regex StatusLine();

    [GeneratedRegex("^effectiveFrom: .*$", RegexOptions.Multiline)]
    private static partial Regex EffectiveFromLine();
}
