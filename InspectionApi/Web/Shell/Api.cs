using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Inspection.Web.Shell;

/// <summary>
/// The REST API as the pages call it: the signed-in user's token and the interface's language on every
/// request, problem details turned into <see cref="ApiException"/>, an expired or revoked sign-in sends
/// the user to sign in again, and a dropped connection is an <see cref="ApiProblem.Offline"/> problem.
/// </summary>
public sealed class Api(HttpClient http, Session session, Texts texts, NavigationManager navigation)
{
    public static JsonSerializerOptions Json { get; } = AppJson.ForTheApi();

    public Task<T> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, null, cancellationToken);

    public Task<T> PostAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body, cancellationToken);

    public Task<T> PutAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Put, path, body, cancellationToken);

    public async Task PostAsync(string path, object? body, CancellationToken cancellationToken = default) =>
        (await SendAsync(Request(HttpMethod.Post, path, body), cancellationToken)).Dispose();

    public async Task DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        (await SendAsync(Request(HttpMethod.Delete, path, null), cancellationToken)).Dispose();

    /// <summary>A request with the user's token and language, for what the helpers above do not cover (files, forms).</summary>
    public HttpRequestMessage Request(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (body is HttpContent content)
        {
            request.Content = content;
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        request.Headers.AcceptLanguage.ParseAdd(texts.Language);
        if (session.User is { } user)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.AccessToken);
        }

        return request;
    }

    /// <summary>Sends <paramref name="request"/>; a success is returned, anything else thrown as <see cref="ApiException"/>.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException)
        {
            throw new ApiException(ApiProblem.Offline(texts));
        }
        finally
        {
            request.Dispose();
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var problem = await ApiProblem.ReadAsync(response);
            if (problem.Status == 401 && session.IsSignedIn)
            {
                await session.SignOutAsync();
                navigation.NavigateTo("sign-in");
            }

            throw new ApiException(problem);
        }
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(Request(method, path, body), cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }

    /// <summary>
    /// Reads <paramref name="path"/> and returns the answer with its JSON text as received, for keeping on the device
    /// without writing the same JSON again (which costs time in the WebAssembly interpreter).
    /// </summary>
    public async Task<(T Value, string Json)> GetWithTextAsync<T>(string path, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(Request(HttpMethod.Get, path, null), cancellationToken);
        var json = await response.Content.ReadAsStringAsync(cancellationToken);
        return (JsonSerializer.Deserialize<T>(json, Json)!, json);
    }

    /// <summary>The absolute address of an API path, for links the browser opens itself (a PDF download carries no token: use <see cref="DownloadAsync"/>).</summary>
    public Uri Address(string path) => new(http.BaseAddress!, path.TrimStart('/'));

    /// <summary>Fetches a file with the user's token and hands it to the browser to open or save.</summary>
    public async Task DownloadAsync(IJSRuntime js, string path, string fileName, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(Request(HttpMethod.Get, path, null), cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var type = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
        using var stream = new DotNetStreamReference(new MemoryStream(bytes));
        await js.InvokeVoidAsync("inspectionApp.openFile", stream, fileName, type);
    }
}
