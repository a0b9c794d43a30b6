namespace Inspection.Api.Hosting;

/// <summary>
/// Serves the web interface (the Blazor WebAssembly app in <c>Web/</c>) under <c>/app</c>: its files with
/// their compressed forms and fingerprints (static assets), and its pages' addresses to its index page, so
/// that a link to a page of the app opens it. The app calls the same REST API as any integrator.
/// </summary>
public static class WebInterface
{
    public const string Path = "/app";

    /// <summary>
    /// The app's files straight from its build when the service runs from a build (development, tests); a
    /// published service has them in its own wwwroot and this does nothing.
    /// </summary>
    public static WebApplicationBuilder AddWebInterface(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }

    public static WebApplication MapWebInterface(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapFallbackToFile(Path + "/{*path:nonfile}", "app/index.html");
        return app;
    }
}
