using Inspection.Api.Demo;
using Inspection.Api.Jobs;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Hosting;

/// <summary>Tells whoever started the service where to open it and how to sign in.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = Browsable(addresses.FirstOrDefault() ?? "http://localhost:5000");
        Console.WriteLine();
        Console.WriteLine($"  Inspection service is running: open the web interface at {url}{WebInterface.Path}/ (the service's start page is {url})");
        Console.WriteLine($"  API description (OpenAPI): {url}/openapi/v1.json; API reference to read and try: {url}{ApiDocument.ApiReference.Path}/");
        var jobs = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value;
        Console.WriteLine($"  Background jobs (Jobs:Role={jobs.Role}, {jobs.Storage} storage): dashboard for administrators at {url}/hangfire, sign in at {url}/jobs.html");
        if (app.Services.GetRequiredService<IOptions<InspectionOptions>>().Value.SeedDemoData)
        {
            Console.WriteLine($"  Demo users (password '{DemoData.Password}'): {string.Join(", ", DemoData.Users.Select(u => u.UserName))}");
            Console.WriteLine($"  Get a token: curl -s -X POST {url}/api/auth/token -H 'Content-Type: application/json' -d '{{\"userName\":\"supervisor.north\",\"password\":\"{DemoData.Password}\"}}'");
        }
        else
        {
            Console.WriteLine($"  Get a token: curl -s -X POST {url}/api/auth/token -H 'Content-Type: application/json' -d '{{\"userName\":\"...\",\"password\":\"...\"}}'");
        }

        Console.WriteLine("  Stop with Ctrl+C.");
        Console.WriteLine();
    }

    /// <summary>A listening address as a browser on this machine opens it (<c>http://[::]:80</c> is <c>http://localhost:80</c>).</summary>
    internal static string Browsable(string address)
    {
        foreach (var wildcard in new[] { "://[::]", "://0.0.0.0", "://+", "://*" })
        {
            if (address.Contains(wildcard, StringComparison.Ordinal))
            {
                return address.Replace(wildcard, "://localhost", StringComparison.Ordinal);
            }
        }

        return address;
    }
}
