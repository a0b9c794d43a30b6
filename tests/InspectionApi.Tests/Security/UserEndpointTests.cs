using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Inspection.Api.Access;
using Inspection.Api.Tests.BadInput;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Security;

/// <summary>
/// Administrators manage the service's accounts: each role with what it needs (a district for
/// supervisors, an operator for providers), passwords of at least 12 characters, never the last
/// administrator removed or demoted; nobody else may touch them.
/// </summary>
public sealed class UserEndpointTests
{
    private InspectionApiFactory _factory = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        _admin = await _factory.ClientAsAsync("admin");
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _admin.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Create_Provider_IsStoredWithAHashedPasswordAndCanSignIn()
    {
        var operatorId = await _factory.ReadDatabaseAsync(db => db.Operators.Select(o => o.Id).FirstAsync());

        var response = await _admin.PostAsJsonAsync("/api/users", new
        {
            userName = "provider.new", displayName = "New provider", role = "Provider", password = "a long enough password", operatorId,
        });

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        created.GetProperty("operatorId").GetGuid().Should().Be(operatorId);
        created.TryGetProperty("passwordHash", out _).Should().BeFalse();
        var stored = await _factory.ReadDatabaseAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "provider.new"));
        stored.PasswordHash.Should().StartWith("pbkdf2$").And.NotContain("a long enough password");
        (await _factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "provider.new", password = "a long enough password" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [TestCase("Supervisor", null, null, "district")]
    [TestCase("Provider", null, null, "operatorId")]
    [TestCase("Analyst", "north", null, "district")]
    [TestCase("Administrator", null, "00000000-0000-0000-0000-000000000001", "operatorId")]
    [TestCase("Provider", null, "00000000-0000-0000-0000-000000000001", "operatorId")]
    public async Task Create_RoleWithoutWhatItNeedsOrWithWhatItMayNotHave_Is400(string role, string? district, string? operatorId, string field)
    {
        var response = await _admin.PostAsJsonAsync("/api/users", new
        {
            userName = "someone.new", displayName = "Someone", role, password = "a long enough password", district, operatorId = operatorId is null ? (Guid?)null : Guid.Parse(operatorId),
        });

        (await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys.Should().Equal(field);
    }

    [TestCase("short", "at least 12 characters")]
    [TestCase("            ", "not only spaces")]
    public async Task Create_WeakPassword_Is400(string password, string error)
    {
        var response = await _admin.PostAsJsonAsync("/api/users", new { userName = "weak.one", displayName = "Weak", role = "Analyst", password });

        (await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Should().ContainKey("password").WhoseValue.Should().Equal(error);
    }

    [TestCase("two words")]
    [TestCase("semi;colon")]
    [TestCase("")]
    public async Task Create_UserNameNotOneWord_Is400(string userName)
    {
        var response = await _admin.PostAsJsonAsync("/api/users", new { userName, displayName = "X", role = "Analyst", password = "a long enough password" });

        (await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys.Should().Contain("userName");
    }

    [Test]
    public async Task Create_HebrewUserName_IsAccepted()
    {
        var response = await _admin.PostAsJsonAsync("/api/users", new { userName = "מפקחת.צפון", displayName = "מפקחת מחוז צפון", role = "Supervisor", district = "north", password = "סיסמה ארוכה מספיק" });

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await _factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "מפקחת.צפון", password = "סיסמה ארוכה מספיק" })).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Create_ExistingUserName_Is409()
    {
        var response = await _admin.PostAsJsonAsync("/api/users", new { userName = "analyst", displayName = "Again", role = "Analyst", password = "a long enough password" });

        (await ProblemResponse.ReadAsync(response, HttpStatusCode.Conflict)).Detail.Should().Be("a user named 'analyst' exists already");
    }

    [Test]
    public async Task DeleteOrDemote_TheLastAdministrator_Is409AndKeepsThem()
    {
        var admin = await _factory.ReadDatabaseAsync(db => db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync());

        var delete = await _admin.DeleteAsync($"/api/users/{admin}");
        var demote = await _admin.PutAsJsonAsync($"/api/users/{admin}", new { displayName = "Admin", role = "Analyst" });

        (await ProblemResponse.ReadAsync(delete, HttpStatusCode.Conflict)).Detail.Should().StartWith("this is the last administrator");
        (await ProblemResponse.ReadAsync(demote, HttpStatusCode.Conflict)).Detail.Should().StartWith("this is the last administrator");
        (await _factory.ReadDatabaseAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == admin))).Role.Should().Be(Role.Administrator);
    }

    [Test]
    public async Task GetAndDelete_UnknownUser_Is404()
    {
        await ProblemResponse.ReadAsync(await _admin.GetAsync($"/api/users/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await ProblemResponse.ReadAsync(await _admin.DeleteAsync($"/api/users/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [TestCase("analyst")]
    [TestCase("supervisor.north")]
    [TestCase("provider.shalom")]
    [TestCase("author")]
    public async Task Users_AnyoneButAnAdministrator_Is403(string userName)
    {
        using var client = await _factory.ClientAsAsync(userName);

        (await client.GetAsync("/api/users")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.PostAsJsonAsync("/api/users", new { userName = "x.y", displayName = "X", role = "Administrator", password = "a long enough password" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await _factory.ReadDatabaseAsync(db => db.Users.AnyAsync(u => u.UserName == "x.y"))).Should().BeFalse();
    }
}
