using System.Data.Common;
using Inspection.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// Runs queued what-ifs one at a time in the service's process. On start it queues again the runs a
/// stop left unfinished, so none is lost; a run in progress starts over (it saves nothing but itself).
/// </summary>
public sealed class WhatIfWorker(PendingWhatIfs queue, WhatIfRunner runner, IServiceScopeFactory scopes, ILogger<WhatIfWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
            foreach (var id in await db.Set<WhatIfRun>().Where(r => r.Status == WhatIfStatus.Queued || r.Status == WhatIfStatus.Running)
                .OrderBy(r => r.RequestedAt).Select(r => r.Id).ToListAsync(stoppingToken))
            {
                queue.Enqueue(id);
            }
        }
        catch (DbException e)
        {
            // A database not migrated yet has no unfinished runs to resume; new ones still run.
            logger.LogWarning(e, "Unfinished what-if runs could not be read");
        }

        await foreach (var id in queue.ReadAllAsync(stoppingToken))
        {
            await runner.RunAsync(id, stoppingToken);
        }
    }
}
