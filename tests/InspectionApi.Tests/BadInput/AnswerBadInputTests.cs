using Inspection.Api.Inspections.Answers;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Inspection.Api.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.BadInput;

/// <summary>
/// Saving answers that cannot be saved: each is refused with problem details naming what is wrong,
/// and the answers already saved stay exactly as they were.
/// </summary>
public sealed class AnswerBadInputTests
{
    private InspectionApiFactory _factory = null!;
    private HttpClient _supervisor = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new InspectionApiFactory();
        _supervisor = await _factory.ClientAsAsync(TestInspections.Supervisor);
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _supervisor.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Save_TruncatedJson_Is400SayingWhereAndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, """{ "version": 1, "answers": { "fire_approval_valid": fal""");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Title.Should().Be("The request is malformed");
        problem.Detail.Should().StartWith("The JSON body cannot be read: 'fal' is an invalid JSON literal").And.Contain("$.answers.fire_approval_valid");
        problem.Errors.Should().BeEmpty("JSON that is not well formed has no field to blame");
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [TestCase("""{ "version": "abc", "answers": { "fire_approval_valid": false } }""", "version")]
    [TestCase("""{ "version": 1, "residents": { "code": "R01" } }""", "residents")]
    [TestCase("""{ "version": 1, "residents": [ { "code": 5 } ] }""", "residents[0].code")]
    [TestCase("""{ "version": 1, "residents": [ { "code": "R01", "tracers": "depression" } ] }""", "residents[0].tracers")]
    [TestCase("""{ "version": 1, "removeResidents": "R01" }""", "removeResidents")]
    public async Task Save_FieldOfTheWrongJsonType_Is400NamingTheFieldAndNothingChanges(string json, string field)
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, json);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Title.Should().Be("The request is malformed");
        problem.Detail.Should().Be($"The JSON body cannot be read: the value of '{field}' does not have the type this field takes.");
        problem.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]> { [field] = ["this value does not have the type this field takes"] });
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_BodyIsNotAnObject_Is400WithoutNamingInternalTypesAndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, """[ 1, 2, 3 ]""");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Detail.Should().Be("The JSON body cannot be read: it does not have the shape this request takes.");
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_EmptyBody_Is400AndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, string.Empty);

        await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_WithoutVersion_Is400NamingVersionAndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, """{ "answers": { "fire_approval_valid": false } }""");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Title.Should().Be("One or more fields are invalid");
        problem.Errors.Should().ContainKey("version").WhoseValue.Should().ContainSingle().Which.Should().Contain("version");
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_WrongAnswerTypes_ReportsEveryFieldTogetherAndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, """
            {
              "version": 1,
              "answers": {
                "fire_approval_valid": "yes",
                "evacuation_drill_date": 20260101,
                "menu_review_date": "2026-02-30",
                "physician_visit_frequency": ["weekly"],
                "resident_count": "forty",
                "hazards_observed": "blocked-exit"
              },
              "residents": [ { "code": "R01", "answers": { "gds_score": "four", "falls_plan": 1 } } ]
            }
            """);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Title.Should().Be("One or more fields are invalid");
        problem.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["answers.fire_approval_valid"] = ["expected true or false"],
            ["answers.evacuation_drill_date"] = ["expected a date written as \"YYYY-MM-DD\""],
            ["answers.menu_review_date"] = ["expected a date written as \"YYYY-MM-DD\""],
            ["answers.physician_visit_frequency"] = ["expected one of the options' values as text"],
            ["answers.resident_count"] = ["expected a number"],
            ["answers.hazards_observed"] = ["expected a list of option values"],
            ["residents[0].answers.gds_score"] = ["expected a number"],
            ["residents[0].answers.falls_plan"] = ["expected true or false"],
        });
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_UnknownQuestionCodes_Is400PerCodeAndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, """
            {
              "version": 1,
              "answers": { "fire_approval_valid": false, "sprinklers_tested": true },
              "residents": [ { "code": "R01", "answers": { "shoe_size": 42 } } ]
            }
            """);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["answers.sprinklers_tested"] = ["no question has this code"],
            ["residents[0].answers.shoe_size"] = ["no question has this code"],
        });
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_QuestionsAnsweredAtTheWrongLevel_Is400PerCodeAndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, """
            {
              "version": 1,
              "answers": { "gds_score": 3 },
              "residents": [ { "code": "R01", "answers": { "fire_approval_valid": true } } ]
            }
            """);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["answers.gds_score"] = ["this is a resident question: answer it for a sampled resident"],
            ["residents[0].answers.fire_approval_valid"] = ["this is an institution question: answer it under 'answers'"],
        });
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_ChoiceValueNotAnOption_Is400FromTheEngineAndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, """
            {
              "version": 1,
              "answers": { "physician_visit_frequency": "daily", "hazards_observed": ["blocked-exit", "ghosts"] },
              "residents": [ { "code": "R01", "answers": { "continence_status": "sometimes" } } ]
            }
            """);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Keys.Should().BeEquivalentTo(
            "answers.physician_visit_frequency", "answers.hazards_observed", "residents[0].answers.continence_status");
        problem.Errors["answers.physician_visit_frequency"].Should().ContainSingle()
            .Which.Should().Be("'daily' is not one of the options (more-than-weekly, weekly, fortnightly, monthly-or-less)");
        problem.Errors["answers.hazards_observed"].Should().ContainSingle().Which.Should().StartWith("'ghosts' is not one of the options");
        problem.Errors["residents[0].answers.continence_status"].Should().ContainSingle()
            .Which.Should().Be("'sometimes' is not one of the options (continent, urinary, faecal, double)");
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_MoreResidentsThanTheRuleSetAllows_Is400FromTheEngineAndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);
        var residents = string.Join(", ", Enumerable.Range(1, 201).Select(i => $$"""{ "code": "X{{i:D3}}" }"""));

        var response = await PutAsync(inspection.Id, $$"""{ "version": 1, "residents": [ {{residents}} ] }""");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().ContainKey("residents").WhoseValue.Should().ContainSingle()
            .Which.Should().MatchRegex(@"^2\d\d residents are sampled; elderly-care-home@[0-9.]+ allows at most 200 in one inspection$");
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_NumberOutOfRange_Is400FromTheEngineAndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, """
            {
              "version": 1,
              "answers": { "resident_count": -1 },
              "residents": [ { "code": "R01", "answers": { "gds_score": 16 } } ]
            }
            """);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["answers.resident_count"] = ["-1 is below the lowest allowed value 0"],
            ["residents[0].answers.gds_score"] = ["16 is above the highest allowed value 15"],
        });
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_ScaleNotWhole_Is400FromTheEngineAndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, """
            { "version": 1, "residents": [ { "code": "R01", "answers": { "gds_score": 4.5 } } ] }
            """);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["residents[0].answers.gds_score"] = ["a scale takes whole numbers, not 4.5"],
        });
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_EngineRefusesOneAnswer_NoneOfTheValidOnesAreSavedEither()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, """
            {
              "version": 1,
              "answers": { "fire_approval_valid": false, "call_bells_working": true, "resident_count": 45, "physician_visit_frequency": null },
              "residents": [ { "code": "R02", "tracers": ["falls-risk"], "answers": { "falls_plan": true } }, { "code": "R03", "answers": { "gds_score": 99 } } ],
              "removeResidents": ["R01"]
            }
            """);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Keys.Should().Equal("residents[1].answers.gds_score");
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
        var residents = await _factory.ReadDatabaseAsync(db => db.SampledResidents.Where(r => r.InspectionId == inspection.Id).Select(r => r.Code).ToListAsync());
        residents.Should().Equal("R01");
    }

    [Test]
    public async Task Save_TypeErrorBesideAValidAnswer_NoneIsSaved()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, """
            { "version": 1, "answers": { "fire_approval_valid": false, "call_bells_working": "broken" } }
            """);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Keys.Should().Equal("answers.call_bells_working");
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_UnknownTracer_Is400NamingTheResidentsTracersAndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, """
            { "version": 1, "residents": [ { "code": "R01", "tracers": ["depression", "homesickness"] } ] }
            """);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().ContainKey("residents[0].tracers")
            .WhoseValue.Should().ContainSingle().Which.Should().StartWith("'homesickness' is not a tracer of elderly-care-home@");
        problem.Errors.Should().HaveCount(1);
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_DuplicateResidentCode_Is400AndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, """
            {
              "version": 1,
              "residents": [ { "code": "R02", "answers": { "falls_plan": true } }, { "code": " R02 ", "answers": { "falls_plan": false } } ]
            }
            """);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]> { ["residents"] = ["resident 'R02' appears twice"] });
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_ResidentWithoutCode_Is400NamingItsCodeAndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, $$"""
            { "version": 1, "residents": [ { "code": "R01" }, { "code": "  " }, { "code": "{{new string('x', 51)}}" } ] }
            """);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Keys.Should().BeEquivalentTo("residents[1].code", "residents[2].code");
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_StaleVersion_Is409WithTheCurrentVersionAndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, """{ "version": 0, "answers": { "fire_approval_valid": false } }""");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.Conflict);
        problem.Detail.Should().Contain("reload");
        problem.Body.GetProperty("currentVersion").GetInt32().Should().Be(1);
        problem.Body.GetProperty("current").GetProperty("answers").GetProperty("fire_approval_valid").GetBoolean().Should().BeTrue();
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_VersionFromTheFuture_Is409AndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);

        var response = await PutAsync(inspection.Id, """{ "version": 7, "answers": { "fire_approval_valid": false } }""");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.Conflict);
        problem.Body.GetProperty("currentVersion").GetInt32().Should().Be(1);
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_AfterARefusedSave_TheSameChangeWithTheRightVersionSucceeds()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        await PutAsync(inspection.Id, """{ "version": 1, "answers": { "fire_approval_valid": "no" } }""");

        var response = await PutAsync(inspection.Id, """{ "version": 1, "answers": { "fire_approval_valid": false } }""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var answers = (await response.Content.ReadFromJsonAsync<AnswersDto>())!;
        answers.Version.Should().Be(2);
        answers.Answers["fire_approval_valid"].GetBoolean().Should().BeFalse();
    }

    [Test]
    public async Task Save_WithoutToken_Is401ProblemDetails()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        using var anonymous = _factory.CreateClient();

        var response = await anonymous.PutAsync($"/api/inspections/{inspection.Id}/answers", Json("""{ "version": 1 }"""));

        await ProblemResponse.ReadAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Save_AsAnalyst_Is403AndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);
        using var analyst = await _factory.ClientAsAsync("analyst");

        var response = await analyst.PutAsync($"/api/inspections/{inspection.Id}/answers", Json("""{ "version": 1, "answers": { "fire_approval_valid": false } }"""));

        await ProblemResponse.ReadAsync(response, HttpStatusCode.Forbidden);
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_SupervisorOfAnotherDistrict_Is404AndNothingChanges()
    {
        var inspection = await TestInspections.AnsweredAsync(_supervisor);
        var before = await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id);
        using var other = await _factory.ClientAsAsync("supervisor.center");

        var response = await other.PutAsync($"/api/inspections/{inspection.Id}/answers", Json("""{ "version": 1, "answers": { "fire_approval_valid": false } }"""));

        await ProblemResponse.ReadAsync(response, HttpStatusCode.NotFound);
        (await SavedInspection.CaptureAsync(_factory, _supervisor, inspection.Id)).Should().Be(before);
    }

    [Test]
    public async Task Save_UnknownInspection_Is404()
    {
        var response = await PutAsync(Guid.NewGuid(), """{ "version": 0, "answers": { "fire_approval_valid": false } }""");

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.NotFound);
        problem.Detail.Should().Be("The inspection does not exist or is not yours to see.");
    }

    private Task<HttpResponseMessage> PutAsync(Guid inspectionId, string json) =>
        _supervisor.PutAsync($"/api/inspections/{inspectionId}/answers", Json(json));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
