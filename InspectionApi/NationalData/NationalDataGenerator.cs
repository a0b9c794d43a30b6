using Inspection.Api.Access;
using Inspection.Api.Cycles;
using Inspection.Api.Data;
using Inspection.Api.Demo;
using Inspection.Api.Facilities;
using Inspection.Api.Inspections;
using Inspection.Api.Inspections.Answers;
using Inspection.Api.Inspections.Lifecycle;
using Inspection.Api.RuleSets;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.NationalData;

/// <summary>
/// Fills a database with a national picture for headquarters figures and their benchmark: operators and
/// facilities over the four service types and six districts, quarterly cycles, and in each cycle an
/// external inspection of every facility (some preceded by the provider's self-assessment), each taken
/// through the same aggregate methods the API uses (plan, start, answers with the tracer census, submit,
/// evaluate by the real Engine, report, close). Quality varies by operator, district and facility, and
/// moves over the cycles: some facilities improve, some decline. Deterministic for a seed.
/// </summary>
public sealed class NationalDataGenerator(RuleSetLibrary library, TimeProvider clock)
{
    public static readonly string[] Districts = ["north", "haifa", "center", "tel-aviv", "jerusalem", "south"];

    private const Role Seeder = Role.Administrator;

    private static readonly string[] Places =
    [
        "Carmel", "Galil", "Sharon", "Yarkon", "Ayalon", "Negev", "Arava", "Gilboa", "Tavor", "Hermon", "Modiin", "Shfela",
        "Kinneret", "Golan", "Ramot", "Ein Kerem", "Har Hatsofim", "Beersheba", "Ashdod", "Netanya",
    ];

    private static readonly double[] DistrictEffects = [-0.012, 0.004, 0.010, 0.008, -0.004, -0.015];

    private readonly Dictionary<string, RuleSetVersion> _latest = new(StringComparer.Ordinal);

    /// <summary>Generates into <paramref name="createContext"/>'s database, which must have the catalogs imported and no facilities yet.</summary>
    public async Task<NationalDataSummary> GenerateAsync(Func<InspectionDbContext> createContext, NationalDataOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(createContext);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var random = new Random(options.Seed);
        List<RuleSetVersion> published;
        List<(Facility Facility, double Quality, double Trend)> facilities;
        List<InspectionCycle> cycles;
        await using (var db = createContext())
        {
            if (await db.Facilities.AnyAsync(cancellationToken))
            {
                throw new InvalidOperationException("the database already has facilities; generate into a new database");
            }

            published = await db.RuleSetVersions.AsNoTracking().Where(v => v.Status == RuleSetStatus.Published).ToListAsync(cancellationToken);
            if (ServiceTypes.All.FirstOrDefault(t => published.All(v => v.ServiceType != t)) is { } missing)
            {
                throw new InvalidOperationException($"no published rule set for {missing}: import the catalogs first");
            }

            foreach (var latest in published.GroupBy(v => v.ServiceType).Select(g => g.OrderByDescending(v => v.EffectiveFrom).First()))
            {
                _latest[latest.ServiceType] = latest;
            }

            var operators = Enumerable.Range(0, Math.Max(4, options.Facilities / 50))
                .Select(i => (Operator: new Operator($"Operator {i + 1:D3}", $"58{i:D7}"), Effect: Normal(random, 0, 0.03)))
                .ToList();
            db.Operators.AddRange(operators.Select(o => o.Operator));
            db.Users.Add(new User("analyst", "HQ quality analyst", Role.Analyst, PasswordHasher.Hash(DemoData.Password)));

            facilities = [];
            for (var i = 0; i < options.Facilities; i++)
            {
                var serviceType = ServiceTypes.All[i % ServiceTypes.All.Count];
                var district = random.Next(Districts.Length);
                var owner = operators[random.Next(operators.Count)];
                var capacity = serviceType switch
                {
                    ServiceTypes.ElderlyCareHome => random.Next(20, 160),
                    ServiceTypes.YouthResidential => random.Next(12, 70),
                    ServiceTypes.DisabilityHostel => random.Next(10, 90),
                    _ => random.Next(10, 60),
                };
                var facility = new Facility($"{Places[i % Places.Length]} {Kind(serviceType)} {(i / Places.Length) + 1}", serviceType, Districts[district], Districts[district],
                    owner.Operator.Id, capacity, $"L-{i + 1:D5}", options.Until.AddYears(2));
                var quality = 0.95 + owner.Effect + DistrictEffects[district] + Normal(random, 0, 0.025);
                var trend = random.NextDouble() switch { < 0.3 => 0.01, < 0.5 => -0.01, _ => 0.0 };
                facilities.Add((facility, quality, trend));
            }

            db.Facilities.AddRange(facilities.Select(f => f.Facility));
            cycles = Quarters(options.Until, options.Cycles)
                .SelectMany(q => ServiceTypes.All.Select(t => new InspectionCycle($"{q.Start:yyyy} Q{((q.Start.Month - 1) / 3) + 1}: {t}", t, q.Start, q.End)))
                .ToList();
            db.Cycles.AddRange(cycles);
            await db.SaveChangesAsync(cancellationToken);
        }

        // Each external visit is evaluated against the facility's previous one (the catalogs' consequences
        // read its deficiencies), as the API does; the evaluator's own database look-up is not needed.
        await using var evaluatorDb = createContext();
        var evaluator = new InspectionEvaluator(library, evaluatorDb, clock);
        var previousVisit = new Dictionary<Guid, FacilityInspection>();
        var summary = new NationalDataSummary(facilities.Count, cycles.Count, 0, 0);
        var pending = new List<FacilityInspection>();
        var started = DateTime.UtcNow;
        var saving = new System.Diagnostics.Stopwatch();
        foreach (var (cycle, index) in cycles.GroupBy(c => c.PeriodStart).OrderBy(g => g.Key).SelectMany((g, i) => g.Select(c => (c, i))))
        {
            var last = index == options.Cycles - 1;
            foreach (var (facility, baseQuality, trend) in facilities.Where(f => f.Facility.ServiceType == cycle.ServiceType))
            {
                var facilityRandom = new Random(HashCode.Combine(options.Seed, facility.LicenceNumber, index));
                var firstDay = Max(cycle.PeriodStart, published.Where(v => v.ServiceType == facility.ServiceType).Min(v => v.EffectiveFrom));
                var lastDay = Min(cycle.PeriodEnd, options.Until);
                if (lastDay < firstDay)
                {
                    continue;
                }

                var date = firstDay.AddDays(facilityRandom.Next(lastDay.DayNumber - firstDay.DayNumber + 1));
                var quality = Math.Clamp(baseQuality + (trend * index) + Normal(facilityRandom, 0, 0.01), 0.55, 0.995);
                var answerSeed = facilityRandom.Next();
                var census = Census(facility, facilityRandom);
                if (facilityRandom.NextDouble() < options.SelfAssessmentShare)
                {
                    var selfDate = Max(cycle.PeriodStart, date.AddDays(-facilityRandom.Next(5, 40)));
                    if (selfDate >= firstDay && Visit(facility, InspectionKind.SelfAssessment, selfDate, published, cycle, evaluator, null, answerSeed,
                        Math.Clamp(quality + Normal(facilityRandom, 0.03, 0.03), 0.55, 0.999), census, options.SampledResidents, close: true) is { } self)
                    {
                        pending.Add(self);
                        summary = summary with { SelfAssessments = summary.SelfAssessments + 1 };
                    }
                }

                var kind = facilityRandom.NextDouble() < 0.1 ? InspectionKind.Unannounced : InspectionKind.Regular;
                if (Visit(facility, kind, date, published, cycle, evaluator, previousVisit.GetValueOrDefault(facility.Id), answerSeed, quality, census,
                    options.SampledResidents, close: !last) is { } inspection)
                {
                    previousVisit[facility.Id] = inspection;
                    pending.Add(inspection);
                    summary = summary with { Inspections = summary.Inspections + 1 };
                }

                if (pending.Count >= options.BatchSize)
                {
                    saving.Start();
                    await SaveAsync(createContext, pending, cancellationToken);
                    saving.Stop();
                }
            }

            saving.Start();
            await SaveAsync(createContext, pending, cancellationToken);
            saving.Stop();
            await log.WriteLineAsync($"  {cycle.Name}: done ({summary.Inspections} inspections, {summary.SelfAssessments} self-assessments so far, " +
                $"{(DateTime.UtcNow - started).TotalSeconds:F0} s, of which {saving.Elapsed.TotalSeconds:F0} s saving)");
        }

        return summary;
    }

    /// <summary>The last <paramref name="count"/> calendar quarters up to the one holding <paramref name="until"/>.</summary>
    public static List<(DateOnly Start, DateOnly End)> Quarters(DateOnly until, int count)
    {
        var start = new DateOnly(until.Year, (((until.Month - 1) / 3) * 3) + 1, 1);
        return [.. Enumerable.Range(0, count).Select(i => start.AddMonths(-3 * (count - 1 - i))).Select(s => (s, s.AddMonths(3).AddDays(-1)))];
    }

    private FacilityInspection? Visit(
        Facility facility, InspectionKind kind, DateOnly date, List<RuleSetVersion> published, InspectionCycle cycle, InspectionEvaluator evaluator,
        FacilityInspection? previous, int answerSeed, double quality, Dictionary<string, double> census, int sampled, bool close)
    {
        var (inspection, refusal) = FacilityInspection.Plan(facility, kind, date, published, null, kind == InspectionKind.SelfAssessment ? null : cycle, null, Guid.Empty);
        if (refusal is not null)
        {
            return null;
        }

        var at = date.ToDateTime(new TimeOnly(9, 0));
        var (ruleSet, compiled) = library.Get(inspection!.RuleSetVersion!);
        if (kind != InspectionKind.SelfAssessment)
        {
            Expect(inspection.Apply(LifecycleAction.Start, Seeder, at).Refusal, facility, "start");
        }

        var answers = Answers(ruleSet, facility, new Random(answerSeed), quality, date, census, sampled);
        Expect(inspection.ApplyAnswers(answers, compiled, Seeder, at).Refusal, facility, "answer");
        Expect(inspection.Submit(Seeder, evaluator.Evaluate(inspection, previous), acceptIncomplete: true).Refusal, facility, "submit");
        Expect(inspection.Evaluate(Seeder, evaluator.Evaluate(inspection, previous), at.AddDays(2)).Refusal, facility, "evaluate");
        if (kind != InspectionKind.SelfAssessment)
        {
            Expect(inspection.Apply(LifecycleAction.IssueReport, Seeder, at.AddDays(7)).Refusal, facility, "issue the report");
        }

        if (close)
        {
            Expect(inspection.Apply(LifecycleAction.Close, Seeder, at.AddDays(60)).Refusal, facility, "close");
        }

        return inspection;
    }

    /// <summary>The demo data's plausible answers, with the head count of the day and the tracer census added.</summary>
    private static AnswerChanges Answers(RuleSet ruleSet, Facility facility, Random random, double quality, DateOnly date, Dictionary<string, double> census, int sampled)
    {
        var answers = DemoData.Answers(ruleSet, random, quality, date, sampled);
        var headCountQuestion = ruleSet.Questions.FirstOrDefault(q => q.Unit == Level.Institution && q.Code is "resident_count" or "children_count");
        var residents = (int)Math.Round(facility.Capacity * (0.8 + (0.2 * random.NextDouble())));
        var institution = answers.Institution
            .Select(a => a.QuestionCode == headCountQuestion?.Code ? a with { Value = AnswerValue.Number(residents) } : a)
            .ToList();
        var counts = ruleSet.Tracers.ToDictionary(t => t.Code, t => (int?)(int)Math.Round(residents * census.GetValueOrDefault(t.Code, 0.1)), StringComparer.Ordinal);
        return answers with { Institution = institution, Residents = [.. answers.Residents.Take(sampled)], Census = counts };
    }

    /// <summary>A facility's case mix: the share of its residents with each tracer, the same in every cycle give or take.</summary>
    private Dictionary<string, double> Census(Facility facility, Random random)
    {
        var ruleSet = library.Get(LatestVersion(facility.ServiceType)).RuleSet;
        return ruleSet.Tracers.ToDictionary(t => t.Code, t => Math.Clamp(0.05 + (0.35 * new Random(HashCode.Combine(facility.LicenceNumber, t.Code)).NextDouble()) + Normal(random, 0, 0.02), 0, 1),
            StringComparer.Ordinal);
    }

    private RuleSetVersion LatestVersion(string serviceType) => _latest.TryGetValue(serviceType, out var version) ? version
        : throw new InvalidOperationException($"no published rule set for {serviceType}");

    private static async Task SaveAsync(Func<InspectionDbContext> createContext, List<FacilityInspection> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        await using var db = createContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var inspection in pending)
        {
            // The facility and rule-set version are stored already: attach them as they are.
            db.Attach(inspection.Facility!);
            db.Attach(inspection.RuleSetVersion!);
            db.Inspections.Add(inspection);
        }

        await BulkInsert.SaveAddedAsync(db, cancellationToken);
        pending.Clear();
    }

    private static void Expect(Refusal? refusal, Facility facility, string step)
    {
        if (refusal is not null)
        {
            throw new InvalidOperationException($"generated data for {facility.Name}: could not {step}: {refusal.Message}");
        }
    }

    private static string Kind(string serviceType) => serviceType switch
    {
        ServiceTypes.ElderlyCareHome => "Care Home",
        ServiceTypes.YouthResidential => "Youth Village",
        ServiceTypes.DisabilityHostel => "Hostel",
        _ => "Recovery Community",
    };

    private static double Normal(Random random, double mean, double deviation) =>
        mean + (deviation * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
