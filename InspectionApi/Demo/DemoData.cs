using System.Globalization;
using Inspection.Api.Access;
using Inspection.Api.Corrections;
using Inspection.Api.Cycles;
using Inspection.Api.Data;
using Inspection.Api.Facilities;
using Inspection.Api.Inspections;
using Inspection.Api.RuleSets;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;
using Microsoft.EntityFrameworkCore;
using InspectionEntity = Inspection.Api.Inspections.Inspection;

namespace Inspection.Api.Demo;

/// <summary>
/// Demo data for the embedded default: operators, about twenty facilities across the four service
/// types and three districts, a user for each role, and two past cycles of evaluated inspections
/// (answers generated deterministically, evaluated by the real Engine), plus inspections planned
/// for the coming months. Every screen and report has something real to show.
/// </summary>
public static class DemoData
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

        var versions = await db.RuleSetVersions.Where(v => v.Status == RuleSetStatus.Published).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var cycles = new[]
        {
            new InspectionCycle($"Annual cycle {today.Year - 1}", "all", new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31)),
            new InspectionCycle($"Annual cycle {today.Year}", "all", new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31)),
        };
        db.Cycles.AddRange(cycles);

        for (var f = 0; f < facilities.Count; f++)
        {
            var facility = facilities[f];
            var supervisor = supervisorIds[facility.District];
            for (var c = 0; c < cycles.Length; c++)
            {
                var date = cycles[c].PeriodStart.AddDays(30 + (f * 11 % 240));
                if (date >= today)
                {
                    date = today.AddDays(-10 - f);
                }

                var version = VersionFor(versions, facility.ServiceType, date);
                if (version is null)
                {
                    continue;
                }

                var inspection = new InspectionEntity(facility.Id, version.Id, f % 5 == 0 ? InspectionKind.Unannounced : InspectionKind.Regular, date, supervisor, cycles[c].Id, null, supervisor);
                db.Inspections.Add(inspection);
                inspection.Start(date);
                Answer(inspection, library.Get(version).RuleSet, new Random((f * 31) + c), quality: 0.9 + (0.09 * ((f * 7 + c * 3) % 10) / 10.0));
                inspection.AnswersChanged();
                var (ruleSet, compiled) = library.Get(version);
                var result = compiled.Evaluate(ResponseBuilder.Build(inspection, ruleSet, date));
                inspection.RecordEvaluation(result.Findings.Select(x => new FindingRecord(inspection.Id, x, FindingEvidence.ToJson(x))),
                    result.OverallScore, result.Rating?.Band.Code, date.ToDateTime(TimeOnly.MinValue).AddDays(3));
                inspection.MoveTo(c == 0 ? InspectionStatus.Closed : (f % 3) switch
                {
                    0 => InspectionStatus.ReportIssued,
                    1 => InspectionStatus.Evaluated,
                    _ => InspectionStatus.Closed,
                });
                if (c == 0)
                {
                    var plan = new CorrectionPlan(inspection.Id);
                    plan.ReplaceActions(inspection.Findings.Where(x => x.IsDeficiency).Select(x =>
                        new CorrectionAction(x.Id, $"Corrective action for {x.StandardCode}", "Facility director", date.AddDays(60))));
                    plan.Submit();
                    plan.Review(approved: true, "Approved");
                    db.CorrectionPlans.Add(plan);
                }
            }

            // Coming visits: a regular one, and (for some facilities) an unannounced one providers must never see.
            var upcoming = VersionFor(versions, facility.ServiceType, today.AddDays(30));
            if (upcoming is not null)
            {
                db.Inspections.Add(new InspectionEntity(facility.Id, upcoming.Id, f % 4 == 0 ? InspectionKind.Unannounced : InspectionKind.Regular,
                    today.AddDays(14 + f), supervisor, cycles[1].Id, null, supervisor));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static RuleSetVersion? VersionFor(List<RuleSetVersion> versions, string serviceType, DateOnly date) =>
        versions.Where(v => v.ServiceType == serviceType && v.EffectiveFrom <= date).MaxBy(v => v.EffectiveFrom)
        ?? versions.Where(v => v.ServiceType == serviceType).MinBy(v => v.EffectiveFrom);

    /// <summary>Plausible answers: mostly good practice (<paramref name="quality"/> of the time), deterministic for a seed.</summary>
    private static void Answer(InspectionEntity inspection, RuleSet ruleSet, Random random, double quality)
    {
        var date = inspection.VisitDate ?? inspection.PlannedDate;
        foreach (var question in ruleSet.Questions.Where(q => q.Unit == Level.Institution))
        {
            inspection.SetAnswer(question.Code, AnswerJson.Write(Value(question, random, quality, date)));
        }

        for (var r = 0; r < 8; r++)
        {
            var resident = inspection.Resident($"R{r + 1:D2}-{random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture)}");
            foreach (var question in ruleSet.Questions.Where(q => q.Unit == Level.Resident))
            {
                resident.SetAnswer(question.Code, AnswerJson.Write(Value(question, random, quality, date)));
            }
        }
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
}
