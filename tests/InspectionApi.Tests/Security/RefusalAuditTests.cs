using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Inspection.Api.Audit;
using Inspection.Api.Demo;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Security;

/// <summary>
/// Failed sign-ins and requests refused with 403 are in the audit log (who, what, from where), and no
/// password ever is.
/// </summary>
public sealed class RefusalAuditTests
{
    private InspectionApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartHost() => _factory = new InspectionApiFactory();

    [OneTimeTearDown]
    public void StopHost() => _factory.Dispose();

    [Test]
    public async Task SignIn_Failed_IsAuditedWithTheNameAndReasonButNeverThePassword()
    {
        const string Secret = "Tr0ub4dor&3-audit";
        using var client = _factory.CreateClient();

        await client.PostAsJsonAsync("/api/auth/token", new { userName = "analyst", password = Secret });
        await client.PostAsJsonAsync("/api/auth/token", new { userName = "nobody.here", password = Secret });
        await client.PostAsJsonAsync("/api/auth/token", new { userName = "analyst", password = DemoData.Password });

        var entries = await _factory.ReadDatabaseAsync(db => db.AuditLog.AsNoTracking()
            .Where(a => a.Entity == AuditEntry.SignIn && (a.EntityId == "analyst" || a.EntityId == "nobody.here")).OrderBy(a => a.Id).ToListAsync());
        entries.Select(e => (e.EntityId, e.Action, Reason(e.After))).Should().Equal(
            ("analyst", "Failed", "wrong password"),
            ("nobody.here", "Failed", "unknown user name"));
        entries[0].UserId.Should().NotBeNull();
        entries[1].UserId.Should().BeNull();
        var everything = await _factory.ReadDatabaseAsync(db => db.AuditLog.AsNoTracking().ToListAsync());
        JsonSerializer.Serialize(everything).Should().NotContain(Secret);
    }

    [Test]
    public async Task SignIn_Failed_IsListedByTheAuditEndpoint()
    {
        using var anonymous = _factory.CreateClient();
        await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "listed.attempt", password = "x" });
        using var analyst = await _factory.ClientAsAsync("analyst");

        var listed = await analyst.GetFromJsonAsync<List<AuditEntryDto>>("/api/audit?entity=SignIn&entityId=listed.attempt");

        listed.Should().ContainSingle().Which.Action.Should().Be("Failed");
    }

    [Test]
    public async Task Forbidden_ByPolicyOrByTheHandler_IsAuditedWithWhoAndWhat()
    {
        using var provider = await _factory.ClientAsAsync("provider.shalom");
        using var analyst = await _factory.ClientAsAsync("analyst");
        var facility = await _factory.ReadDatabaseAsync(db => db.Facilities.Select(f => f.Id).FirstAsync());

        (await provider.GetAsync("/api/audit?take=1")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await analyst.PostAsJsonAsync("/api/inspections", new { facilityId = facility, kind = "regular", plannedDate = "2027-01-10" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var entries = await _factory.ReadDatabaseAsync(db => db.AuditLog.AsNoTracking().Where(a => a.Entity == AuditEntry.Request).OrderBy(a => a.Id).ToListAsync());
        entries.Select(e => (e.UserName, e.EntityId, e.Action)).Should().Contain([
            ("provider.shalom", "GET /api/audit", "Forbidden"),
            ("analyst", "POST /api/inspections", "Forbidden"),
        ]);
        entries.Should().OnlyContain(e => e.UserId != null);
    }

    private static string? Reason(string? after) => after is null ? null : JsonDocument.Parse(after).RootElement.GetProperty("Reason").GetString();
}
