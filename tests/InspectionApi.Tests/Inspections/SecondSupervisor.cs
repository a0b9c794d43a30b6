using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Inspection.Api.Tests.Inspections;

/// <summary>A second supervisor of the northern district (the demo has one per district), created by the administrator and signed in.</summary>
internal static class SecondSupervisor
{
    public const string UserName = "supervisor.north.two";
    public const string DisplayName = "Second supervisor, northern district";
    private const string Password = "a second northern password";

    public static async Task<HttpClient> CreateAsync(InspectionApiFactory factory)
    {
        using var admin = await factory.ClientAsAsync("admin");
        using var created = await admin.PostAsJsonAsync("/api/users",
            new { userName = UserName, displayName = DisplayName, role = "Supervisor", password = Password, district = "north" });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var client = factory.CreateClient();
        var token = await client.PostJsonAsync("/api/auth/token", new { userName = UserName, password = Password });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Text("accessToken"));
        return client;
    }
}
