using System.Linq.Expressions;
using Hangfire.Common;

namespace Inspection.Api.Jobs;

/// <summary>A job that runs on a schedule: its id (as the dashboard shows it), its cron expression and the call.</summary>
public sealed record RecurringJobDefinition(string Id, string Cron, Job Job)
{
    public static RecurringJobDefinition Create<TJob>(string id, string cron, Expression<Func<TJob, Task>> call) => new(id, cron, JobArguments.EnsureIdentifiersOnly(Job.FromExpression(call)));
}
