using System.Text.Json;
using Inspection.Api.Inspections.Evaluation;
using Inspection.Api.Jobs;
using Inspection.Api.Tests.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Api.Tests.Inspections;

/// <summary>
/// A submission asks the job server to evaluate the inspection, through the job outbox, over real HTTP with the
/// real job server (polling every second, one retry a second later): the job evaluates it once, however often it
/// runs; the API says where the evaluation stands; a failure is recorded on the inspection and in the job-run
/// log, and the explicit evaluate still works.
/// </summary>
public sealed class EvaluationOnSubmitTests
{
    private const string Job = "EvaluationJob.EvaluateAsync";

    private InspectionApiFactory _factory = null!;
    private InspectionFlow _flow = null!;
    private HttpClient _analyst = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = JobsTestHost.Create();
        _factory.Settings["Evaluation:OnSubmit"] = "true";
        _flow = new InspectionFlow(await _factory.ClientAsAsync("supervisor.north"), await _factory.ClientAsAsync("provider.shalom"));
        _analyst = await _factory.ClientAsAsync("analyst");
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _flow.Supervisor.Dispose();
        _flow.Provider.Dispose();
        _analyst.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Submit_JobServerRunning_EvaluatedOnceByTheJobAndLogged()
    {
        var (path, id, submitted) = await SubmitAsync();

        submitted.Text("status").Should().Be("Submitted");
        submitted.GetProperty("evaluation").Text("state").Should().Be("Pending", "the submission asked the job server for the evaluation");
        var evaluated = await UntilEvaluatedAsync(path);
        var evaluation = evaluated.GetProperty("evaluation");
        evaluation.Text("state").Should().Be("Evaluated");
        evaluation.GetProperty("evaluatedByJob").GetBoolean().Should().BeTrue();
        evaluation.GetProperty("failedAttempts").GetInt32().Should().Be(0);
        evaluation.GetProperty("requestedAt").ValueKind.Should().Be(JsonValueKind.String);
        evaluated.GetProperty("overallScore").GetDecimal().Should().BeInRange(0.5m, 1m);
        evaluated.Strings("possibleActions").Should().Equal("IssueReport");
        var run = (await RunsOfAsync(id)).Should().ContainSingle().Subject;
        run.Outcome.Should().Be(JobRunOutcome.Succeeded);
        run.Summary.Should().StartWith($"Inspection {id} evaluated: ");
        await JobsTestHost.UntilAsync(async () => await _factory.PendingJobsAsync() == 0, "the job's outbox record to be removed once it ran");
        (await StatusChangesAsync(id)).Should().ContainSingle(c => c.After == "Evaluated").Which.Before.Should().Be("Submitted");
    }

    [Test]
    public async Task Evaluate_AfterTheJobEvaluated_Answers200AndChangesNothing()
    {
        var (path, id, _) = await SubmitAsync();
        await UntilEvaluatedAsync(path);
        var findings = await FindingIdsAsync(id);

        var again = await _flow.Supervisor.PostJsonAsync($"{path}/evaluate");
        var rerun = await RunJobAsync(id);

        again.Text("status").Should().Be("Evaluated", "a client that submits then evaluates keeps working");
        rerun.Should().Contain("nothing to evaluate");
        (await FindingIdsAsync(id)).Should().BeEquivalentTo(findings, "neither the explicit call nor the job run again stored anything");
        (await StatusChangesAsync(id)).Count(c => c.After == "Evaluated").Should().Be(1);
        findings.Should().HaveCountGreaterThan(40);
    }

    [Test]
    public async Task EvaluationJob_ThreeRunsAtOnce_TheDatabaseSavesOneEvaluation()
    {
        var (path, id, _) = await SubmitAsync();

        // The job the submission asked for, and two more of it at once (a job handed over twice, two job servers).
        var summaries = await Task.WhenAll(RunJobAsync(id), RunJobAsync(id));
        await UntilEvaluatedAsync(path);

        summaries.Should().OnlyContain(s => s.StartsWith($"Inspection {id}", StringComparison.Ordinal));
        var stored = await _factory.ReadDatabaseAsync(db => db.Findings.Where(f => f.InspectionId == id).Select(f => f.StandardCode).ToListAsync());
        stored.Should().OnlyHaveUniqueItems().And.HaveCountGreaterThan(40);
        (await StatusChangesAsync(id)).Count(c => c.After == "Evaluated").Should().Be(1);
    }

    [Test]
    public async Task Submit_EvaluationFailsEveryAttempt_FailureVisibleNothingHalfSavedAndEvaluateRecovers()
    {
        var (path, questionnaire) = await _flow.StartedAsync();
        var id = Guid.Parse(path.Split('/')[^1]);
        await AnswerAsync(path, questionnaire);
        var answers = await _factory.ReadDatabaseAsync(db => db.InstitutionAnswers.AsNoTracking().Where(a => a.InspectionId == id).Select(a => new { a.Id, a.ValueJson }).ToListAsync());

        // A stored answer that no longer fits its question, written as the submission is saved: the job finds it, the submission did not.
        await _factory.ReadDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER spoil_answers_on_submit AFTER UPDATE OF Status ON Inspections WHEN NEW.Status = 'Submitted' " +
            "BEGIN UPDATE InstitutionAnswers SET ValueJson = '{{}}' WHERE InspectionId = NEW.Id; END;"));
        try
        {
            (await _flow.Supervisor.PostJsonAsync($"{path}/submit")).GetProperty("evaluation").Text("state").Should().Be("Pending");
            var failed = await UntilAsync(path, i => i.GetProperty("evaluation").Text("state") == "Failed", "the evaluation to fail for good");

            failed.Text("status").Should().Be("Submitted");
            var evaluation = failed.GetProperty("evaluation");
            evaluation.GetProperty("failedAttempts").GetInt32().Should().Be(2, "tried once and retried once");
            evaluation.Text("lastError").Should().StartWith("InvalidOperationException: the stored answer to").And.Contain("no longer fits its question");
            evaluation.GetProperty("nextAttemptAt").ValueKind.Should().Be(JsonValueKind.Null);
            failed.Strings("possibleActions").Should().BeEquivalentTo("Reopen", "Evaluate");
            (await _factory.ReadDatabaseAsync(db => db.Findings.CountAsync(f => f.InspectionId == id))).Should().Be(0, "a failed attempt saves nothing of an evaluation");
            await JobsTestHost.UntilAsync(async () => (await RunsOfAsync(id)).Count == 2, "both attempts in the job-run log");
            var runs = await RunsOfAsync(id);
            runs.Select(r => r.Outcome).Should().Equal(JobRunOutcome.Retrying, JobRunOutcome.Failed);
            runs[1].Error.Should().Contain("no longer fits its question");
            (await _factory.ReadDatabaseAsync(db => db.Notifications.AnyAsync(n => n.Key == $"job-failed:{runs[1].BackgroundJobId}")))
                .Should().BeTrue("administrators are told of a job that failed for good");
        }
        finally
        {
            await _factory.ReadDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS spoil_answers_on_submit;"));
        }

        foreach (var answer in answers)
        {
            await _factory.ReadDatabaseAsync(db => db.InstitutionAnswers.Where(a => a.Id == answer.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ValueJson, answer.ValueJson)));
        }

        var evaluated = await _flow.Supervisor.PostJsonAsync($"{path}/evaluate");

        evaluated.Text("status").Should().Be("Evaluated");
        evaluated.GetProperty("evaluation").Text("state").Should().Be("Evaluated");
        evaluated.GetProperty("evaluation").GetProperty("evaluatedByJob").GetBoolean().Should().BeFalse();
        (await RunJobAsync(id)).Should().Contain("nothing to evaluate", "the explicit evaluation superseded the job's");
    }

    [Test]
    public async Task IssueReport_AfterTheJobEvaluated_ReportJobWritesTheEditions()
    {
        var (path, id, _) = await SubmitAsync();
        await UntilEvaluatedAsync(path);

        (await _flow.Supervisor.PostJsonAsync($"{path}/issue-report")).Text("status").Should().Be("ReportIssued");

        await JobsTestHost.UntilAsync(
            async () => (await _factory.RunsAsync("ReportJob.RenderAsync")).Any(r => r.Arguments.Contains(id.ToString(), StringComparison.Ordinal) && r.Outcome == JobRunOutcome.Succeeded),
            "the report job to run for the issued result", seconds: 120);
        (await _factory.ReadDatabaseAsync(db => db.ReportEditions.CountAsync(e => e.InspectionId == id))).Should().BePositive();
    }

    [Test]
    public async Task Submit_SwitchedOff_WaitsForTheExplicitEvaluate()
    {
        using var factory = JobsTestHost.Create();
        using var supervisor = await factory.ClientAsAsync("supervisor.north");
        using var provider = await factory.ClientAsAsync("provider.shalom");
        var flow = new InspectionFlow(supervisor, provider);
        var (path, questionnaire) = await flow.StartedAsync();
        await supervisor.PutJsonAsync($"{path}/answers", Answers(questionnaire));

        var submitted = await supervisor.PostJsonAsync($"{path}/submit");
        await Task.Delay(1500);

        submitted.GetProperty("evaluation").Text("state").Should().Be("AwaitingEvaluation");
        (await supervisor.GetJsonAsync(path)).Text("status").Should().Be("Submitted", "no job was asked for");
        (await factory.RunsAsync(Job)).Should().BeEmpty();
        (await supervisor.PostJsonAsync($"{path}/evaluate")).GetProperty("evaluation").Text("state").Should().Be("Evaluated");
    }

    private async Task<(string Path, Guid Id, JsonElement Submitted)> SubmitAsync()
    {
        var (path, questionnaire) = await _flow.StartedAsync();
        await AnswerAsync(path, questionnaire);
        return (path, Guid.Parse(path.Split('/')[^1]), await _flow.Supervisor.PostJsonAsync($"{path}/submit"));
    }

    private Task AnswerAsync(string path, JsonElement questionnaire) => _flow.Supervisor.PutJsonAsync($"{path}/answers", Answers(questionnaire));

    private static object Answers(JsonElement questionnaire) => new
    {
        version = 0,
        answers = LifecycleAnswers.Institution(questionnaire, InspectionFlow.Today),
        residents = LifecycleAnswers.Residents(questionnaire, InspectionFlow.Today, 4),
        census = InspectionFlow.Census(questionnaire, 4),
    };

    private Task<JsonElement> UntilEvaluatedAsync(string path) =>
        UntilAsync(path, i => i.Text("status") == "Evaluated", "the job to evaluate the submitted inspection");

    private async Task<JsonElement> UntilAsync(string path, Func<JsonElement, bool> condition, string what)
    {
        var inspection = default(JsonElement);
        await JobsTestHost.UntilAsync(async () => condition(inspection = await _flow.Supervisor.GetJsonAsync(path)), what);
        return inspection;
    }

    /// <summary>The evaluation job run once more on its own, as a job handed over twice would.</summary>
    private async Task<string> RunJobAsync(Guid id)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EvaluationJob>().EvaluateAsync(id, CancellationToken.None);
    }

    private async Task<List<JobRun>> RunsOfAsync(Guid id) =>
        [.. (await _factory.RunsAsync(Job)).Where(r => r.Arguments.Contains(id.ToString(), StringComparison.Ordinal))];

    private Task<List<Guid>> FindingIdsAsync(Guid id) =>
        _factory.ReadDatabaseAsync(db => db.Findings.Where(f => f.InspectionId == id).Select(f => f.Id).ToListAsync());

    private async Task<List<(string Before, string After)>> StatusChangesAsync(Guid id)
    {
        var entries = await _analyst.GetJsonAsync($"/api/audit?entity=FacilityInspection&entityId={id}&take=1000");
        return [.. entries.EnumerateArray()
            .Where(e => e.Text("action") == "Modified")
            .OrderBy(e => e.GetProperty("id").GetInt64())
            .Select(e => (Before: Status(e, "before"), After: Status(e, "after")))
            .Where(change => change.Before != change.After)];

        static string Status(JsonElement entry, string side) =>
            JsonDocument.Parse(entry.Text(side)).RootElement.TryGetProperty("Status", out var status) ? status.ToString() : string.Empty;
    }
}
