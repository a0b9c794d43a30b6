using Inspection.Api.Demo;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Hosting;

/// <summary>What the anonymous start page may show: the demo users and their password, only when the service runs with demo data.</summary>
public static class StartPageEndpoints
{
    public static void MapStartPage(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/start", Start).WithName("GetStartPage").WithSummary("Start page information")
            .WithDescription("Whether the service runs with demo data and, only then, the demo users and their shared password.").WithTags("Start page").AllowAnonymous();

    public static Ok<StartPageInfo> Start(IOptions<InspectionOptions> options) =>
        TypedResults.Ok(options.Value.SeedDemoData
            ? new StartPageInfo(true, DemoData.Password, [.. DemoData.Users.Select(u => new DemoUserDto(u.UserName, u.Role.ToString()))])
            : new StartPageInfo(false, null, []));
}
