using Scalar.AspNetCore;

namespace Inspection.Api.Hosting.ApiDocument;

/// <summary>The API reference for people (Scalar), at <see cref="Path"/>, over the served OpenAPI document.</summary>
internal static class ApiReference
{
    public const string Path = "/api-reference";

    /// <summary>
    /// Scalar's page starts itself with an inline script and styles its parts inline, which the
    /// service-wide policy forbids; this page alone may, and still loads nothing from elsewhere.
    /// </summary>
    public const string PageSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void MapApiReference(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase), page => page.Use((context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = PageSecurityPolicy;
            return next(context);
        }));
        app.MapScalarApiReference(Path, options => options
            .WithTitle("RAF inspection API reference")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .AddPreferredSecuritySchemes([ApiDocumentConventions.BearerScheme]));
    }
}
