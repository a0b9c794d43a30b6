using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.JSInterop;

namespace Inspection.Web.Shell;

/// <summary>
/// The signed-in user, kept on the device so that a visit can go on after the tablet restarts without a
/// connection (the token lasts a working day). The API decides what each role may do; the interface only
/// offers what the role may do.
/// </summary>
public sealed class Session(IJSRuntime js, HttpClient http, TimeProvider clock)
{
    private const string StorageKey = "inspection.session";

    public SignedInUser? User { get; private set; }

    public bool IsSignedIn => User is { } user && user.ExpiresAt > clock.GetUtcNow().UtcDateTime;

    /// <summary>Raised after signing in or out.</summary>
    public event Action? Changed;

    /// <summary>True when the signed-in user has one of <paramref name="roles"/>; an administrator has every role.</summary>
    public bool IsIn(params string[] roles) =>
        IsSignedIn && (User!.Role == Roles.Administrator || roles.Contains(User.Role, StringComparer.Ordinal));

    public async Task LoadAsync()
    {
        var kept = await js.InvokeAsync<string?>("localStorage.getItem", StorageKey);
        if (kept is null)
        {
            return;
        }

        try
        {
            User = JsonSerializer.Deserialize<SignedInUser>(kept, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            await js.InvokeVoidAsync("localStorage.removeItem", StorageKey);
        }
    }

    /// <summary>Signs in; null when it worked, otherwise the problem to show.</summary>
    public async Task<ApiProblem?> SignInAsync(string userName, string password, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/auth/token") { Content = JsonContent.Create(new { userName, password }) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            return await ApiProblem.ReadAsync(response);
        }

        var token = (await response.Content.ReadFromJsonAsync<TokenBody>(JsonSerializerOptions.Web))!;
        using var me = new HttpRequestMessage(HttpMethod.Get, "api/auth/me");
        me.Headers.Authorization = new("Bearer", token.AccessToken);
        using var meResponse = await http.SendAsync(me);
        var who = meResponse.IsSuccessStatusCode ? await meResponse.Content.ReadFromJsonAsync<MeBody>(JsonSerializerOptions.Web) : null;
        User = new SignedInUser(token.UserName, token.Role, token.AccessToken, token.ExpiresAt, who?.Id, who?.OperatorId, who?.District);
        await js.InvokeVoidAsync("localStorage.setItem", StorageKey, JsonSerializer.Serialize(User, JsonSerializerOptions.Web));
        Changed?.Invoke();
        return null;
    }

    public async Task SignOutAsync()
    {
        User = null;
        await js.InvokeVoidAsync("localStorage.removeItem", StorageKey);
        Changed?.Invoke();
    }

    private sealed record TokenBody(string AccessToken, DateTime ExpiresAt, string UserName, string Role);

    private sealed record MeBody(Guid? Id, Guid? OperatorId, string? District);
}
