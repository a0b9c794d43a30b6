using System.Globalization;
using System.Text.RegularExpressions;
using Inspection.Api.Access;
using Inspection.Api.Corrections;
using Inspection.Api.Cycles;
using Inspection.Api.Data;
using Inspection.Api.Facilities;
using Inspection.Api.Inspections;
using Inspection.Api.Inspections.Answers;
using Inspection.Api.Inspections.Lifecycle;
using Inspection.Api.RuleSets;
using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Demo;

/// <summary>
/// Demo data for the embedded default: operators, about twenty facilities across the four service
/// types and three districts, a user for each role, an annual cycle per service type for last year,
/// this year and next, and the past cycles' inspections (answers generated deterministically, taken
/// through the same aggregate methods the API uses and evaluated by the real Engine), plus visits
/// planned for the coming weeks. Seeded data obeys the API's rules: every inspection uses the
/// rule-set version in force on its date, inside a cycle of its facility's service type.
/// </summary>
public static partial class DemoData
{
    /// <summary>The demo password of every demo user (printed on first run; never for production).</summary>
    public const string Password = "demo1234";

    public static readonly string[] Districts = ["north", "center", "jerusalem"];

    /// <summary>The demo users: user name, role, display name, district, operator index.</summary>
    public static readonly (string UserName, Role Role, string DisplayName, string? District, int? Operator)[] Users =
    [
        ("admin", Role.Administrator, "System administrator", null, null),
        ("analyst", Role.Analyst, "HQ quality analyst", null, null),
        ("author", Role.CatalogAuthor, "Standards author", null, null),
        ("supervisor.north", Role.Supervisor, "Supervisor, northern district", "north", null),
        ("supervisor.center", Role.Supervisor, "Supervisor, central district", "center", null),
        ("supervisor.jerusalem", Role.Supervisor, "Supervisor, Jerusalem district", "jerusalem", null),
        ("provider.shalom", Role.Provider, "Beit Shalom Association (provider)", null, 0),
        ("provider.nitzan", Role.Provider, "Nitzan Care (provider)", null, 1),
        ("provider.keshet", Role.Provider, "Keshet Community Services (provider)", null, 2),
    ];

    private const Role Seeder = Role.Administrator;

    private static readonly (string Name, string Number)[] Operators =
    [
        ("Beit Shalom Association", "580012345"),
        ("Nitzan Care Ltd", "514987321"),
        ("Keshet Community Services", "580765432"),
        ("Or Hadash Foundation", "580334455"),
        ("Maof Social Enterprises", "515667788"),
    ];

    private static readonly string[] Regions = ["Haifa", "Tel Aviv", "Jerusalem"];

    private static readonly string[] Places = ["Carmel", "Galil", "Sharon", "Yarkon", "Ayalon", "Har Hatsofim", "Ein Kerem"];

    public static async Task SeedAsync(InspectionDbContext db, RuleSetLibrary library, TimeProvider clock, CancellationToken cancellationToken)
    {
        var operators = Operators.Select(o => new Operator(o.Name, o.Number)).ToList();
        db.Operators.AddRange(operators);
        db.Users.AddRange(Users.Select(u => new User(u.UserName, u.DisplayName, u.Role, PasswordHasher.Hash(Password),
            u.Operator is { } index ? operators[index].Id : null, u.District)));

        var facilities = new List<Facility>();
        var serviceTypes = ServiceTypes.All;
        for (var i = 0; i < 20; i++)
        {
            var serviceType = serviceTypes[i % serviceTypes.Count];
            var district = Districts[i % Districts.Length];
            var kind = serviceType switch
            {
                ServiceTypes.ElderlyCareHome => "Care Home",
                ServiceTypes.YouthResidential => "Youth Village",
                ServiceTypes.DisabilityHostel => "Hostel",
                _ => "Recovery Community",
            };
            facilities.Add(new Facility($"{Places[i % Places.Length]} {kind} {(i / 4) + 1}", serviceType, Regions[i % Regions.Length], district,
                operators[i % operators.Count].Id, 20 + (i * 7 % 60), $"L-{2024 + (i % 3)}-{1000 + i}", new DateOnly(2027, 1 + (i % 12), 1)));
        }

        db.Facilities.AddRange(facilities);
        await db.SaveChangesAsync(cancellationToken);
        var supervisorIds = await db.Users.Where(u => u.Role == Role.Supervisor).ToDictionaryAsync(u => u.District!, u => u.Id, cancellationToken);
        var published = await db.RuleSetVersions.Where(v => v.Status == RuleSetStatus.Published).ToListAsync(cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var years = new[] { today.Year - 1, today.Year, today.Year + 1 };
        var cycles = years
            .SelectMany(year => serviceTypes.Select(type => new InspectionCycle($"Annual cycle {year}: {type}", type, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))))
            .ToList();
        db.Cycles.AddRange(cycles);
        InspectionCycle CycleOf(string serviceType, DateOnly date) => cycles.Single(c => c.ServiceType == serviceType && c.PeriodStart <= date && date <= c.PeriodEnd);

        var evaluator = new InspectionEvaluator(library, db, clock);
        for (var f = 0; f < facilities.Count; f++)
        {
            var facility = facilities[f];
            var supervisor = supervisorIds[facility.District];
            FacilityInspection? previous = null;
            for (var y = 0; y < 2; y++)
            {
                // A visit some months into the year, on or after the day the service type's first rule set came into force.
                var firstInForce = published.Where(v => v.ServiceType == facility.ServiceType).Min(v => v.EffectiveFrom);
                var date = new DateOnly(years[y], 1, 1).AddDays(30 + (f * 11 % 240));
                date = date < firstInForce ? firstInForce.AddDays(14 + f) : date;
                date = date >= today ? today.AddDays(-10 - f) : date;
                if (date.Year != years[y] || date < firstInForce)
                {
                    continue;
                }

                var (inspection, refusal) = FacilityInspection.Plan(facility, f % 5 == 0 ? InspectionKind.Unannounced : InspectionKind.Regular, date,
                    published, null, CycleOf(facility.ServiceType, date), supervisor, supervisor);
                Expect(refusal, facility, "plan");
                db.Inspections.Add(inspection!);

                // Part of the story: a few of this year's visits were cut short with two residents sampled where the
                // census counts more, and were submitted as they stood: they are not rated, for insufficient evidence.
                var cutShort = y == 1 && f % 6 == 4;
                RunVisit(db, inspection!, previous, library, evaluator, date, new Random((f * 31) + y), quality: 0.93 + (0.06 * ((f * 7 + y * 3) % 10) / 10.0),
                    residents: cutShort ? 2 : 8, closeWithPlan: y == 0, issueReport: y == 0 || f % 3 != 1, close: y == 0 || f % 3 == 2);
                previous = inspection;
            }

            // Coming visits: a regular one, and (for some facilities) an unannounced one providers must never see.
            var upcoming = today.AddDays(14 + f);
            var (planned, notPlanned) = FacilityInspection.Plan(facility, f % 4 == 0 ? InspectionKind.Unannounced : InspectionKind.Regular, upcoming,
                published, null, CycleOf(facility.ServiceType, upcoming), supervisor, supervisor);
            if (notPlanned is null)
            {
                db.Inspections.Add(planned!);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// A whole visit through the aggregate: start, answers and the tracer census, submit, evaluate (against
    /// the facility's <paramref name="previous"/> visit), and on to the report, the plan and closing; or, when
    /// <paramref name="stopAtSubmit"/>, up to the submission (its evaluation left to the job it asks for).
    /// </summary>
    internal static void RunVisit(
        InspectionDbContext db, FacilityInspection inspection, FacilityInspection? previous, RuleSetLibrary library, InspectionEvaluator evaluator,
        DateOnly date, Random random, double quality, int residents, bool closeWithPlan, bool issueReport, bool close, bool stopAtSubmit = false)
    {
        var at = date.ToDateTime(new TimeOnly(9, 0));
        var (ruleSet, compiled) = library.Get(inspection.RuleSetVersion!);
        Expect(inspection.Apply(LifecycleAction.Start, Seeder, at).Refusal, inspection.Facility!, "start");
        Expect(inspection.ApplyAnswers(Answers(ruleSet, random, quality, date, residents), compiled, Seeder, at).Refusal, inspection.Facility!, "answer");
        var census = Census(compiled.PlanSample(inspection.ToResponse(ruleSet, date)), random, residents);
        Expect(inspection.ApplyAnswers(new AnswerChanges(inspection.AnswersVersion, [], [], [], census), compiled, Seeder, at).Refusal, inspection.Facility!, "record the census");
        Expect(inspection.Submit(Seeder, evaluator.Evaluate(inspection, previous), acceptIncomplete: true).Refusal, inspection.Facility!, "submit");
        if (stopAtSubmit)
        {
            return;
        }

        Expect(inspection.Evaluate(Seeder, evaluator.Evaluate(inspection, previous), at.AddDays(3)).Refusal, inspection.Facility!, "evaluate");
        if (issueReport)
        {
            CompleteVisit(db, inspection, date, closeWithPlan, close);
        }
    }

    /// <summary>An evaluated visit on from its report: the report, the provider's correction plan approved, and closing.</summary>
    internal static void CompleteVisit(InspectionDbContext db, FacilityInspection inspection, DateOnly date, bool closeWithPlan, bool close)
    {
        var at = date.ToDateTime(new TimeOnly(9, 0));
        Expect(inspection.Apply(LifecycleAction.IssueReport, Seeder, at.AddDays(7)).Refusal, inspection.Facility!, "issue the report");
        var deficiencies = inspection.Findings.Where(x => x.IsOpenDeficiency).ToList();
        if (closeWithPlan && deficiencies.Count > 0)
        {
            var plan = new CorrectionPlan(inspection.Id, PlanPurpose.Correction);
            plan.ReplaceActions(deficiencies.Select(x => new CorrectionAction(x.Id, $"Corrective action for {x.StandardCode}", "Facility director", date.AddDays(60))));
            Expect(inspection.SubmitCorrectionPlan(Seeder, [.. deficiencies.Select(x => x.Id)]).Refusal, inspection.Facility!, "submit the correction plan");
            plan.Submit();
            Expect(inspection.ReviewCorrectionPlan(Seeder, approve: true).Refusal, inspection.Facility!, "approve the correction plan");
            plan.Review(approved: true, "Approved");
            db.CorrectionPlans.Add(plan);
        }

        if (close)
        {
            Expect(inspection.Apply(LifecycleAction.Close, Seeder, at.AddDays(90)).Refusal, inspection.Facility!, "close");
        }
    }

    private static void Expect(Refusal? refusal, Facility facility, string step)
    {
        if (refusal is not null)
        {
            throw new InvalidOperationException($"demo data for {facility.Name}: could not {step}: {refusal.Message}");
        }
    }

    /// <summary>
    /// The visit's tracer census, from the sampling plan of the answers as they stand (no census yet): where
    /// the sample has as many residents with a tracer as its standards need, a few more live there than were
    /// sampled; where it has fewer, every resident with it was sampled (the sample is the whole population).
    /// A visit cut short (two residents sampled where eight are) counts the residents it did not sample.
    /// </summary>
    private static Dictionary<string, int?> Census(IReadOnlyList<TracerSample> plan, Random random, int residents) =>
        plan.ToDictionary(
            t => t.Tracer,
            t => (int?)(residents < 8 ? t.Sampled + 6 : t.Sampled >= t.Required ? t.Sampled + random.Next(0, 6) : t.Sampled),
            StringComparer.Ordinal);

    /// <summary>Plausible answers for <paramref name="residentCount"/> sampled residents: mostly good practice (<paramref name="quality"/> of the time), deterministic for a seed.</summary>
    internal static AnswerChanges Answers(RuleSet ruleSet, Random random, double quality, DateOnly date, int residentCount)
    {
        // Yes-no questions that rules read negated ("!q.hazards_found") are good when answered no.
        var goodWhenNo = ruleSet.Standards.SelectMany(s => NegatedAnswer().Matches(s.Rule).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        // Dates are good when as recent (or, for "more than N days ago", as old) as the rules ask.
        var recency = ruleSet.Standards.SelectMany(s => DaysSinceBound().Matches(s.Rule))
            .GroupBy(m => m.Groups[1].Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => (After: m.Groups[2].Value.StartsWith('>'), Days: int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture))).ToList(), StringComparer.Ordinal);
        // Numbers are good inside the bounds the rules compare them with ("r.school_attendance_pct >= 85").
        var bars = ruleSet.Standards.SelectMany(s => NumberBound().Matches(s.Rule))
            .GroupBy(m => m.Groups[1].Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (
                Low: g.Where(m => m.Groups[2].Value is ">=" or ">" or "==").Select(m => Bound(m, -1)).DefaultIfEmpty(decimal.MinValue).Max(),
                High: g.Where(m => m.Groups[2].Value is "<=" or "<" or "==").Select(m => Bound(m, +1)).DefaultIfEmpty(decimal.MaxValue).Min()),
                StringComparer.Ordinal);
        AnswerValue Answer(Question q)
        {
            if (q.Type == QuestionType.YesNo && goodWhenNo.Contains(q.Code))
            {
                return AnswerValue.YesNo(random.NextDouble() >= quality);
            }

            if (q.Type == QuestionType.Date && recency.TryGetValue(q.Code, out var bounds))
            {
                var good = random.NextDouble() < quality;
                var within = bounds.Where(b => !b.After).Select(b => b.Days).DefaultIfEmpty(int.MaxValue).Min();
                var beyond = bounds.Where(b => b.After).Select(b => b.Days).DefaultIfEmpty(0).Max();
                var daysAgo = good
                    ? beyond > 0 ? beyond + random.Next(10, 400) : random.Next(0, Math.Min(within, 30) + 1)
                    : beyond > 0 ? random.Next(0, beyond) : within + random.Next(5, 200);
                return AnswerValue.Date(date.AddDays(-daysAgo));
            }

            // Head counts stay modest, so that staffing rules comparing hours or staff with them can be met.
            if (q.Type == QuestionType.Number && q.Max is null && q.Code.EndsWith("_count", StringComparison.Ordinal))
            {
                return AnswerValue.Number(random.Next(8, 25));
            }

            if (q.Type is QuestionType.Number or QuestionType.Scale && bars.TryGetValue(q.Code, out var limits))
            {
                return Number(q, limits, random.NextDouble() < quality, random);
            }

            return Value(q, random, quality, date);
        }
        var institution = ruleSet.Questions.Where(q => q.Unit == Level.Institution)
            .Select(q => new AnswerChange(q.Code, Answer(q), $"answers.{q.Code}"))
            .ToList();
        var residents = Enumerable.Range(0, residentCount).Select(r =>
        {
            var code = $"R{r + 1:D2}-{random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture)}";
            var answers = ruleSet.Questions.Where(q => q.Unit == Level.Resident)
                .Select(q => new AnswerChange(q.Code, Answer(q), $"residents[{r}].answers.{q.Code}"))
                .ToList();
            return new ResidentChange(code, null, answers, $"residents[{r}]");
        }).ToList();
        return new AnswerChanges(0, institution, residents, [], new Dictionary<string, int?>());
    }

    /// <summary>The smallest (or largest) whole number a comparison lets through: "x &gt; 3" gives 4, "x &gt;= 3" and "x == 3" give 3.</summary>
    private static decimal Bound(Match comparison, int towards)
    {
        var value = decimal.Parse(comparison.Groups[3].Value, CultureInfo.InvariantCulture);
        return comparison.Groups[2].Value is ">" or "<" ? value - towards : value;
    }

    /// <summary>A number inside (good) or outside (bad) the bounds the rules set, within the question's range.</summary>
    private static AnswerValue Number(Question question, (decimal Low, decimal High) bounds, bool good, Random random)
    {
        var min = question.Min ?? Math.Min(0, bounds.Low == decimal.MinValue ? 0 : bounds.Low - 10);
        var max = question.Max ?? Math.Max(min + 40, bounds.High == decimal.MaxValue ? min + 40 : bounds.High + 10);
        var low = Math.Max(min, bounds.Low == decimal.MinValue ? min : bounds.Low);
        var high = Math.Min(max, bounds.High == decimal.MaxValue ? max : bounds.High);
        (low, high) = good || (low <= min && high >= max) ? (low, high)
            : low > min ? (min, low - 1)
            : (high + 1, max);
        var value = Math.Round(low + ((high - low) * (decimal)random.NextDouble()));
        return AnswerValue.Number(Math.Clamp(value, min, max));
    }

    private static AnswerValue Value(Question question, Random random, double quality, DateOnly date)
    {
        var good = random.NextDouble() < quality;
        switch (question.Type)
        {
            case QuestionType.YesNo:
                return AnswerValue.YesNo(good);
            case QuestionType.Date:
                return AnswerValue.Date(date.AddDays(-(good ? random.Next(1, 60) : random.Next(120, 500))));
            case QuestionType.Choice:
                return AnswerValue.Choice(question.Options[good ? 0 : random.Next(question.Options.Count)].Value);
            case QuestionType.MultiChoice:
                return AnswerValue.Choices([.. question.Options.Where(_ => good || random.NextDouble() < 0.5).Select(o => o.Value)]);
            case QuestionType.Text:
                return AnswerValue.Text("—");
            default:
                var min = question.Min ?? 0;
                var max = question.Max ?? Math.Max(min + 10, 40);
                var value = good ? max - ((max - min) * (decimal)random.NextDouble() * 0.3m) : min + ((max - min) * (decimal)random.NextDouble() * 0.5m);
                return AnswerValue.Number(question.Type == QuestionType.Scale ? Math.Round(value) : Math.Round(value, 1));
        }
    }

    [GeneratedRegex(@"\b[qr]\.([a-z0-9_]+)\s*(>=|>|<=|<|==)\s*(-?[0-9]+(?:\.[0-9]+)?)")]
    private static partial Regex NumberBound();

    [GeneratedRegex(@"DaysSince\([qr]\.([a-z0-9_]+)\)\s*(<=|<|>=|>)\s*([0-9]+)")]
    private static partial Regex DaysSinceBound();

    [GeneratedRegex(@"!\s*[qr]\.([a-z0-9_]+)")]
    private static partial Regex NegatedAnswer();
}
