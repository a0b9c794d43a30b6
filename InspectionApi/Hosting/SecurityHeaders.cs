namespace Inspection.Api.Hosting;

/// <summary>
/// Headers every response carries, errors included (they are added as the response starts, after any
/// handler has cleared it): no content-type sniffing, a content security policy that allows the
/// service's own scripts, styles and images only and no framing, and no referrer sent elsewhere.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>
    /// The policy for the pages. Scripts and styles come from files the service serves (no inline
    /// code, no other origin); pages may not be framed (clickjacking), nor post forms elsewhere.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The policy for the web interface (<c>/app</c>): its own files only, plus what a WebAssembly app needs,
    /// compiling WebAssembly and the style attributes its components set; files it hands to the browser
    /// (reports, photos) as blob addresses.
    /// </summary>
    public const string WebInterfacePolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self'; manifest-src 'self'; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (Microsoft.Extensions.Primitives.StringValues.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                // A response may carry a stricter policy of its own (a report page has inline styles and nothing else).
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(WebInterface.Path, StringComparison.Ordinal)
                    ? WebInterfacePolicy
                    : ContentSecurityPolicy;
            }

            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
