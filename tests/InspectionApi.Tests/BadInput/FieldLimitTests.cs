using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Inspection.Api.Facilities;

namespace Inspection.Api.Tests.BadInput;

/// <summary>
/// Every text a request stores is held to its column's size, and one save to a number of answers: one
/// character over the limit is a 400 naming the field and the limit, and nothing is stored; exactly at
/// the limit is accepted. (1.5 MB strings were once stored where the model says 200; SQL Server would
/// have answered 500.) The answer limits are set small here through their options.
/// </summary>
public sealed class FieldLimitTests
{
    private const int AnswersPerSave = 6; // what TestInspections.AnsweredAsync saves at once

    private InspectionApiFactory _factory = null!;
    private HttpClient _administrator = null!;
    private HttpClient _supervisor = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        _factory.Settings["Inspection:Answers:MaxAnswersPerSave"] = AnswersPerSave.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _administrator = await _factory.ClientAsAsync("admin");
        _supervisor = await _factory.ClientAsAsync(TestInspections.Supervisor);
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _administrator.Dispose();
        _supervisor.Dispose();
        _factory.Dispose();
    }

    public static IEnumerable<TestCaseData> TextFields()
    {
        yield return Case("/api/operators", "name", 200);
        yield return Case("/api/operators", "registrationNumber", 50);
        yield return Case("/api/facilities", "name", 200);
        yield return Case("/api/facilities", "region", 100);
        yield return Case("/api/facilities", "district", 100);
        yield return Case("/api/facilities", "licenceNumber", 50);
        yield return Case("/api/users", "displayName", 200);
        yield return Case("/api/users", "district", 100);
        yield return Case("/api/cycles", "name", 200);

        static TestCaseData Case(string route, string field, int limit) =>
            new TestCaseData(route, field, limit).SetArgDisplayNames(route, field, limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestCaseSource(nameof(TextFields))]
    public async Task Create_TextOneOverItsLimit_Is400NamingTheFieldAndNothingIsStored(string route, string field, int limit)
    {
        var before = await CountAsync(route);
        var body = await ValidBodyAsync(route);
        body[field] = new string('א', limit + 1);

        var response = await _administrator.PostAsJsonAsync(route, body);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().ContainKey(field).WhoseValue.Should().Contain($"at most {limit} characters");
        (await CountAsync(route)).Should().Be(before);
    }

    [TestCaseSource(nameof(TextFields))]
    public async Task Create_TextExactlyAtItsLimit_IsStoredWhole(string route, string field, int limit)
    {
        var body = await ValidBodyAsync(route);
        var text = string.Concat(Enumerable.Repeat("שלום ", limit))[..(limit - 1)] + "x";
        body[field] = text;

        var response = await _administrator.PostAsJsonAsync(route, body);

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        created[field]!.GetValue<string>().Should().Be(text);
        var listed = await _administrator.GetFromJsonAsync<List<JsonNode>>(route);
        listed!.Select(item => item[field]?.GetValue<string>()).Should().Contain(text, "the whole text is stored");
    }

    [Test]
    public async Task Save_MoreAnswersThanOneSaveHolds_Is400AndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await _supervisor.PutAsJsonAsync($"/api/inspections/{inspection.Id}/answers", new
        {
            version = 1,
            answers = new Dictionary<string, object> { ["fire_approval_valid"] = false, ["resident_count"] = 41, ["physician_visit_frequency"] = "weekly", ["evacuation_drill_date"] = "2026-10-02", ["medications_locked"] = true },
            residents = new[] { new { code = "R01", tracers = new[] { "depression" }, answers = new Dictionary<string, object> { ["gds_score"] = 5, ["continence_status"] = "continent" } } },
        });

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().ContainKey("answers").WhoseValue.Should().ContainSingle()
            .Which.Should().Be($"one save holds at most {AnswersPerSave} answers (7 were sent); save in parts");
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_AsManyAnswersAsOneSaveHolds_IsSaved()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);

        var response = await _supervisor.PutAsJsonAsync($"/api/inspections/{inspection.Id}/answers", new
        {
            version = 1,
            answers = new Dictionary<string, object> { ["fire_approval_valid"] = false, ["resident_count"] = 41, ["physician_visit_frequency"] = "weekly", ["evacuation_drill_date"] = "2026-10-02" },
            residents = new[] { new { code = "R01", tracers = new[] { "depression" }, answers = new Dictionary<string, object> { ["gds_score"] = 5, ["continence_status"] = "continent" } } },
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [TestCase(51, true)]
    [TestCase(50, false)]
    public async Task Save_ResidentCodeLength_RefusedOnlyOverFifty(int length, bool refused)
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await _supervisor.PutAsJsonAsync($"/api/inspections/{inspection.Id}/answers", new
        {
            version = 1,
            residents = new[] { new { code = new string('R', length), tracers = new[] { "depression" } } },
        });

        if (refused)
        {
            var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
            problem.Errors.Should().ContainKey("residents[0].code");
            (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
        }
        else
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }
    }

    [TestCase(100_001, true)]
    [TestCase(-1, true)]
    [TestCase(100_000, false)]
    public async Task Save_CensusCount_RefusedOutsideZeroToTheLimit(int count, bool refused)
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);

        var response = await _supervisor.PutAsJsonAsync($"/api/inspections/{inspection.Id}/answers", new
        {
            version = 1,
            census = new Dictionary<string, int> { ["depression"] = count },
        });

        if (refused)
        {
            var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
            problem.Errors.Should().ContainKey("census.depression").WhoseValue.Should().Contain("a census count is a number of residents, from 0 to 100000");
        }
        else
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>A body the route accepts, with a fresh unique name where one is needed.</summary>
    private async Task<JsonObject> ValidBodyAsync(string route)
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        switch (route)
        {
            case "/api/operators":
                return new JsonObject { ["name"] = $"עמותה {unique}", ["registrationNumber"] = $"58-{unique}" };
            case "/api/facilities":
                var operators = await _administrator.GetFromJsonAsync<List<OperatorDto>>("/api/operators");
                return new JsonObject
                {
                    ["name"] = $"מעון {unique}", ["serviceType"] = "elderly-care-home", ["region"] = "מרכז", ["district"] = "north",
                    ["operatorId"] = operators![0].Id, ["capacity"] = 40, ["licenceNumber"] = $"L-{unique}", ["licenceValidUntil"] = "2030-01-01",
                };
            case "/api/users":
                return new JsonObject { ["userName"] = $"supervisor.{unique}", ["displayName"] = "מפקחת חדשה", ["role"] = "Supervisor", ["district"] = "north", ["password"] = "a-long-enough-password-1" };
            default:
                return new JsonObject { ["name"] = $"מחזור {unique}", ["serviceType"] = "elderly-care-home", ["periodStart"] = "2031-01-01", ["periodEnd"] = "2031-12-31" };
        }
    }

    private async Task<int> CountAsync(string route) => (await _administrator.GetFromJsonAsync<List<JsonNode>>(route))!.Count;
}
