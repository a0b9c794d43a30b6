namespace Inspection.Api.Jobs;

/// <summary>Puts <see cref="WorkerOnlyGate"/> first in the pipeline on a jobs-only node.</summary>
internal sealed class WorkerOnlyStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<WorkerOnlyGate>();
        next(app);
    };
}
