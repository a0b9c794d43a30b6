using System.Net;

namespace Inspection.Api.Tests.Inspections;

/// <summary>Submit names what keeps standards from being judged: the answers missing, and how many more residents to sample per tracer.</summary>
public sealed class SubmitTests : InspectionFlowFixture
{

    [Test]
    public async Task Submit_ThinSample_NamesHowManyMoreResidentsPerTracerAndDoesNotMove()
    {
        var (path, questionnaire) = await Flow.StartedAsync();
        await Flow.Supervisor.PutJsonAsync($"{path}/answers", new
        {
            version = 0,
            answers = LifecycleAnswers.Institution(questionnaire, InspectionFlow.Today),
            residents = LifecycleAnswers.Residents(questionnaire, InspectionFlow.Today, 1),
            census = InspectionFlow.Census(questionnaire, 5),
        });

        var refused = await Flow.Supervisor.PostJsonAsync($"{path}/submit", expected: HttpStatusCode.Conflict);

        // The care-home catalog samples at least 3 residents per standard; one was sampled, with every tracer.
        var detail = refused.Text("detail");
        detail.Should().Contain("sample 2 more resident(s) with tracer");
        detail.Should().NotContain("answer ", "every question was answered; only residents are missing");
        var sampling = refused.GetProperty("sampling").EnumerateArray().ToList();
        sampling.Should().NotBeEmpty().And.OnlyContain(s => s.GetProperty("more").GetInt32() == 2);
        sampling.Select(s => s.Text("tracer")).Should().OnlyHaveUniqueItems();
        refused.GetProperty("incomplete").EnumerateArray().Should().OnlyContain(s => s.GetProperty("residentsNeeded").GetInt32() == 2);
        (await Flow.Supervisor.GetJsonAsync(path)).Text("status").Should().Be("InProgress");
    }

    [Test]
    public async Task Submit_CensusCountsNoMoreThanWereSampled_AsksNoMoreResidentsWithATracer()
    {
        var (path, questionnaire) = await Flow.StartedAsync();
        await Flow.Supervisor.PutJsonAsync($"{path}/answers", new
        {
            version = 0,
            answers = LifecycleAnswers.Institution(questionnaire, InspectionFlow.Today),
            residents = LifecycleAnswers.Residents(questionnaire, InspectionFlow.Today, 2),
            census = InspectionFlow.Census(questionnaire, 2),
        });

        var refused = await Flow.Supervisor.PostJsonAsync($"{path}/submit", expected: HttpStatusCode.Conflict);

        // Only two residents live there with each tracer and both were sampled: the Engine's sampling plan is
        // satisfied. Standards over all residents still want the catalog's minimum of 3.
        var sampling = refused.GetProperty("sampling").EnumerateArray().ToList();
        sampling.Should().ContainSingle();
        sampling[0].GetProperty("tracer").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        sampling[0].GetProperty("more").GetInt32().Should().Be(1);
        refused.Text("detail").Should().Contain("sample 1 more resident(s)").And.NotContain("with tracer");
        refused.GetProperty("incomplete").EnumerateArray().Should().OnlyContain(s => s.GetProperty("tracer").ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    [Test]
    public async Task Submit_MissingAnswers_NamesTheAnswers()
    {
        var (path, questionnaire) = await Flow.StartedAsync();
        var answers = LifecycleAnswers.Institution(questionnaire, InspectionFlow.Today);
        answers.Remove("rn_every_shift");
        await Flow.Supervisor.PutJsonAsync($"{path}/answers", new
        {
            version = 0,
            answers,
            residents = LifecycleAnswers.Residents(questionnaire, InspectionFlow.Today, 4),
            census = InspectionFlow.Census(questionnaire, 4),
        });

        var refused = await Flow.Supervisor.PostJsonAsync($"{path}/submit", expected: HttpStatusCode.Conflict);

        refused.Text("detail").Should().Contain("answer rn_every_shift").And.NotContain("sample");
        refused.GetProperty("sampling").GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task Submit_AcceptIncomplete_MovesOn()
    {
        var (path, questionnaire) = await Flow.StartedAsync();
        await Flow.Supervisor.PutJsonAsync($"{path}/answers", new
        {
            version = 0,
            answers = LifecycleAnswers.Institution(questionnaire, InspectionFlow.Today),
            residents = LifecycleAnswers.Residents(questionnaire, InspectionFlow.Today, 1),
        });

        var submitted = await Flow.Supervisor.PostJsonAsync($"{path}/submit?acceptIncomplete=true");

        submitted.Text("status").Should().Be("Submitted");
    }
}
