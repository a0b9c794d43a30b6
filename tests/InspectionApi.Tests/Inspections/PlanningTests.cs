using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Inspections;

/// <summary>
/// Planning checks what it should: the rule-set version is the one in force on the planned date, a
/// cycle named exists, is of the facility's service type and covers the date; and a planned inspection
/// can be cancelled with a reason, never deleted.
/// </summary>
public sealed class PlanningTests : InspectionFlowFixture
{
    private HttpClient _author = null!;

    [OneTimeTearDown]
    public void StopAuthor() => _author.Dispose();

    protected override async Task PrepareAsync() => _author = await Factory.ClientAsAsync("author");

    [Test]
    public async Task Plan_WithoutAVersion_TakesTheOneInForceOnThePlannedDate()
    {
        var (older, newer) = await VersionsAsync();

        var beforeNewer = await PlanAsync(new { kind = "regular", plannedDate = NewerFrom(newer).AddDays(-1) }, HttpStatusCode.Created);
        var fromNewer = await PlanAsync(new { kind = "regular", plannedDate = NewerFrom(newer).AddDays(1) }, HttpStatusCode.Created);

        beforeNewer.Id("ruleSetVersionId").Should().Be(older.Id());
        fromNewer.Id("ruleSetVersionId").Should().Be(newer.Id());
    }

    [Test]
    public async Task Plan_VersionNotInForceOnTheDate_Is400NamingTheOneInForceAndPlansNothing()
    {
        var (older, newer) = await VersionsAsync();
        var count = await CountAsync();

        var refused = await PlanAsync(new { kind = "regular", plannedDate = NewerFrom(newer).AddDays(5), ruleSetVersionId = older.Id() }, HttpStatusCode.BadRequest);

        refused.GetProperty("errors").GetProperty("ruleSetVersionId")[0].GetString().Should()
            .Contain(newer.Text("version")).And.Contain("in force");
        (await CountAsync()).Should().Be(count);
    }

    [Test]
    public async Task Plan_CycleThatDoesNotExist_Is400AndPlansNothing()
    {
        var count = await CountAsync();

        var refused = await PlanAsync(new { kind = "regular", plannedDate = InspectionFlow.Today.AddDays(3), cycleId = Guid.CreateVersion7() }, HttpStatusCode.BadRequest);

        refused.GetProperty("errors").GetProperty("cycleId")[0].GetString().Should().Be("no cycle has this id");
        (await CountAsync()).Should().Be(count);
    }

    [Test]
    public async Task Plan_CycleOfAnotherServiceType_Is400()
    {
        var cycle = await CycleAsync("youth-residential", InspectionFlow.Today.AddDays(3));

        var refused = await PlanAsync(new { kind = "regular", plannedDate = InspectionFlow.Today.AddDays(3), cycleId = cycle }, HttpStatusCode.BadRequest);

        refused.GetProperty("errors").GetProperty("cycleId")[0].GetString().Should().Contain("youth-residential").And.Contain("elderly-care-home");
    }

    [Test]
    public async Task Plan_DateOutsideTheCycle_Is400NamingThePeriod()
    {
        var cycle = await CycleAsync("elderly-care-home", InspectionFlow.Today.AddDays(3));
        var period = (await Flow.Supervisor.GetJsonAsync("/api/cycles")).EnumerateArray().Single(c => c.Id() == cycle);
        var after = DateOnly.Parse(period.Text("periodEnd"), System.Globalization.CultureInfo.InvariantCulture).AddDays(1);

        var refused = await PlanAsync(new { kind = "regular", plannedDate = after, cycleId = cycle }, HttpStatusCode.BadRequest);

        refused.GetProperty("errors").GetProperty("plannedDate")[0].GetString().Should().Contain("outside the cycle").And.Contain(period.Text("periodEnd"));
    }

    [Test]
    public async Task Plan_InsideTheCycleOfTheServiceType_IsPlannedInIt()
    {
        var cycle = await CycleAsync("elderly-care-home", InspectionFlow.Today.AddDays(3));

        var planned = await PlanAsync(new { kind = "regular", plannedDate = InspectionFlow.Today.AddDays(3), cycleId = cycle }, HttpStatusCode.Created);

        planned.Id("cycleId").Should().Be(cycle);
    }

    [Test]
    public async Task Cancel_PlannedInspection_KeepsItWithTheReasonAndNothingMoreCanHappen()
    {
        var planned = await PlanAsync(new { kind = "regular", plannedDate = InspectionFlow.Today.AddDays(9) }, HttpStatusCode.Created);
        var path = $"/api/inspections/{planned.Id()}";
        var count = await CountAsync();

        await Flow.Supervisor.PostJsonAsync($"{path}/cancel", new { reason = "" }, HttpStatusCode.BadRequest);
        var cancelled = await Flow.Supervisor.PostJsonAsync($"{path}/cancel", new { reason = "The facility closed for renovation." });

        cancelled.Text("status").Should().Be("Cancelled");
        cancelled.Text("cancellationReason").Should().Be("The facility closed for renovation.");
        cancelled.Strings("possibleActions").Should().BeEmpty();
        await Flow.Supervisor.PostJsonAsync($"{path}/start", expected: HttpStatusCode.Conflict);
        (await CountAsync()).Should().Be(count, "a cancelled inspection is kept");
    }

    [Test]
    public async Task Cancel_StartedInspection_Is409()
    {
        var (path, _) = await Flow.StartedAsync();

        var refused = await Flow.Supervisor.PostJsonAsync($"{path}/cancel", new { reason = "Changed my mind" }, HttpStatusCode.Conflict);

        refused.Text("detail").Should().Contain("in progress");
    }

    [Test]
    public async Task Cancel_ByTheProviderOfAnExternalInspection_Is403()
    {
        var planned = await PlanAsync(new { kind = "regular", plannedDate = InspectionFlow.Today.AddDays(9) }, HttpStatusCode.Created);

        await Flow.Provider.PostJsonAsync($"/api/inspections/{planned.Id()}/cancel", new { reason = "Not convenient" }, HttpStatusCode.Forbidden);
    }

    private async Task<System.Text.Json.JsonElement> PlanAsync(object fields, HttpStatusCode expected)
    {
        var facility = await Flow.FacilityAsync();
        var body = System.Text.Json.JsonSerializer.SerializeToNode(fields)!.AsObject();
        body["facilityId"] = facility;
        return await Flow.Supervisor.PostJsonAsync("/api/inspections", body, expected);
    }

    private Task<int> CountAsync() => Factory.ReadDatabaseAsync(db => db.Inspections.CountAsync());

    private async Task<Guid> CycleAsync(string serviceType, DateOnly date) =>
        (await Flow.Supervisor.GetJsonAsync("/api/cycles")).EnumerateArray()
            .Where(c => c.Text("serviceType") == serviceType)
            .Single(c => DateOnly.Parse(c.Text("periodStart"), System.Globalization.CultureInfo.InvariantCulture) <= date
                && date <= DateOnly.Parse(c.Text("periodEnd"), System.Globalization.CultureInfo.InvariantCulture))
            .Id();

    /// <summary>The care-home rule set in two published versions: the shipped one, and a newer one in force from a date ahead.</summary>
    private async Task<(System.Text.Json.JsonElement Older, System.Text.Json.JsonElement Newer)> VersionsAsync()
    {
        var versions = (await _author.GetJsonAsync("/api/rule-sets")).EnumerateArray().Where(v => v.Text("ruleSetId") == "elderly-care-home").ToList();
        var newer = versions.FirstOrDefault(v => v.Text("version") == "1.9.0");
        if (newer.ValueKind == System.Text.Json.JsonValueKind.Undefined)
        {
            var yaml = Access.AccessTargets.RuleSetYaml("elderly-care-home", "1.9.0", "published")
                .Replace("effectiveFrom: 2099-01-01", $"effectiveFrom: {InspectionFlow.Today.AddDays(60):yyyy-MM-dd}", StringComparison.Ordinal);
            using var content = new StringContent(yaml, System.Text.Encoding.UTF8, "application/yaml");
            var response = await _author.PostAsync(new Uri("/api/rule-sets", UriKind.Relative), content);
            response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            newer = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>())!;
        }

        var older = versions.Where(v => v.Text("status") == "Published" && v.Text("version") != "1.9.0").MaxBy(v => v.Text("effectiveFrom"))!;
        return (older, newer);
    }

    private static DateOnly NewerFrom(System.Text.Json.JsonElement newer) =>
        DateOnly.Parse(newer.Text("effectiveFrom"), System.Globalization.CultureInfo.InvariantCulture);
}
