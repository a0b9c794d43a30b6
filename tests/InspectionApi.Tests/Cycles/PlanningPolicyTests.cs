using System.Net;
using Inspection.Api.Tests.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Cycles;

/// <summary>Planning policies over HTTP: defaults until saved, saved by an administrator, bad values and stale versions refused with nothing lost.</summary>
public sealed class PlanningPolicyTests
{
    private const string Path = "/api/planning-policies/disability-hostel";
    private InspectionApiFactory _factory = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        _admin = await _factory.ClientAsAsync("admin");
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _admin.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task List_NothingSaved_EveryServiceTypeWithTheDefault()
    {
        using var analyst = await _factory.ClientAsAsync("analyst");

        var policies = (await analyst.GetJsonAsync("/api/planning-policies")).EnumerateArray().ToList();

        policies.Select(p => p.Text("serviceType")).Should().BeEquivalentTo("elderly-care-home", "youth-residential", "disability-hostel", "addiction-treatment");
        var care = policies.Single(p => p.Text("serviceType") == "elderly-care-home");
        care.GetProperty("intervalMonths").GetInt32().Should().Be(12);
        care.GetProperty("maxIntervalMonths").GetInt32().Should().Be(15);
        care.GetProperty("followUpWithinDays").GetInt32().Should().Be(30);
        care.GetProperty("stored").GetBoolean().Should().BeFalse();
    }

    [Test]
    public async Task Save_ValidPolicy_StoredAndReadBackThenChangedOnItsVersion()
    {
        var saved = await _admin.PutJsonAsync(Path, Body(intervalMonths: 18, maxIntervalMonths: 24, unannouncedShare: 0.35m, version: 0));
        var again = await _admin.PutJsonAsync(Path, Body(intervalMonths: 10, maxIntervalMonths: 12, unannouncedShare: 0.1m, version: 1));
        using var supervisor = await _factory.ClientAsAsync("supervisor.north");
        var read = await supervisor.GetJsonAsync(Path);

        saved.GetProperty("version").GetInt32().Should().Be(1);
        saved.GetProperty("intervalMonths").GetInt32().Should().Be(18);
        again.GetProperty("version").GetInt32().Should().Be(2);
        read.GetProperty("intervalMonths").GetInt32().Should().Be(10);
        read.GetProperty("unannouncedShare").GetDecimal().Should().Be(0.1m);
        read.GetProperty("poorRatings").EnumerateArray().Select(e => e.GetString()).Should().Equal("inadequate");
        read.GetProperty("stored").GetBoolean().Should().BeTrue();
    }

    [Test]
    public async Task Save_ValuesThatDoNotHoldTogether_Is400NamingEachFieldAndNothingChanges()
    {
        var before = await _admin.GetJsonAsync("/api/planning-policies/youth-residential");

        var refused = await _admin.PutJsonAsync("/api/planning-policies/youth-residential",
            Body(intervalMonths: 12, maxIntervalMonths: 6, unannouncedShare: 1.5m, version: 0, soonerAfterPoorMonths: 13, poorScoreBelow: 2m), HttpStatusCode.BadRequest);

        var errors = refused.GetProperty("errors");
        errors.GetProperty("maxIntervalMonths")[0].GetString().Should().Contain("regular interval");
        errors.GetProperty("unannouncedShare")[0].GetString().Should().Contain("between 0 and 1");
        errors.GetProperty("soonerAfterPoorMonths")[0].GetString().Should().Contain("sooner");
        errors.GetProperty("poorScoreBelow")[0].GetString().Should().Contain("between 0 and 1");
        (await _admin.GetJsonAsync("/api/planning-policies/youth-residential")).GetRawText().Should().Be(before.GetRawText());
        (await _factory.ReadDatabaseAsync(db => db.PlanningPolicies.CountAsync(p => p.ServiceType == "youth-residential"))).Should().Be(0);
    }

    [Test]
    public async Task Save_OnAnOlderVersion_Is409AndKeepsTheNewerChange()
    {
        const string path = "/api/planning-policies/addiction-treatment";
        await _admin.PutJsonAsync(path, Body(intervalMonths: 9, maxIntervalMonths: 12, unannouncedShare: 0.2m, version: 0));

        await _admin.PutJsonAsync(path, Body(intervalMonths: 20, maxIntervalMonths: 24, unannouncedShare: 0.2m, version: 0), HttpStatusCode.Conflict);

        (await _admin.GetJsonAsync(path)).GetProperty("intervalMonths").GetInt32().Should().Be(9);
    }

    [Test]
    public async Task Save_UnknownServiceType_Is404()
    {
        await _admin.PutJsonAsync("/api/planning-policies/space-station", Body(intervalMonths: 12, maxIntervalMonths: 15, unannouncedShare: 0.2m, version: 0), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Read_AsProvider_Is403()
    {
        using var provider = await _factory.ClientAsAsync("provider.shalom");

        await provider.GetJsonAsync("/api/planning-policies", HttpStatusCode.Forbidden);
    }

    private static object Body(int intervalMonths, int maxIntervalMonths, decimal unannouncedShare, int version, int soonerAfterPoorMonths = 6, decimal? poorScoreBelow = 0.6m) => new
    {
        intervalMonths, maxIntervalMonths, soonerAfterPoorMonths, poorRatings = new[] { "inadequate" }, poorScoreBelow, followUpWithinDays = 30,
        selfAssessmentLeadDays = 45, unannouncedShare, horizonDays = 60, reminderDaysBefore = 14, escalateAfterDays = 7, version,
    };
}
