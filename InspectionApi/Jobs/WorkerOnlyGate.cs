namespace Inspection.Api.Jobs;

/// <summary>
/// On a node that runs jobs only (<c>Jobs:Role=Worker</c>), the API is not served: a clear 404 says where
/// it is not. Sign-in and the dashboard session stay, so the dashboard can be opened on the node itself.
/// </summary>
internal sealed class WorkerOnlyGate(RequestDelegate next)
{
    private static readonly PathString[] Served = ["/api/auth/token", "/api/jobs/dashboard-session"];

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var api = path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/api-reference", StringComparison.OrdinalIgnoreCase);
        if (!api || Served.Any(s => path.Equals(s, StringComparison.OrdinalIgnoreCase)))
        {
            return next(context);
        }

        return Results.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Not served by this node",
            detail: "This node runs background jobs only (Jobs:Role=Worker); the API is served by the nodes with Jobs:Role=All or Api.").ExecuteAsync(context);
    }
}
