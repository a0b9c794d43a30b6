using System.Net;

namespace Inspection.Api.Tests.Inspections;

/// <summary>
/// The completeness check without submitting, and the questionnaire's domains and legal references: what the
/// questionnaire screen shows while answers are collected.
/// </summary>
public sealed class CompletenessTests : InspectionFlowFixture
{
    [Test]
    public async Task Completeness_ThinSample_SaysWhatSubmitWouldAndChangesNothing()
    {
        var (path, questionnaire) = await Flow.StartedAsync();
        await Flow.Supervisor.PutJsonAsync($"{path}/answers", new
        {
            version = 0,
            answers = LifecycleAnswers.Institution(questionnaire, InspectionFlow.Today),
            residents = LifecycleAnswers.Residents(questionnaire, InspectionFlow.Today, 1),
            census = InspectionFlow.Census(questionnaire, 5),
        });

        var completeness = await Flow.Supervisor.GetJsonAsync($"{path}/completeness");

        completeness.GetProperty("isComplete").GetBoolean().Should().BeFalse();
        var sampling = completeness.GetProperty("sampling").EnumerateArray().ToList();
        sampling.Should().NotBeEmpty().And.OnlyContain(s => s.GetProperty("more").GetInt32() == 2, "the catalog samples 3 residents per tracer and one was sampled");
        completeness.GetProperty("incomplete").EnumerateArray().Should().NotBeEmpty();
        var inspection = await Flow.Supervisor.GetJsonAsync(path);
        inspection.Text("status").Should().Be("InProgress");
        inspection.GetProperty("answersVersion").GetInt32().Should().Be(1, "the check saved nothing");
    }

    [Test]
    public async Task Completeness_NothingAnswered_NamesMissingAnswers()
    {
        var (path, _) = await Flow.StartedAsync();

        var completeness = await Flow.Supervisor.GetJsonAsync($"{path}/completeness");

        completeness.GetProperty("isComplete").GetBoolean().Should().BeFalse();
        completeness.GetProperty("incomplete").EnumerateArray().SelectMany(s => s.GetProperty("missingAnswers").EnumerateArray()).Should().NotBeEmpty();
    }

    [Test]
    public async Task Completeness_UnknownInspection_IsNotFound()
    {
        var response = await Flow.Supervisor.GetAsync($"/api/inspections/{Guid.NewGuid()}/completeness");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Questionnaire_NamesEachQuestionsDomainsAndLegalReferences()
    {
        var (_, questionnaire) = await Flow.StartedAsync();

        var domains = questionnaire.GetProperty("domains").EnumerateArray().Select(d => d.Text("code")).ToList();
        domains.Should().StartWith("safety").And.Contain(["health", "nutrition"]);
        var questions = questionnaire.GetProperty("instruments").EnumerateArray().SelectMany(i => i.GetProperty("questions").EnumerateArray()).ToList();
        var drill = questions.Single(q => q.Text("code") == "drill_night_scenario");
        drill.GetProperty("domains").EnumerateArray().Select(d => d.GetString()).Should().Equal("safety");
        drill.GetProperty("legalReferences").EnumerateArray().Should().NotBeEmpty()
            .And.OnlyContain(r => r.Text("he").Length > 0 && r.Text("en").Length > 0);
        questions.SelectMany(q => q.GetProperty("domains").EnumerateArray().Select(d => d.GetString())).Should().OnlyContain(d => domains.Contains(d!));
    }
}
