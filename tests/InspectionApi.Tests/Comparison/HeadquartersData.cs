using System.Net.Http.Json;
using System.Text.Json;
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
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Api.Tests.Comparison;

/// <summary>
/// A national picture small enough to compute every headquarters figure by hand, stored through the
/// inspection aggregate and evaluated by the real Engine against <c>hq-test.yaml</c> (domains safety,
/// weight 2: SAF-01 major and SAF-02 minor; care, weight 1: CAR-01 minor and CAR-02 resident-level on
/// tracer t1, bar 0.5; every standard weight 1, every institution standard scope isolated).
///
/// Facilities (elderly care homes): F1 north/operator A/20 places, F2 north/B/50, F3 center/A/100,
/// F4 center/B/25. Cycles C0 (2025 Q4), C1 (2026 Q1), C2 (2026 Q2). Answers (s1, s2, c1; residents with
/// t1 and a plan):
///   C0: F1 yes,no,yes + plan (score 2/3); F3 no,no,yes, no resident (1/3).
///   C1: F1 all yes + plan (1); F2 yes,no,yes, a resident with t1 whose plan is not known, so CAR-02 is incomplete (2/3, not rated: coverage 0.75); F3 all no + no plan (0); F4 yes,yes,no + plan (5/6).
///   C2: F1 yes,no,yes + plan (2/3).
/// Self-assessments in C1's period: F1 (yes,no,yes + plan), F3 (all yes + plan, perfect), F4 (yes,no,no + plan).
/// Census of C1: F1 5 of 20 residents, F2 10 of 40, F3 8 of 80, F4 5 and no head count (capacity 25 stands in).
/// </summary>
public sealed class HeadquartersData : IDisposable
{
    private readonly string _catalog = Path.Combine(Path.GetTempPath(), "hq-catalog-" + Guid.NewGuid().ToString("N"));

    private HeadquartersData()
    {
        Directory.CreateDirectory(_catalog);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Comparison", "hq-test.yaml"), Path.Combine(_catalog, "hq-test.yaml"));
        Factory = new InspectionApiFactory();
        Factory.Settings["Inspection:SeedDemoData"] = "false";
        Factory.Settings["Inspection:CatalogFolder"] = _catalog;
    }

    public InspectionApiFactory Factory { get; }

    public Guid OperatorA { get; private set; }

    public Guid OperatorB { get; private set; }

    public Dictionary<string, Guid> Facilities { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Guid> Cycles { get; } = new(StringComparer.Ordinal);

    /// <summary>Official inspections by "F1/C1".</summary>
    public Dictionary<string, Guid> Inspections { get; } = new(StringComparer.Ordinal);

    /// <summary>Self-assessments by facility.</summary>
    public Dictionary<string, Guid> SelfAssessments { get; } = new(StringComparer.Ordinal);

    public Guid PublishedVersion { get; private set; }

    public static async Task<HeadquartersData> CreateAsync()
    {
        var data = new HeadquartersData();
        await data.SeedAsync();
        return data;
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue($"GET {url} answered {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public async Task<HttpClient> ClientAsync(string userName) => await Factory.ClientAsAsync(userName);

    public void Dispose()
    {
        Factory.Dispose();
        Directory.Delete(_catalog, recursive: true);
    }

    private async Task SeedAsync()
    {
        _ = Factory.Server;
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem("test");
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        var library = scope.ServiceProvider.GetRequiredService<RuleSetLibrary>();
        var published = await db.RuleSetVersions.ToListAsync();
        PublishedVersion = published.Single().Id;

        var a = new Operator("Operator A", "580000001");
        var b = new Operator("Operator B", "580000002");
        db.Operators.AddRange(a, b);
        (OperatorA, OperatorB) = (a.Id, b.Id);
        var hash = PasswordHasher.Hash(DemoData.Password);
        db.Users.AddRange(
            new User("analyst", "Analyst", Role.Analyst, hash),
            new User("author", "Author", Role.CatalogAuthor, hash),
            new User("supervisor.north", "Supervisor north", Role.Supervisor, hash, null, "north"),
            new User("supervisor.center", "Supervisor center", Role.Supervisor, hash, null, "center"),
            new User("provider.a", "Provider A", Role.Provider, hash, a.Id),
            new User("provider.b", "Provider B", Role.Provider, hash, b.Id));
        var facilities = new Dictionary<string, Facility>(StringComparer.Ordinal)
        {
            ["F1"] = new Facility("F1 Home", "elderly-care-home", "Haifa", "north", a.Id, 20, "L-1", new DateOnly(2030, 1, 1)),
            ["F2"] = new Facility("F2 Home", "elderly-care-home", "Haifa", "north", b.Id, 50, "L-2", new DateOnly(2030, 1, 1)),
            ["F3"] = new Facility("F3 Home", "elderly-care-home", "Tel Aviv", "center", a.Id, 100, "L-3", new DateOnly(2030, 1, 1)),
            ["F4"] = new Facility("F4 Home", "elderly-care-home", "Tel Aviv", "center", b.Id, 25, "L-4", new DateOnly(2030, 1, 1)),
        };
        db.Facilities.AddRange(facilities.Values);
        foreach (var (key, facility) in facilities)
        {
            Facilities[key] = facility.Id;
        }

        var cycles = new Dictionary<string, InspectionCycle>(StringComparer.Ordinal)
        {
            ["C0"] = new InspectionCycle("2025 Q4", "elderly-care-home", new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31)),
            ["C1"] = new InspectionCycle("2026 Q1", "elderly-care-home", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)),
            ["C2"] = new InspectionCycle("2026 Q2", "elderly-care-home", new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)),
        };
        db.Cycles.AddRange(cycles.Values);
        foreach (var (key, cycle) in cycles)
        {
            Cycles[key] = cycle.Id;
        }

        var evaluator = new InspectionEvaluator(library, db, TimeProvider.System);
        void Official(string facility, string cycle, DateOnly date, bool s1, bool s2, bool c1, (bool HasT1, bool? Plan)[] residents, int? headCount = null, int? census = null) =>
            Inspections[$"{facility}/{cycle}"] = Visit(db, library, evaluator, published, facilities[facility], InspectionKind.Regular, date, cycles[cycle], s1, s2, c1, residents, headCount, census);
        void Self(string facility, DateOnly date, bool s1, bool s2, bool c1, (bool, bool?)[] residents) =>
            SelfAssessments[facility] = Visit(db, library, evaluator, published, facilities[facility], InspectionKind.SelfAssessment, date, null, s1, s2, c1, residents, null, null);

        Official("F1", "C0", new DateOnly(2025, 11, 5), true, false, true, [(true, true)]);
        Official("F3", "C0", new DateOnly(2025, 11, 10), false, false, true, []);
        Official("F1", "C1", new DateOnly(2026, 2, 15), true, true, true, [(true, true)], 20, 5);
        Official("F2", "C1", new DateOnly(2026, 2, 16), true, false, true, [(true, null)], 40, 10);
        Official("F3", "C1", new DateOnly(2026, 2, 17), false, false, false, [(true, false)], 80, 8);
        Official("F4", "C1", new DateOnly(2026, 2, 18), true, true, false, [(true, true), (false, false)], null, 5);
        Official("F1", "C2", new DateOnly(2026, 5, 5), true, false, true, [(true, true)]);
        Self("F1", new DateOnly(2026, 3, 1), true, false, true, [(true, true)]);
        Self("F3", new DateOnly(2026, 2, 1), true, true, true, [(true, true)]);
        Self("F4", new DateOnly(2026, 3, 5), true, false, false, [(true, true)]);
        await db.SaveChangesAsync();
    }

    private static Guid Visit(
        InspectionDbContext db, RuleSetLibrary library, InspectionEvaluator evaluator, List<RuleSetVersion> published, Facility facility, InspectionKind kind,
        DateOnly date, InspectionCycle? cycle, bool s1, bool s2, bool c1, (bool HasT1, bool? Plan)[] residents, int? headCount, int? census)
    {
        const Role Admin = Role.Administrator;
        var (inspection, refusal) = FacilityInspection.Plan(facility, kind, date, published, null, cycle, null, Guid.Empty);
        refusal.Should().BeNull();
        var at = date.ToDateTime(new TimeOnly(10, 0));
        if (kind != InspectionKind.SelfAssessment)
        {
            inspection!.Apply(LifecycleAction.Start, Admin, at).Refusal.Should().BeNull();
        }

        List<AnswerChange> institution =
        [
            new("s1", AnswerValue.YesNo(s1), "s1"), new("s2", AnswerValue.YesNo(s2), "s2"), new("c1", AnswerValue.YesNo(c1), "c1"),
            .. headCount is { } count ? [new AnswerChange("resident_count", AnswerValue.Number(count), "resident_count")] : Array.Empty<AnswerChange>(),
        ];
        var sampled = residents.Select((r, n) => new ResidentChange($"R{n + 1}", null,
            [new AnswerChange("has_t1", AnswerValue.YesNo(r.HasT1), "has_t1"), .. r.Plan is { } plan ? [new AnswerChange("t1_plan", AnswerValue.YesNo(plan), "t1_plan")] : Array.Empty<AnswerChange>()],
            $"residents[{n}]")).ToList();
        var changes = new AnswerChanges(0, institution, sampled, [], census is { } c ? new Dictionary<string, int?> { ["t1"] = c } : new Dictionary<string, int?>());
        inspection!.ApplyAnswers(changes, library.Get(inspection.RuleSetVersion!).Compiled, Admin, at).Refusal.Should().BeNull();
        inspection.Submit(Admin, evaluator.Evaluate(inspection, null), acceptIncomplete: true).Refusal.Should().BeNull();
        inspection.Evaluate(Admin, evaluator.Evaluate(inspection, null), at).Refusal.Should().BeNull();
        if (kind != InspectionKind.SelfAssessment)
        {
            inspection.Apply(LifecycleAction.IssueReport, Admin, at.AddDays(1)).Refusal.Should().BeNull();
        }

        db.Inspections.Add(inspection);
        return inspection.Id;
    }

    internal static async Task<JsonElement> PostJsonAsync(HttpClient client, string url, object body, System.Net.HttpStatusCode expected)
    {
        var response = await client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, text);
        using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return document.RootElement.Clone();
    }
}
