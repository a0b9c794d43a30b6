using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Inspection.Api.Access;
using Inspection.Api.Tests.BadInput;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Inspection.Api.Tests.Security;

/// <summary>
/// A token ends when what it says about its user stops being true: deletion, a role, district or
/// operator change, a new password. On the node that made the change at once; on any other node
/// within <c>Auth:UserCheckInterval</c> (shown here with a fake clock and a change made straight in the
/// database, as another node would).
/// </summary>
public sealed class TokenRevocationTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private InspectionApiFactory _factory = null!;
    private HttpClient _admin = null!;
    private Guid _northOperator;
    private Guid _otherOperator;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        _factory.Settings["Auth:UserCheckInterval"] = "00:00:30";
        _factory.TestServices = services => services.AddSingleton<TimeProvider>(_clock);
        _admin = await _factory.ClientAsAsync("admin");
        var operators = await _factory.ReadDatabaseAsync(db => db.Operators.OrderBy(o => o.Name).Select(o => o.Id).ToListAsync());
        (_northOperator, _otherOperator) = (operators[0], operators[1]);
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _admin.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Delete_User_EndsTheirTokenAtOnce()
    {
        var (user, token) = await SupervisorWithTokenAsync();

        (await _admin.DeleteAsync($"/api/users/{user}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await ShouldBeRefusedAsync(token);
    }

    [Test]
    public async Task ChangeRole_EndsTheOldTokenAndANewSignInGetsTheNewRole()
    {
        var (user, token) = await SupervisorWithTokenAsync();

        await UpdateAsync(user, new { displayName = "Moved", role = "Analyst" });

        await ShouldBeRefusedAsync(token);
        var fresh = await SignInAsync(UserName(user));
        (await MeAsync(fresh)).GetProperty("role").GetString().Should().Be("Analyst");
    }

    [Test]
    public async Task ChangeDistrict_EndsTheOldToken()
    {
        var (user, token) = await SupervisorWithTokenAsync();

        await UpdateAsync(user, new { displayName = "Moved", role = "Supervisor", district = "center" });

        await ShouldBeRefusedAsync(token);
        (await MeAsync(await SignInAsync(UserName(user)))).GetProperty("district").GetString().Should().Be("center");
    }

    [Test]
    public async Task ChangeOperator_EndsTheOldToken()
    {
        var user = await CreateAsync(new { role = "Provider", operatorId = _northOperator });
        var token = await SignInAsync(UserName(user));
        (await GetAsync(token, "/api/facilities")).StatusCode.Should().Be(HttpStatusCode.OK);

        await UpdateAsync(user, new { displayName = "Moved", role = "Provider", operatorId = _otherOperator });

        await ShouldBeRefusedAsync(token);
    }

    [Test]
    public async Task SetPassword_ByAnAdministrator_EndsTheOldTokenAndTheOldPassword()
    {
        var (user, token) = await SupervisorWithTokenAsync();

        (await _admin.PutAsJsonAsync($"/api/users/{user}/password", new { password = "an entirely new password" })).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await ShouldBeRefusedAsync(token);
        (await SignInResponseAsync(UserName(user), Password)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await SignInResponseAsync(UserName(user), "an entirely new password")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task ChangeOwnPassword_EndsTheOldTokenAndReturnsAWorkingOne()
    {
        var (user, token) = await SupervisorWithTokenAsync();
        using var client = Client(token);

        var response = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = Password, newPassword = "my own new passphrase" });

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var fresh = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        await ShouldBeRefusedAsync(token);
        (await MeAsync(fresh)).GetProperty("id").GetGuid().Should().Be(user);
    }

    [Test]
    public async Task ChangeOwnPassword_WrongCurrentPassword_Is400AndChangesNothing()
    {
        var (_, token) = await SupervisorWithTokenAsync();
        using var client = Client(token);

        var response = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = "not it", newPassword = "my own new passphrase" });

        (await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys.Should().Equal("currentPassword");
        (await GetAsync(token, "/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Rename_Only_KeepsTheToken()
    {
        var (user, token) = await SupervisorWithTokenAsync();

        await UpdateAsync(user, new { displayName = "A new display name", role = "Supervisor", district = "north" });

        (await GetAsync(token, "/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task ChangeOnAnotherNode_EndsTheTokenOnceTheCheckIntervalHasPassed()
    {
        var (user, token) = await SupervisorWithTokenAsync();
        (await GetAsync(token, "/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        // Another node demotes the user: this node learns it from the database, not from the endpoint.
        await _factory.ReadDatabaseAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == user)).Assign(Role.Analyst, null, null);
            return await db.SaveChangesAsync();
        });
        var withinTheInterval = await GetAsync(token, "/api/auth/me");
        _clock.Advance(TimeSpan.FromSeconds(30));

        withinTheInterval.StatusCode.Should().Be(HttpStatusCode.OK, "this node read the user less than the interval ago");
        await ShouldBeRefusedAsync(token);
    }

    [Test]
    public async Task TokenWithAStampTheUserNoLongerHas_IsRefused()
    {
        var (user, _) = await SupervisorWithTokenAsync();
        var issuer = _factory.Services.GetRequiredService<TokenIssuer>();
        var stale = new User(UserName(user), "x", Role.Supervisor, "hash", district: "north");
        typeof(User).GetProperty(nameof(User.Id))!.SetValue(stale, user);
        typeof(User).GetProperty(nameof(User.SecurityStamp))!.SetValue(stale, "an old stamp");
        var (token, _) = issuer.Issue(stale);

        await ShouldBeRefusedAsync(token);
    }

    private const string Password = "the first password";

    private async Task<(Guid User, string Token)> SupervisorWithTokenAsync()
    {
        var user = await CreateAsync(new { role = "Supervisor", district = "north" });
        var token = await SignInAsync(UserName(user));
        (await GetAsync(token, "/api/inspections")).StatusCode.Should().Be(HttpStatusCode.OK);
        return (user, token);
    }

    private async Task<Guid> CreateAsync(object assignment)
    {
        var body = JsonSerializer.SerializeToNode(assignment)!.AsObject();
        body["userName"] = $"user.{Guid.NewGuid():N}"[..24];
        body["displayName"] = "Test user";
        body["password"] = Password;
        var response = await _admin.PostAsJsonAsync("/api/users", body);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task UpdateAsync(Guid user, object body)
    {
        var response = await _admin.PutAsJsonAsync($"/api/users/{user}", body);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private string UserName(Guid user) => _factory.ReadDatabaseAsync(db => db.Users.Where(u => u.Id == user).Select(u => u.UserName).SingleAsync()).GetAwaiter().GetResult();

    private async Task<string> SignInAsync(string userName)
    {
        var response = await SignInResponseAsync(userName, Password);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
    }

    private Task<HttpResponseMessage> SignInResponseAsync(string userName, string password) =>
        _factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password });

    private HttpClient Client(string token)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<HttpResponseMessage> GetAsync(string token, string path)
    {
        using var client = Client(token);
        return await client.GetAsync(path);
    }

    private async Task<JsonElement> MeAsync(string token)
    {
        using var client = Client(token);
        return await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
    }

    private async Task ShouldBeRefusedAsync(string token)
    {
        foreach (var path in new[] { "/api/auth/me", "/api/inspections", "/api/facilities" })
        {
            (await GetAsync(token, path)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, path);
        }
    }
}
