using Hangfire;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Facilities;
using Inspection.Api.Inspections;
using Inspection.Api.Inspections.Findings;
using Inspection.Api.Jobs;
using Inspection.Api.Notifications;
using Inspection.Api.RuleSets;
using Inspection.Engine.Findings;
using Inspection.Standards.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Cycles.Planning;

/// <summary>
/// The daily planner. <see cref="RunAsync"/> (recurring) asks, through the job outbox, for one planning job
/// per open cycle; <see cref="PlanCycleAsync"/> fills a cycle as of a day, by its service type's
/// <see cref="PlanningPolicy"/>: a visit for each facility that falls due within the horizon (sooner after a
/// poor result), unannounced for the facilities the cycle's seed draws; a follow-up within the days a fired
/// consequence (or, after a critical deficiency, the policy) sets; escalations told; self-assessment
/// invitations ahead of regular visits; visits given back to a supervisor of the facility's district when
/// either moved. Every visit it plans has a unique planning key, so a second run (or a second job server)
/// plans nothing twice.
/// </summary>
public sealed class CyclePlanner(InspectionDbContext db, JobOutbox jobs, Notifier notifier, TimeProvider clock, IOptions<PlanningOptions> options, ILogger<CyclePlanner> logger)
{
    [JobDisplayName("Plan the open inspection cycles")]
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return "Planning is switched off (Planning:Enabled=false).";
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var open = await db.Cycles.Where(c => c.PeriodEnd >= today && c.PeriodStart <= today.AddYears(1)).OrderBy(c => c.PeriodStart).Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (var id in open)
        {
            jobs.Add<CyclePlanner>(db, planner => planner.PlanCycleAsync(id, today, CancellationToken.None));
        }

        await db.SaveChangesAsync(cancellationToken);
        return $"Asked to plan {open.Count} open cycle(s) as of {today:yyyy-MM-dd}.";
    }

    [JobDisplayName("Plan cycle {0} as of {1}")]
    public async Task<string> PlanCycleAsync(Guid cycleId, DateOnly today, CancellationToken cancellationToken)
    {
        var result = await PlanAsync(cycleId, today, cancellationToken);
        return result.ToString();
    }

    /// <summary>Fills cycle <paramref name="cycleId"/> as of <paramref name="today"/>, saves, and says what it did.</summary>
    public async Task<PlanningRun> PlanAsync(Guid cycleId, DateOnly today, CancellationToken cancellationToken)
    {
        var run = new PlanningRun(cycleId, today);
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == cycleId, cancellationToken);
        if (cycle is null || cycle.PeriodEnd < today)
        {
            run.Note(cycle is null ? "no such cycle" : "the cycle has ended");
            return run;
        }

        var type = cycle.ServiceType;
        var policy = (await db.PlanningPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.ServiceType == type, cancellationToken))?.Settings
            ?? PlanningPolicySettings.Default;
        var facilities = await db.Facilities.Where(f => f.ServiceType == type).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var published = await db.RuleSetVersions.Where(v => v.Status == RuleSetStatus.Published && v.ServiceType == type).ToListAsync(cancellationToken);
        var visits = (await db.Inspections.AsNoTracking()
            .Where(i => i.Facility!.ServiceType == type && i.Status != InspectionStatus.Cancelled)
            .Select(i => new PlannedVisitRow(i.Id, i.FacilityId, i.Kind, i.Status, i.PlannedDate, i.VisitDate, i.Rating, i.OverallScore, i.EvaluatedAt,
                i.FollowUpWithinDays, i.EscalateTo, i.FollowUpOfId, i.PlanningKey, i.SupervisorId))
            .ToListAsync(cancellationToken)).ToLookup(v => v.FacilityId);
        var keys = await db.Inspections.Where(i => i.PlanningKey != null && i.Facility!.ServiceType == type).Select(i => i.PlanningKey!).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        var critical = await db.Findings
            .Where(f => f.Status == FindingStatus.NotMet && !f.Withdrawn && (f.Standing == null || f.Standing != DeficiencyStanding.Resolved)
                && (f.Severity == Severity.Critical || f.ImmediateJeopardy)
                && db.Inspections.Any(i => i.Id == f.InspectionId && i.Facility!.ServiceType == type))
            .Select(f => f.InspectionId).Distinct().ToHashSetAsync(cancellationToken);
        var supervisors = await db.Users.Where(u => u.Role == Role.Supervisor).Select(u => new { u.Id, u.District }).ToListAsync(cancellationToken);
        var booked = await db.Inspections
            .Where(i => i.SupervisorId != null && i.PlannedDate >= today && (i.Status == InspectionStatus.Planned || i.Status == InspectionStatus.InProgress))
            .Select(i => new { Supervisor = i.SupervisorId!.Value, i.PlannedDate }).ToListAsync(cancellationToken);
        var providers = (await db.Users.Where(u => u.Role == Role.Provider && u.OperatorId != null).Select(u => new { u.Id, u.OperatorId }).ToListAsync(cancellationToken))
            .ToLookup(u => u.OperatorId!.Value, u => u.Id);
        var calendar = new SupervisorCalendar(supervisors.Select(s => (s.Id, s.District)), booked.Select(b => (b.Supervisor, b.PlannedDate)));
        var unannounced = UnannouncedDraw.Draw(cycle.UnannouncedSeed, facilities.Select(f => f.Id), policy.UnannouncedShare);

        foreach (var facility in facilities)
        {
            var rows = visits[facility.Id].ToList();
            await KeepWithDistrictAsync(facility, rows, calendar, today, run, cancellationToken);
            var last = rows.Where(r => r.IsFullVisit && !r.IsOpen).OrderByDescending(r => r.Date).FirstOrDefault();
            if (last is { EvaluatedAt: not null })
            {
                await FollowUpAsync(facility, last, rows, policy, critical, keys, calendar, today, run, cancellationToken);
            }

            if (!rows.Any(r => r.IsFullVisit && r.IsOpen) && PlanVisit(facility, last, cycle, policy, published, unannounced, keys, calendar, today, run) is { } planned)
            {
                rows.Add(planned);
            }

            await InviteAsync(facility, rows, cycle, policy, published, providers[facility.OperatorId].ToList(), keys, today, run, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Planner: {Run}", run);
        }

        return run;
    }

    /// <summary>A coming visit whose supervisor no longer serves the facility's district (either moved) goes to one who does, on the same day.</summary>
    private async Task KeepWithDistrictAsync(
        Facility facility, List<PlannedVisitRow> rows, SupervisorCalendar calendar, DateOnly today, PlanningRun run, CancellationToken cancellationToken)
    {
        // Only coming days: the calendar holds no past bookings, and a visit left planned in the past is not moved by the planner.
        foreach (var row in rows.Where(r => r.Status == InspectionStatus.Planned && r.PlannedDate >= today && r.Kind != InspectionKind.SelfAssessment
            && !calendar.Serves(r.SupervisorId, facility.District)))
        {
            if (calendar.BookOn(facility.District, row.PlannedDate) is not { } supervisor)
            {
                run.Note($"no supervisor of {facility.District} is free on {row.PlannedDate:yyyy-MM-dd} for visit {row.Id}");
                continue;
            }

            if (row.SupervisorId is { } previous)
            {
                calendar.Release(previous, row.PlannedDate);
            }

            var visit = await db.Inspections.SingleAsync(i => i.Id == row.Id, cancellationToken);
            visit.AssignSupervisor(supervisor);
            run.Reassigned++;
        }
    }

    private async Task FollowUpAsync(
        Facility facility, PlannedVisitRow last, List<PlannedVisitRow> rows, PlanningPolicySettings policy, HashSet<Guid> critical, HashSet<string> keys,
        SupervisorCalendar calendar, DateOnly today, PlanningRun run, CancellationToken cancellationToken)
    {
        if (last.EscalateTo is { } level)
        {
            var to = level == Escalation.District
                ? await db.Users.Where(u => u.Role == Role.Supervisor && u.District == facility.District).Select(u => u.Id).ToListAsync(cancellationToken)
                : await db.Users.Where(u => u.Role == Role.Analyst || u.Role == Role.Administrator).Select(u => u.Id).ToListAsync(cancellationToken);
            var told = await notifier.NotifyAsync(to, $"escalation:{last.Id}", $"Escalated: {facility.Name}",
                $"The visit of {facility.Name} on {last.Date:yyyy-MM-dd} fired a consequence that escalates to the {(level == Escalation.District ? "district" : "headquarters")}.",
                $"/api/inspections/{last.Id}", cancellationToken);
            run.Escalations += told.Count > 0 ? 1 : 0;
        }

        var days = last.FollowUpWithinDays ?? (critical.Contains(last.Id) ? policy.FollowUpWithinDays : (int?)null);
        var key = $"follow-up:{last.Id}";
        if (days is not { } within || keys.Contains(key) || rows.Any(r => r.FollowUpOfId == last.Id))
        {
            return;
        }

        var deadline = last.Date.AddDays(within);
        var from = today.AddDays(1);
        var slot = (from <= deadline ? calendar.Book(facility.District, from, deadline, last.SupervisorId) : null) ?? calendar.Book(facility.District, from, null, last.SupervisorId);
        if (slot is not { } booked)
        {
            run.Note($"no supervisor of {facility.District} is free for the follow-up of {last.Id}");
            return;
        }

        if (booked.Date > deadline)
        {
            run.LateFollowUps++;
        }

        var followed = await db.Inspections.Include(i => i.Findings).Include(i => i.Facility).Include(i => i.RuleSetVersion).SingleAsync(i => i.Id == last.Id, cancellationToken);
        var followUp = followed.PlanRequiredFollowUp(booked.Date, booked.Supervisor, key);
        db.Inspections.Add(followUp);
        keys.Add(key);
        rows.Add(Row(followUp));
        run.FollowUps++;
    }

    private PlannedVisitRow? PlanVisit(
        Facility facility, PlannedVisitRow? last, InspectionCycle cycle, PlanningPolicySettings policy, List<RuleSetVersion> published, IReadOnlySet<Guid> unannounced,
        HashSet<string> keys, SupervisorCalendar calendar, DateOnly today, PlanningRun run)
    {
        var key = $"visit:{facility.Id:N}:{(last is null ? "first" : last.Id.ToString("N"))}";
        var due = last is null
            ? FirstVisitDue(facility, cycle, policy)
            : last.Date.AddMonths(policy.IsPoor(last.Rating, last.OverallScore) ? policy.SoonerAfterPoorMonths : policy.IntervalMonths);
        var from = due > today ? due : today.AddDays(1);
        if (keys.Contains(key) || due > today.AddDays(policy.HorizonDays) || !cycle.Covers(from))
        {
            return null;
        }

        var booked = calendar.Book(facility.District, from);
        if (booked is { } late && late.Date > cycle.PeriodEnd)
        {
            calendar.Release(late.Supervisor, late.Date);
            booked = null;
        }

        if (booked is not { } slot)
        {
            run.Note($"no supervisor of {facility.District} is free for {facility.Name} from {from:yyyy-MM-dd}");
            return null;
        }

        var kind = unannounced.Contains(facility.Id) ? InspectionKind.Unannounced : InspectionKind.Regular;
        var (visit, refusal) = FacilityInspection.Plan(facility, kind, slot.Date, published, null, cycle, slot.Supervisor, Guid.Empty);
        if (visit is null)
        {
            calendar.Release(slot.Supervisor, slot.Date);
            run.Note($"{facility.Name}: {refusal?.Message}");
            return null;
        }

        visit.PlannedBy(key);
        db.Inspections.Add(visit);
        keys.Add(key);
        if (last is not null && slot.Date > last.Date.AddMonths(policy.MaxIntervalMonths))
        {
            run.BeyondMaxInterval++;
        }

        if (kind == InspectionKind.Unannounced)
        {
            run.Unannounced++;
        }
        else
        {
            run.Regular++;
        }

        return Row(visit);
    }

    /// <summary>A facility never visited is due within the cycle's first interval, spread by its id so that a new estate is not all due on one day.</summary>
    private static DateOnly FirstVisitDue(Facility facility, InspectionCycle cycle, PlanningPolicySettings policy)
    {
        var span = Math.Max(1, cycle.PeriodStart.AddMonths(policy.IntervalMonths).DayNumber - cycle.PeriodStart.DayNumber);
        var spread = (int)(BitConverter.ToUInt32(facility.Id.ToByteArray(), 12) % (uint)span);
        return cycle.PeriodStart.AddDays(spread);
    }

    /// <summary>The provider is invited to assess itself ahead of each regular visit (never ahead of an unannounced one, which it must not learn of).</summary>
    private async Task InviteAsync(
        Facility facility, List<PlannedVisitRow> rows, InspectionCycle cycle, PlanningPolicySettings policy, List<RuleSetVersion> published, List<Guid> providers,
        HashSet<string> keys, DateOnly today, PlanningRun run, CancellationToken cancellationToken)
    {
        foreach (var visit in rows.Where(r => r.Kind == InspectionKind.Regular && r.Status == InspectionStatus.Planned && r.PlannedDate > today
            && r.PlannedDate.AddDays(-policy.SelfAssessmentLeadDays) <= today))
        {
            var key = $"self-assessment:{visit.Id:N}";
            if (keys.Contains(key))
            {
                continue;
            }

            var (selfAssessment, refusal) = FacilityInspection.Plan(facility, InspectionKind.SelfAssessment, today, published, null, cycle.Covers(today) ? cycle : null, null, Guid.Empty);
            if (selfAssessment is null)
            {
                run.Note($"{facility.Name}: no self-assessment: {refusal?.Message}");
                continue;
            }

            selfAssessment.PlannedBy(key);
            db.Inspections.Add(selfAssessment);
            keys.Add(key);
            if (providers.Count == 0)
            {
                run.Invitations++;
                continue;
            }

            await notifier.NotifyAsync(providers, $"self-assessment-invitation:{visit.Id:N}", $"Self-assessment invitation: {facility.Name}",
                $"The regular inspection of {facility.Name} is planned for {visit.PlannedDate:yyyy-MM-dd}. Please complete the self-assessment before it.",
                $"/api/inspections/{selfAssessment.Id}", cancellationToken);
            run.Invitations++;
        }
    }

    private static PlannedVisitRow Row(FacilityInspection i) => new(
        i.Id, i.FacilityId, i.Kind, i.Status, i.PlannedDate, i.VisitDate, i.Rating, i.OverallScore, i.EvaluatedAt, i.FollowUpWithinDays, i.EscalateTo, i.FollowUpOfId,
        i.PlanningKey, i.SupervisorId);
}
