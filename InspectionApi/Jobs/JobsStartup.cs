using Inspection.Api.Access;

namespace Inspection.Api.Jobs;

/// <summary>
/// As the service starts (the database is migrated by then): register the recurring jobs, hand recorded
/// work to the job storage again, and trigger recurring jobs that fell due while the service was down.
/// </summary>
internal sealed class JobsStartup(IServiceScopeFactory scopes, ILogger<JobsStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem("jobs");
        var schedule = scope.ServiceProvider.GetRequiredService<RecurringJobSchedule>();
        schedule.Register();
        await scope.ServiceProvider.GetRequiredService<PendingWork>().RecoverAsync(cancellationToken);
        var triggered = await schedule.TriggerDueAsync(cancellationToken);
        if (triggered.Count > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Recurring jobs due since their last run, triggered now: {Jobs}", string.Join(", ", triggered));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
