using System.Net;
using Inspection.Api.Access;
using Inspection.Api.Cycles;
using Inspection.Api.Cycles.Planning;
using Inspection.Api.Data;
using Inspection.Api.Demo;
using Inspection.Api.Inspections;
using Inspection.Api.Inspections.Evaluation;
using Inspection.Api.Jobs;
using Inspection.Api.RuleSets;
using Inspection.Api.Tests.Inspections;
using Inspection.Api.Tests.Jobs;
using Inspection.Engine.Findings;
using Inspection.Standards.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Inspection.Api.Tests.Cycles;

/// <summary>
/// Eighteen months of the demo estate, one day at a time on a fake clock: each day the planner fills the open
/// cycles and the correction reminders run; each visit falls on its day and is carried out through the
/// aggregate (some facilities do poorly); halfway a facility moves district, later a supervisor does, and a
/// supervisor moves a visit by hand. Then the tests read what was planned.
/// </summary>
public sealed class PlannerFastForwardTests
{
    private const int Days = 548;
    private const int RestartFrom = 274;
    private const decimal YouthShare = 0.4m;
    // Tokens are signed on the service's clock and checked on the real one: the clock starts now, and every
    // client signs in before it moves.
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private static readonly DateOnly First = DateOnly.FromDateTime(Now.UtcDateTime);
    private static readonly DateOnly Last = First.AddDays(Days - 1);

    private readonly FakeTimeProvider _clock = new(Now);
    private InspectionApiFactory _factory = null!;
    private HttpClient _admin = null!;
    private Guid _movedFacility;
    private Guid _movedSupervisor;
    private Guid _secondNorthSupervisor;
    private Guid _escalated;
    private (Guid Id, DateOnly Date) _rescheduled;
    private (int Inspections, int Notifications) _beforeRepeat;
    private (int Inspections, int Notifications) _afterRepeat;
    private Restart? _restart;

    [OneTimeSetUp]
    public async Task FastForward()
    {
        _factory = new InspectionApiFactory { TestServices = services => services.AddSingleton<TimeProvider>(_clock) };
        _admin = await _factory.ClientAsAsync("admin");
        foreach (var provider in DemoData.Users.Where(u => u.Role == Role.Provider))
        {
            (await _factory.ClientAsAsync(provider.UserName)).Dispose();
        }

        // The demo's cycles end with next year: headquarters opens the year after (each pins the version in force).
        var nextYear = First.Year + 2;
        foreach (var serviceType in ServiceTypes.All)
        {
            var opened = await _admin.PostJsonAsync("/api/cycles",
                new { name = $"Annual cycle {nextYear}: {serviceType}", serviceType, periodStart = new DateOnly(nextYear, 1, 1), periodEnd = new DateOnly(nextYear, 12, 31) },
                HttpStatusCode.Created);
            opened.GetProperty("ruleSetVersionId").GetGuid().Should().NotBeEmpty();
        }

        await _admin.PutJsonAsync("/api/planning-policies/youth-residential", new
        {
            intervalMonths = 12, maxIntervalMonths = 15, soonerAfterPoorMonths = 6, poorRatings = new[] { "inadequate" }, poorScoreBelow = 0.6m,
            followUpWithinDays = 30, selfAssessmentLeadDays = 45, unannouncedShare = YouthShare, horizonDays = 60, reminderDaysBefore = 14, escalateAfterDays = 7, version = 0,
        });
        _secondNorthSupervisor = (await _admin.PostJsonAsync("/api/users",
            new { userName = "supervisor.north2", displayName = "Second northern supervisor", role = "Supervisor", password = "a-long-password-42", district = "north" },
            HttpStatusCode.Created)).Id();
        _movedSupervisor = await _factory.ReadDatabaseAsync(db => db.Users.Where(u => u.UserName == "supervisor.north").Select(u => u.Id).SingleAsync());

        for (var day = 0; day < Days; day++)
        {
            var today = First.AddDays(day);
            _clock.SetUtcNow(Now.AddDays(day));
            if (day == 200)
            {
                _movedFacility = await MoveAFacilityAsync();
            }

            if (day == 300)
            {
                await _admin.PutJsonAsync($"/api/users/{_movedSupervisor}", new { displayName = "Supervisor, now central", role = "Supervisor", district = "center" });
            }

            if (day >= RestartFrom && _restart is null && await VisitDueAsync(today))
            {
                _restart = await RestartWithWorkPendingAsync(today);
            }
            else
            {
                await PlanAndRemindAsync(today);
            }

            if (day >= 100 && _rescheduled == default)
            {
                _rescheduled = await RescheduleAVisitAsync(today);
            }

            await VisitAsync(today);
            if (day >= 320 && _escalated == default)
            {
                _escalated = await EscalateAVisitAsync(today);
            }
            if (day % 100 == 0)
            {
                await TestContext.Progress.WriteLineAsync($"planner fast-forward: day {day} ({today:yyyy-MM-dd}) at {DateTime.UtcNow:HH:mm:ss}");
            }
        }

        _beforeRepeat = await CountAsync();
        await PlanAndRemindAsync(Last);
        _afterRepeat = await CountAsync();
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _admin.Dispose();
        _factory.Dispose();
        if (_restart is not null && Directory.Exists(_factory.DataFolder))
        {
            Directory.Delete(_factory.DataFolder, recursive: true);
        }
    }

    [Test]
    public async Task FastForward_EveryFacility_VisitedWithinTheLongestIntervalAndNeverOverdue()
    {
        var visits = await FullVisitsAsync();

        foreach (var facility in visits.GroupBy(v => v.FacilityId))
        {
            var dates = facility.Select(v => v.PlannedDate).Order().ToList();
            foreach (var (earlier, later) in dates.Zip(dates.Skip(1)))
            {
                later.Should().BeOnOrBefore(earlier.AddMonths(15), "facility {0} went from {1} to {2}", facility.Key, earlier, later);
            }

            dates[^1].AddMonths(15).Should().BeOnOrAfter(Last, "facility {0} has nothing planned since {1}", facility.Key, dates[^1]);
        }

        visits.Count(v => v.PlanningKey is not null).Should().BeGreaterThan(20, "the planner planned the estate's visits for 18 months");
    }

    [Test]
    public async Task FastForward_AfterAPoorResult_NextVisitWithinSixMonthsOtherwiseAfterTwelve()
    {
        var visits = await FullVisitsAsync();
        var byId = visits.ToDictionary(v => v.Id);
        var policy = PlanningPolicySettings.Default;
        int sooner = 0, regular = 0;

        foreach (var next in visits.Where(v => v.PlanningKey is { } key && !key.EndsWith(":first", StringComparison.Ordinal)))
        {
            var last = byId[Guid.ParseExact(next.PlanningKey!.Split(':')[2], "N")];
            if (policy.IsPoor(last.Rating, last.OverallScore))
            {
                next.PlannedDate.Should().BeOnOrBefore(last.Date.AddMonths(6).AddDays(14), "visit {0} follows the poor visit {1}", next.Id, last.Id);
                sooner++;
            }
            else
            {
                next.PlannedDate.Should().BeOnOrAfter(last.Date.AddMonths(12)).And.BeOnOrBefore(last.Date.AddMonths(12).AddDays(14));
                regular++;
            }
        }

        sooner.Should().BePositive("some facilities did poorly");
        regular.Should().BePositive();
    }

    [Test]
    public async Task FastForward_CriticalDeficienciesOrAConsequence_FollowUpWithinItsDays()
    {
        var (needing, followUps) = await _factory.ReadDatabaseAsync(async db =>
        {
            var evaluated = await db.Inspections.AsNoTracking().Include(i => i.Findings)
                .Where(i => (i.Kind == InspectionKind.Regular || i.Kind == InspectionKind.Unannounced) && i.EvaluatedAt != null)
                .ToListAsync();
            var followUps = await db.Inspections.AsNoTracking().Where(i => i.Kind == InspectionKind.FollowUp).ToListAsync();
            return (evaluated.Where(i => i.FollowUpWithinDays is not null || i.Findings.Any(f => f.IsDeficiency && (f.Severity == Severity.Critical || f.ImmediateJeopardy))).ToList(), followUps);
        });

        var inWindow = needing.Where(v => v.VisitDate >= First && v.VisitDate < Last).ToList();
        inWindow.Should().NotBeEmpty("poor visits leave critical deficiencies");
        foreach (var visit in inWindow)
        {
            var days = visit.FollowUpWithinDays ?? PlanningPolicySettings.Default.FollowUpWithinDays;
            var followUp = followUps.Where(f => f.FollowUpOfId == visit.Id).Should().ContainSingle("visit {0} needs a follow-up within {1} days", visit.Id, days).Subject;
            followUp.PlannedDate.Should().BeAfter(visit.VisitDate!.Value).And.BeOnOrBefore(visit.VisitDate!.Value.AddDays(days));
            followUp.PlanningKey.Should().Be($"follow-up:{visit.Id}");
        }

        followUps.Where(f => f.PlanningKey is not null).Select(f => f.FollowUpOfId).Should().OnlyContain(id => needing.Any(n => n.Id == id));
    }

    [Test]
    public async Task FastForward_NoSupervisor_HasTwoVisitsOnOneDay()
    {
        var booked = await _factory.ReadDatabaseAsync(db => db.Inspections.AsNoTracking()
            .Where(i => i.SupervisorId != null && i.PlannedDate >= First && i.Status != InspectionStatus.Cancelled && i.Kind != InspectionKind.SelfAssessment)
            .Select(i => new { i.SupervisorId, i.PlannedDate, i.Kind, i.PlanningKey, i.Status }).ToListAsync());

        booked.Should().HaveCountGreaterThan(40);
        booked.GroupBy(b => (b.SupervisorId, b.PlannedDate)).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.SupervisorId} on {g.Key.PlannedDate:yyyy-MM-dd}: {string.Join(", ", g.Select(v => $"{v.Kind} {v.Status} {v.PlanningKey ?? "by hand"}"))}")
            .Should().BeEmpty();
    }

    [Test]
    public async Task FastForward_UnannouncedVisits_AreTheFacilitiesEachCyclesSeedDraws()
    {
        var data = await _factory.ReadDatabaseAsync(async db => (
            Cycles: await db.Cycles.AsNoTracking().ToListAsync(),
            Facilities: await db.Facilities.AsNoTracking().Select(f => new { f.Id, f.ServiceType }).ToListAsync(),
            Visits: await db.Inspections.AsNoTracking().Where(i => i.PlanningKey != null && i.PlanningKey.StartsWith("visit:")).ToListAsync()));
        var unannounced = 0;

        foreach (var cycle in data.Cycles)
        {
            var facilities = data.Facilities.Where(f => f.ServiceType == cycle.ServiceType).Select(f => f.Id).ToList();
            var share = cycle.ServiceType == "youth-residential" ? YouthShare : PlanningPolicySettings.Default.UnannouncedShare;
            var drawn = UnannouncedDraw.Draw(cycle.UnannouncedSeed, facilities, share);
            drawn.Should().HaveCount((int)Math.Round(facilities.Count * share, MidpointRounding.AwayFromZero));
            foreach (var visit in data.Visits.Where(v => v.CycleId == cycle.Id))
            {
                visit.Kind.Should().Be(drawn.Contains(visit.FacilityId) ? InspectionKind.Unannounced : InspectionKind.Regular);
                unannounced += visit.Kind == InspectionKind.Unannounced ? 1 : 0;
            }
        }

        unannounced.Should().BePositive();
        UnannouncedDraw.Draw(data.Cycles[0].UnannouncedSeed, data.Facilities.Select(f => f.Id), 0.5m)
            .Should().BeEquivalentTo(UnannouncedDraw.Draw(data.Cycles[0].UnannouncedSeed, data.Facilities.Select(f => f.Id).Reverse(), 0.5m), "the seed alone decides");
    }

    [Test]
    public async Task FastForward_Providers_NeverSeeAPlannedUnannouncedVisitNorTheSeed()
    {
        var planned = await _factory.ReadDatabaseAsync(db => db.Inspections.AsNoTracking()
            .Where(i => i.Kind == InspectionKind.Unannounced && i.Status == InspectionStatus.Planned)
            .Select(i => new { i.Id, i.PlannedDate, i.Facility!.OperatorId }).ToListAsync());
        var seeds = await _factory.ReadDatabaseAsync(db => db.Cycles.Select(c => c.UnannouncedSeed).ToListAsync());
        planned.Should().NotBeEmpty();

        foreach (var provider in DemoData.Users.Where(u => u.Role == Role.Provider).Select(u => u.UserName))
        {
            using var client = await _factory.ClientAsAsync(provider);
            var list = (await client.GetJsonAsync("/api/inspections")).GetRawText();
            var cycles = (await client.GetJsonAsync("/api/cycles")).GetRawText();
            var inbox = (await client.GetJsonAsync("/api/notifications?pageSize=100")).GetRawText();
            foreach (var visit in planned)
            {
                list.Should().NotContain(visit.Id.ToString());
                inbox.Should().NotContain(visit.Id.ToString());
                await client.GetJsonAsync($"/api/inspections/{visit.Id}", HttpStatusCode.NotFound);
            }

            cycles.Should().NotContainAny(["seed", "Seed"]);
            seeds.Should().OnlyContain(seed => !cycles.Contains(seed.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await client.GetJsonAsync($"/api/cycles/{(await _factory.ReadDatabaseAsync(db => db.Cycles.Select(c => c.Id).FirstAsync()))}/plan", HttpStatusCode.Forbidden);
        }

        (await _admin.GetJsonAsync($"/api/cycles/{(await _factory.ReadDatabaseAsync(db => db.Cycles.Select(c => c.Id).FirstAsync()))}/plan")).GetProperty("unannouncedSeed").GetInt32()
            .Should().BeOneOf(seeds);
    }

    [Test]
    public async Task FastForward_RegularVisits_InvitedToSelfAssessAheadUnannouncedNever()
    {
        var data = await _factory.ReadDatabaseAsync(async db => (
            Visits: await db.Inspections.AsNoTracking().Where(i => i.PlanningKey != null && i.PlanningKey.StartsWith("visit:"))
                .Select(i => new { i.Id, i.Kind, i.PlannedDate, i.Facility!.OperatorId }).ToListAsync(),
            SelfAssessments: await db.Inspections.AsNoTracking().Where(i => i.Kind == InspectionKind.SelfAssessment && i.PlanningKey != null)
                .Select(i => new { i.PlanningKey, i.PlannedDate }).ToListAsync(),
            Invitations: await db.Notifications.AsNoTracking().Where(n => n.Key.StartsWith("self-assessment-invitation:"))
                .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { n.Key, u.OperatorId, n.CreatedAt }).ToListAsync(),
            ProviderOperators: await db.Users.Where(u => u.Role == Role.Provider && u.OperatorId != null).Select(u => u.OperatorId!.Value).ToListAsync()));
        var invited = 0;

        foreach (var visit in data.Visits.Where(v => v.PlannedDate.AddDays(-45) <= Last))
        {
            var key = $"{visit.Id:N}";
            if (visit.Kind == InspectionKind.Unannounced)
            {
                data.SelfAssessments.Should().NotContain(s => s.PlanningKey!.EndsWith(key, StringComparison.Ordinal));
                data.Invitations.Should().NotContain(n => n.Key.EndsWith(key, StringComparison.Ordinal));
                continue;
            }

            var selfAssessment = data.SelfAssessments.Should().ContainSingle(s => s.PlanningKey == $"self-assessment:{key}").Subject;
            selfAssessment.PlannedDate.Should().BeOnOrBefore(visit.PlannedDate.AddDays(-1)).And.BeOnOrAfter(visit.PlannedDate.AddDays(-45));
            if (data.ProviderOperators.Contains(visit.OperatorId))
            {
                data.Invitations.Should().Contain(n => n.Key == $"self-assessment-invitation:{key}" && n.OperatorId == visit.OperatorId);
                invited++;
            }
        }

        invited.Should().BePositive();
    }

    [Test]
    public async Task FastForward_CorrectionActions_RemindedBeforeDueAndEscalatedWhenOverdue()
    {
        var notes = await _factory.ReadDatabaseAsync(db => db.Notifications.AsNoTracking()
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { n.Key, u.Role }).ToListAsync());

        notes.Where(n => n.Key.StartsWith("correction-due:", StringComparison.Ordinal)).Should().NotBeEmpty().And.OnlyContain(n => n.Role == Role.Provider);
        notes.Where(n => n.Key.StartsWith("correction-overdue:", StringComparison.Ordinal)).Should().NotBeEmpty().And.OnlyContain(n => n.Role == Role.Supervisor);
    }

    [Test]
    public async Task FastForward_ConsequencesThatEscalate_AreToldOnce()
    {
        var (escalating, told) = await _factory.ReadDatabaseAsync(async db => (
            await db.Inspections.AsNoTracking().Where(i => i.EscalateTo != null && i.VisitDate >= First && i.VisitDate < Last).Select(i => i.Id).ToListAsync(),
            await db.Notifications.AsNoTracking().Where(n => n.Key.StartsWith("escalation:")).Select(n => new { n.Key, n.UserId }).ToListAsync()));

        escalating.Should().Contain(_escalated);
        var district = await _factory.ReadDatabaseAsync(db => db.Inspections.Where(i => i.Id == _escalated).Select(i => i.Facility!.District).SingleAsync());
        var supervisors = await _factory.ReadDatabaseAsync(db => db.Users.Where(u => u.Role == Role.Supervisor && u.District == district).Select(u => u.Id).ToListAsync());
        told.Where(n => n.Key == $"escalation:{_escalated}").Select(n => n.UserId).Should().BeEquivalentTo(supervisors, "the district's supervisors are told");
        foreach (var id in escalating)
        {
            told.Should().Contain(n => n.Key == $"escalation:{id}");
        }

        told.GroupBy(n => n).Should().OnlyContain(g => g.Count() == 1);
    }

    [Test]
    public async Task FastForward_SupervisorsAndFacilitiesThatMoved_VisitsFollowTheDistrict()
    {
        var planned = await _factory.ReadDatabaseAsync(db => db.Inspections.AsNoTracking()
            .Where(i => i.Status == InspectionStatus.Planned && i.Kind != InspectionKind.SelfAssessment && i.PlannedDate >= Last)
            .Join(db.Users, i => i.SupervisorId, u => u.Id, (i, u) => new { i.Id, i.FacilityId, FacilityDistrict = i.Facility!.District, SupervisorDistrict = u.District, SupervisorId = u.Id })
            .ToListAsync());
        var northVisitsBeforeTheMove = await _factory.ReadDatabaseAsync(db => db.Inspections.AsNoTracking()
            .Where(i => i.PlanningKey != null && i.Facility!.District == "north" && i.PlannedDate < First.AddDays(300) && i.Kind != InspectionKind.SelfAssessment)
            .Select(i => i.SupervisorId).ToListAsync());

        planned.Should().NotBeEmpty();
        planned.Should().OnlyContain(p => p.SupervisorDistrict == p.FacilityDistrict);
        planned.Where(p => p.FacilityDistrict == "north").Should().NotContain(p => p.SupervisorId == _movedSupervisor);
        planned.Where(p => p.FacilityId == _movedFacility).Should().OnlyContain(p => p.SupervisorDistrict == "jerusalem");
        northVisitsBeforeTheMove.Should().Contain(_movedSupervisor).And.Contain(_secondNorthSupervisor, "the load is shared in the district");
    }

    [Test]
    public async Task FastForward_AVisitASupervisorMoved_KeepsItsNewDay()
    {
        _rescheduled.Should().NotBe(default((Guid, DateOnly)), "a planned regular visit was moved by hand");
        var visit = await _factory.ReadDatabaseAsync(db => db.Inspections.AsNoTracking().SingleAsync(i => i.Id == _rescheduled.Id));

        visit.ScheduleFixed.Should().BeTrue();
        visit.PlannedDate.Should().Be(_rescheduled.Date);
    }

    [Test]
    public async Task FastForward_HostStoppedWithWorkPending_TheNextHostDoesItOnceAndLosesNothing()
    {
        _restart.Should().NotBeNull("halfway, the host was stopped with the day's work recorded but not run");
        var restart = _restart!;
        var names = restart.Recorded.Select(r => r.Job).Distinct().ToList();
        var runs = await _factory.ReadDatabaseAsync(db => db.JobRuns.AsNoTracking().Where(r => names.Contains(r.Job) && r.StartedAt >= restart.At).ToListAsync());

        names.Should().BeEquivalentTo(["CyclePlanner.PlanCycleAsync", "CorrectionReminders.RemindAsync", "EvaluationJob.EvaluateAsync"]);
        restart.PendingAfter.Should().Be(0, "every recorded job was handed over again and ran");
        // Twins running at once may see the database refuse one (a unique key, a concurrency token): it is retried and then finds the work done.
        runs.Should().NotContain(r => r.Outcome == JobRunOutcome.Failed);
        runs.Where(r => r.Outcome == JobRunOutcome.Succeeded).GroupBy(r => (r.Job, r.Arguments)).Select(g => (g.Key.Job, g.Key.Arguments, Runs: g.Count()))
            .Should().BeEquivalentTo(restart.Recorded.GroupBy(r => (r.Job, r.Arguments)).Select(g => (g.Key.Job, g.Key.Arguments, Runs: g.Count())),
                "each record ran to its end once after the restart (each job was recorded twice, as if asked for twice)");
        restart.AfterRerun.Should().Be(restart.AfterRecovery, "running the day's planning and reminders again finds nothing the recovered jobs left undone");
        var evaluations = runs.Where(r => r.Job == "EvaluationJob.EvaluateAsync" && r.Outcome == JobRunOutcome.Succeeded).Select(r => r.Summary!).ToList();
        evaluations.Should().HaveCount(2).And.ContainSingle(s => s.Contains(" evaluated: "), "the second found the visit evaluated");

        var visit = await _factory.ReadDatabaseAsync(db => db.Inspections.AsNoTracking().Include(i => i.Findings).SingleAsync(i => i.Id == restart.Visit));
        visit.EvaluatedAt.Should().NotBeNull();
        visit.EvaluationRequest.Should().Be(EvaluationOnSubmit.Done);
        visit.Findings.Select(f => f.StandardCode).Should().NotBeEmpty().And.OnlyHaveUniqueItems();
    }

    [Test]
    public void FastForward_EveryJobRunTwiceOnTheLastDay_CreatesNothingTwice()
    {
        _afterRepeat.Should().Be(_beforeRepeat);
        _beforeRepeat.Inspections.Should().BePositive();
    }

    private async Task PlanAndRemindAsync(DateOnly today)
    {
        var cycles = await _factory.ReadDatabaseAsync(db => db.Cycles.Where(c => c.PeriodEnd >= today && c.PeriodStart <= today.AddYears(1)).Select(c => c.Id).ToListAsync());
        foreach (var cycle in cycles)
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem("planner test");
            await scope.ServiceProvider.GetRequiredService<CyclePlanner>().PlanAsync(cycle, today, CancellationToken.None);
        }

        await using var reminders = _factory.Services.CreateAsyncScope();
        reminders.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem("planner test");
        await reminders.ServiceProvider.GetRequiredService<CorrectionReminders>().RemindAsync(today, CancellationToken.None);
    }

    /// <summary>Carries out every full visit planned for today (or left over): facilities whose name ends in 1 or 3 do poorly.</summary>
    private async Task VisitAsync(DateOnly today)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem("planner test");
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        var library = scope.ServiceProvider.GetRequiredService<RuleSetLibrary>();
        var evaluator = scope.ServiceProvider.GetRequiredService<InspectionEvaluator>();
        var due = await db.Inspections.Include(i => i.Facility).Include(i => i.RuleSetVersion).Include(i => i.Answers).Include(i => i.Residents).ThenInclude(r => r.Answers)
            .Include(i => i.Census).Include(i => i.Findings).AsSplitQuery()
            .Where(i => (i.Kind == InspectionKind.Regular || i.Kind == InspectionKind.Unannounced) && i.Status == InspectionStatus.Planned && i.PlannedDate <= today)
            .ToListAsync();
        foreach (var visit in due)
        {
            var poor = visit.Facility!.Name.EndsWith('1') || visit.Facility.Name.EndsWith('3');
            var previous = await evaluator.PreviousAsync(visit, CancellationToken.None);
            DemoData.RunVisit(db, visit, previous, library, evaluator, today, new Random(today.DayNumber), quality: poor ? 0.45 : 0.97, residents: 8,
                closeWithPlan: true, issueReport: true, close: false);
            await db.SaveChangesAsync();
        }
    }

    /// <summary>
    /// The demo's answers do not make the catalogs' escalating consequences fire (an immediate jeopardy, a critical
    /// deficiency repeated), so one visit evaluated today is given the stored consequence by hand: escalate to the
    /// district, follow up within 7 days. The planner acts on it the next day.
    /// </summary>
    private async Task<Guid> EscalateAVisitAsync(DateOnly today) =>
        await _factory.ReadDatabaseAsync(async db =>
        {
            var visit = await db.Inspections.Where(i => i.VisitDate == today && i.EvaluatedAt != null).Select(i => i.Id).FirstOrDefaultAsync();
            if (visit != default)
            {
                await db.Inspections.Where(i => i.Id == visit)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.EscalateTo, Escalation.District).SetProperty(i => i.FollowUpWithinDays, 7));
            }

            return visit;
        });

    private async Task<Guid> MoveAFacilityAsync()
    {
        return await _factory.ReadDatabaseAsync(async db =>
        {
            var facility = await db.Facilities.Where(f => f.District == "north").OrderBy(f => f.Name).Select(f => f.Id).FirstAsync();
            await db.Facilities.Where(f => f.Id == facility).ExecuteUpdateAsync(s => s.SetProperty(f => f.District, "jerusalem"));
            return facility;
        });
    }

    private async Task<(Guid Id, DateOnly Date)> RescheduleAVisitAsync(DateOnly today)
    {
        var visit = await _factory.ReadDatabaseAsync(db => db.Inspections.AsNoTracking()
            .Where(i => i.PlanningKey != null && i.Status == InspectionStatus.Planned && i.Kind == InspectionKind.Regular && i.PlannedDate > today.AddDays(5))
            .OrderBy(i => i.PlannedDate).Select(i => new { i.Id, i.PlannedDate, i.SupervisorId }).FirstOrDefaultAsync());
        if (visit is null)
        {
            return default;
        }

        var busy = await _factory.ReadDatabaseAsync(db => db.Inspections.Where(i => i.SupervisorId == visit.SupervisorId && i.PlannedDate > today)
            .Select(i => i.PlannedDate).ToListAsync());
        var moved = Enumerable.Range(1, 30).Select(d => visit.PlannedDate.AddDays(d)).First(d => SupervisorCalendar.IsWorkingDay(d) && !busy.Contains(d));
        await _admin.PostJsonAsync($"/api/inspections/{visit.Id}/reschedule", new { plannedDate = moved });
        return (visit.Id, moved);
    }

    private Task<bool> VisitDueAsync(DateOnly today) =>
        _factory.ReadDatabaseAsync(db => db.Inspections.AnyAsync(
            i => i.Kind == InspectionKind.Regular && i.Status == InspectionStatus.Planned && i.PlannedDate <= today));

    /// <summary>
    /// Stops the host with the day's work recorded in the job outbox as a crash would leave it: committed, never
    /// run (the in-memory job storage lost it). A visit is carried out up to its submission, which asks for its
    /// evaluation; the day's planner and reminders are asked for; each job twice. A new host on the same database
    /// must do the work, once.
    /// </summary>
    private async Task<Restart> RestartWithWorkPendingAsync(DateOnly today)
    {
        var at = _clock.GetUtcNow().UtcDateTime;
        List<PendingJob> recorded;
        Guid visitId;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem("planner test");
            var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
            var visit = await db.Inspections.Include(i => i.Facility).Include(i => i.RuleSetVersion).Include(i => i.Answers).Include(i => i.Residents).ThenInclude(r => r.Answers)
                .Include(i => i.Census).Include(i => i.Findings).AsSplitQuery()
                .Where(i => i.Kind == InspectionKind.Regular && i.Status == InspectionStatus.Planned && i.PlannedDate <= today)
                .OrderBy(i => i.PlannedDate).FirstAsync();
            var evaluator = scope.ServiceProvider.GetRequiredService<InspectionEvaluator>();
            DemoData.RunVisit(db, visit, await evaluator.PreviousAsync(visit, CancellationToken.None), scope.ServiceProvider.GetRequiredService<RuleSetLibrary>(), evaluator,
                today, new Random(today.DayNumber), quality: 0.97, residents: 8, closeWithPlan: true, issueReport: true, close: false, stopAtSubmit: true);
            visit.RequestEvaluation(at);
            visitId = visit.Id;
            var cycles = await db.Cycles.Where(c => c.PeriodEnd >= today && c.PeriodStart <= today.AddYears(1)).Select(c => c.Id).ToListAsync();
            recorded = [];
            for (var twice = 0; twice < 2; twice++)
            {
                recorded.AddRange(cycles.Select(cycle => Record<CyclePlanner>(planner => planner.PlanCycleAsync(cycle, today, CancellationToken.None), at)));
                recorded.Add(Record<CorrectionReminders>(reminders => reminders.RemindAsync(today, CancellationToken.None), at));
                recorded.Add(Record<EvaluationJob>(job => job.EvaluateAsync(visitId, CancellationToken.None), at));
            }

            // Added to the table, not through the outbox: nothing is handed to the job server before it stops.
            db.PendingJobs.AddRange(recorded);
            await db.SaveChangesAsync();
        }

        var before = _factory;
        before.KeepDataFolder = true;
        var authorization = _admin.DefaultRequestHeaders.Authorization;
        _admin.Dispose();
        before.Dispose();

        _factory = new InspectionApiFactory(before.DataFolder) { TestServices = services => services.AddSingleton<TimeProvider>(_clock) };
        _factory.Settings["Jobs:SchedulePollingInterval"] = "00:00:01";
        _factory.Settings["Jobs:RetryDelaysInSeconds:0"] = "1";
        _factory.AdoptSignIns(before);
        _admin = _factory.CreateClient();
        _admin.DefaultRequestHeaders.Authorization = authorization;
        await JobsTestHost.UntilAsync(async () => await _factory.PendingJobsAsync() == 0, "the new host to run the work the old one left", seconds: 120);
        var pendingAfter = await _factory.PendingJobsAsync();

        // Whether the planner ran before or after the visit was evaluated decides whether it planned the visit after
        // it today or tomorrow; the rest of the estate must be planned and reminded in full already.
        var facility = await _factory.ReadDatabaseAsync(db => db.Inspections.Where(i => i.Id == visitId).Select(i => i.FacilityId).SingleAsync());
        var afterRecovery = await CountApartFromAsync(facility);
        await PlanAndRemindAsync(today);
        var afterRerun = await CountApartFromAsync(facility);

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem("planner test");
            var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
            var visit = await db.Inspections.Include(i => i.Facility).Include(i => i.Findings).SingleAsync(i => i.Id == visitId);
            DemoData.CompleteVisit(db, visit, today, closeWithPlan: true, close: false);
            await db.SaveChangesAsync();
        }

        var outcomes = await _factory.ReadDatabaseAsync(db => db.JobRuns.Where(r => r.StartedAt >= at).GroupBy(r => r.Outcome).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        await TestContext.Progress.WriteLineAsync(
            $"planner fast-forward: host stopped on {today:yyyy-MM-dd} with {recorded.Count} jobs recorded, none run; the next host's runs: {string.Join(", ", outcomes.Select(o => $"{o.Count} {o.Key}"))}");
        return new Restart(at, visitId, [.. recorded.Select(r => new RecordedJob(r.Job, Arguments(r)))], pendingAfter, afterRecovery, afterRerun);

        static PendingJob Record<TJob>(System.Linq.Expressions.Expression<Func<TJob, Task>> call, DateTime at)
        {
            var job = Hangfire.Common.Job.FromExpression(call);
            return new PendingJob(JobArguments.Name(job), Hangfire.Storage.InvocationData.SerializeJob(job).SerializePayload(), at);
        }

        static string Arguments(PendingJob record) => JobArguments.ToJson(Hangfire.Storage.InvocationData.DeserializePayload(record.Invocation).DeserializeJob());
    }

    /// <summary>Inspections of other facilities than <paramref name="facility"/>, and notifications about none of its inspections.</summary>
    private Task<(int Inspections, int Notifications)> CountApartFromAsync(Guid facility) =>
        _factory.ReadDatabaseAsync(async db =>
        {
            var marks = (await db.Inspections.Where(i => i.FacilityId == facility).Select(i => i.Id).ToListAsync())
                .SelectMany(id => new[] { id.ToString("N"), id.ToString() }).ToList();
            var keys = await db.Notifications.Select(n => n.Key).ToListAsync();
            return (await db.Inspections.CountAsync(i => i.FacilityId != facility), keys.Count(k => !marks.Any(m => k.Contains(m, StringComparison.OrdinalIgnoreCase))));
        });

    private Task<(int Inspections, int Notifications)> CountAsync() =>
        _factory.ReadDatabaseAsync(async db => (await db.Inspections.CountAsync(), await db.Notifications.CountAsync()));

    private Task<List<PlannedVisitRow>> FullVisitsAsync() =>
        _factory.ReadDatabaseAsync(db => db.Inspections.AsNoTracking()
            .Where(i => (i.Kind == InspectionKind.Regular || i.Kind == InspectionKind.Unannounced) && i.Status != InspectionStatus.Cancelled)
            .Select(i => new PlannedVisitRow(i.Id, i.FacilityId, i.Kind, i.Status, i.PlannedDate, i.VisitDate, i.Rating, i.OverallScore, i.EvaluatedAt,
                i.FollowUpWithinDays, i.EscalateTo, i.FollowUpOfId, i.PlanningKey, i.SupervisorId))
            .ToListAsync());

    private sealed record RecordedJob(string Job, string Arguments);

    private sealed record Restart(
        DateTime At, Guid Visit, IReadOnlyList<RecordedJob> Recorded, int PendingAfter,
        (int Inspections, int Notifications) AfterRecovery, (int Inspections, int Notifications) AfterRerun);
}
