using Hangfire;
using Inspection.Api.Access;
using Inspection.Api.Corrections;
using Inspection.Api.Data;
using Inspection.Api.Inspections.Findings;
using Inspection.Api.Notifications;
using Inspection.Engine.Findings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Cycles.Planning;

/// <summary>
/// Daily: reminds the provider of each correction action of an approved plan coming due while its deficiency
/// is still open, and escalates to the district's supervisors each one overdue by the policy's days. One
/// notification per action and user (the notifications' unique key), however often it runs.
/// </summary>
public sealed class CorrectionReminders(InspectionDbContext db, Notifier notifier, TimeProvider clock, IOptions<PlanningOptions> options)
{
    [JobDisplayName("Remind of correction actions coming due, escalate overdue ones")]
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return "Planning is switched off (Planning:Enabled=false).";
        }

        return await RemindAsync(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
    }

    /// <summary>Reminds and escalates as of <paramref name="today"/>, saves, and says what it did.</summary>
    public async Task<string> RemindAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var policies = await db.PlanningPolicies.AsNoTracking().ToDictionaryAsync(p => p.ServiceType, p => p.Settings, cancellationToken);
        var longest = Math.Max(policies.Values.Select(p => p.ReminderDaysBefore).DefaultIfEmpty(0).Max(), PlanningPolicySettings.Default.ReminderDaysBefore);
        var open = await (
            from plan in db.CorrectionPlans
            where plan.Status == CorrectionPlanStatus.Approved
            from action in plan.Actions
            where action.DueDate <= today.AddDays(longest)
            join finding in db.Findings on action.FindingId equals finding.Id
            where finding.Status == FindingStatus.NotMet && !finding.Withdrawn && (finding.Standing == null || finding.Standing != DeficiencyStanding.Resolved)
            join inspection in db.Inspections on plan.InspectionId equals inspection.Id
            select new
            {
                ActionId = action.Id, action.DueDate, action.Description, finding.StandardCode, InspectionId = inspection.Id, inspection.Facility!.Name,
                inspection.Facility.ServiceType, inspection.Facility.District, inspection.Facility.OperatorId,
            }).ToListAsync(cancellationToken);
        var providers = (await db.Users.Where(u => u.Role == Role.Provider && u.OperatorId != null).Select(u => new { u.Id, u.OperatorId }).ToListAsync(cancellationToken))
            .ToLookup(u => u.OperatorId!.Value, u => u.Id);
        var supervisors = (await db.Users.Where(u => u.Role == Role.Supervisor && u.District != null).Select(u => new { u.Id, u.District }).ToListAsync(cancellationToken))
            .ToLookup(u => u.District!, u => u.Id, StringComparer.Ordinal);
        int reminded = 0, escalated = 0;
        foreach (var action in open)
        {
            var policy = policies.GetValueOrDefault(action.ServiceType) ?? PlanningPolicySettings.Default;
            var link = $"/api/inspections/{action.InspectionId}/correction-plan";
            if (action.DueDate >= today && action.DueDate <= today.AddDays(policy.ReminderDaysBefore))
            {
                var told = await notifier.NotifyAsync(providers[action.OperatorId].ToList(), $"correction-due:{action.ActionId:N}", $"Correction due {action.DueDate:yyyy-MM-dd}: {action.Name}",
                    $"The correction action for standard {action.StandardCode} ({action.Description}) is due on {action.DueDate:yyyy-MM-dd}.", link, cancellationToken);
                reminded += told.Count > 0 ? 1 : 0;
            }
            else if (action.DueDate.AddDays(policy.EscalateAfterDays) < today)
            {
                var told = await notifier.NotifyAsync(supervisors[action.District].ToList(), $"correction-overdue:{action.ActionId:N}", $"Correction overdue: {action.Name}",
                    $"The correction action for standard {action.StandardCode} ({action.Description}) was due on {action.DueDate:yyyy-MM-dd} and the deficiency is still open.",
                    link, cancellationToken);
                escalated += told.Count > 0 ? 1 : 0;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return $"As of {today:yyyy-MM-dd}: {reminded} correction action(s) reminded, {escalated} overdue escalated to the district, of {open.Count} open and near or past due.";
    }
}
