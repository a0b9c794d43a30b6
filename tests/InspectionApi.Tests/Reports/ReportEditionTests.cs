using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inspection.Api.Tests.Inspections;
using Inspection.Api.Tests.Jobs;
using Inspection.Reports.Building;
using Inspection.Reports.Models;
using Inspection.Reports.Tests.Pdf;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Reports;

/// <summary>
/// Reports through the real host: issuing an inspection's report makes the report job write the first
/// edition (real Chromium), which is downloaded over HTTP and read back with PdfPig; a decided dispute
/// makes a new edition and the old one stays downloadable; a provider of another operator gets 404.
/// </summary>
public sealed class ReportEditionTests : InspectionFlowFixture
{
    private string _path = null!;
    private HttpClient _otherProvider = null!;

    protected override async Task PrepareAsync()
    {
        _otherProvider = await Factory.ClientAsAsync("provider.nitzan");
        _path = await Flow.EvaluatedAsync(
            new Dictionary<string, JsonNode?> { ["rn_every_shift"] = false },
            residents: 5,
            adjust: (resident, question, good) => question == "privacy_respected" && resident < 3 ? false : good);
        await Flow.Supervisor.PostJsonAsync($"{_path}/issue-report");
        await EditionsAsync(_path, 1);
    }

    [TestCase(ReportLanguage.Hebrew, "he")]
    [TestCase(ReportLanguage.English, "en")]
    public async Task Download_IssuedReport_PdfNamesTheFacilityTheScoreAndEveryDeficiency(ReportLanguage language, string lang)
    {
        using var response = await Flow.Provider.GetAsync($"{_path}/reports/compliance/pdf?lang={lang}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName.Should().MatchRegex($"^compliance-[a-z0-9-]+-\\d{{4}}-\\d{{2}}-\\d{{2}}-edition-1-{lang}\\.pdf$");
        var pdf = ReportPdf.Read(await response.Content.ReadAsByteArrayAsync(), language);
        var inspection = await Flow.Supervisor.GetJsonAsync($"{_path}?lang={lang}");
        var facility = await Flow.Supervisor.GetJsonAsync($"/api/facilities/{inspection.Id("facilityId")}");
        pdf.Contains(facility.Text("name")).Should().BeTrue("the facility is named:\n{0}", pdf.Text);
        var score = inspection.GetProperty("result").GetProperty("overallScore").GetDecimal();
        pdf.Contains(DeficiencyStatement.Percent(score)).Should().BeTrue("the overall score {0} is printed", score);
        var deficiencies = (await Flow.Supervisor.GetJsonAsync($"{_path}/findings?lang={lang}")).EnumerateArray().Where(f => f.Text("status") == "NotMet").ToList();
        deficiencies.Should().HaveCountGreaterThanOrEqualTo(2);
        foreach (var deficiency in deficiencies)
        {
            pdf.Contains(deficiency.Text("statement")).Should().BeTrue("the deficiency {0} is printed in the API's words: {1}", deficiency.Text("standardCode"), deficiency.Text("statement"));
        }
    }

    [Test]
    public async Task Page_SameReportAsHtml_NoScriptAllowed()
    {
        using var response = await Flow.Supervisor.GetAsync($"{_path}/reports/compliance/html?lang=en");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().StartWith("default-src 'none'").And.NotContain("script-src");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("dir=\"ltr\"").And.NotContain("<script");
        var inspection = await Flow.Supervisor.GetJsonAsync(_path);
        var facility = await Flow.Supervisor.GetJsonAsync($"/api/facilities/{inspection.Id("facilityId")}");
        html.Should().Contain(facility.Text("name"));
    }

    [Test]
    public async Task Download_ProviderOfAnotherOperator_NotFoundAsProblem()
    {
        foreach (var route in new[] { "/reports", "/reports/compliance/pdf", "/reports/compliance/editions/1/pdf", "/reports/compliance/html" })
        {
            using var response = await _otherProvider.GetAsync(_path + route);

            response.StatusCode.Should().Be(HttpStatusCode.NotFound, route);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", route);
        }
    }

    [Test]
    public async Task Download_UnknownReportOrEdition_NotFoundAsProblem()
    {
        foreach (var route in new[] { "/reports/annual/pdf", "/reports/compliance/editions/99/pdf", "/reports/nothing/editions/1/pdf" })
        {
            using var response = await Flow.Supervisor.GetAsync(_path + route);

            response.StatusCode.Should().Be(HttpStatusCode.NotFound, route);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", route);
        }
    }

    [Test]
    public async Task Download_ReportNotIssuedYet_ConflictSaysWhy()
    {
        var evaluated = await Flow.EvaluatedAsync();

        using var response = await Flow.Supervisor.GetAsync($"{evaluated}/reports/compliance/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).Should().Contain("has not been issued yet");
    }

    [Test]
    public async Task DecideDispute_FindingWithdrawn_NewEditionAndTheOldOneStillDownloadable()
    {
        var path = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?> { ["rn_every_shift"] = false });
        await Flow.Supervisor.PostJsonAsync($"{path}/issue-report");
        await EditionsAsync(path, 1);
        var nurse = (await Flow.FindingsAsync(path))["STF-01"];
        var reason = "<b>The rota</b> shows a nurse on every shift.";
        var dispute = await Flow.Provider.PostJsonAsync($"{path}/findings/{nurse.Id()}/disputes", new { reason }, HttpStatusCode.Created);

        await Flow.Supervisor.PostJsonAsync($"{path}/disputes/{dispute.Id()}/decision", new { decision = "withdrawn", note = "The rota convinced us." });

        var editions = await EditionsAsync(path, 2);
        var compliance = editions.Where(e => e.Text("report") == "compliance").OrderBy(e => e.GetProperty("number").GetInt32()).ToList();
        compliance.Select(e => e.GetProperty("number").GetInt32()).Should().Equal(1, 2);
        compliance[0].Text("reason").Should().Be("report issued");
        compliance[1].Text("reason").Should().Be("dispute of STF-01 decided: finding withdrawn");
        var first = ReportPdf.Read(await PdfAsync(Flow.Provider, compliance[0].Text("english")), ReportLanguage.English);
        var second = ReportPdf.Read(await PdfAsync(Flow.Provider, compliance[1].Text("english")), ReportLanguage.English);
        first.Contains(reason).Should().BeFalse("the first edition was issued before the dispute");
        second.Contains(reason).Should().BeTrue("the dispute's reason is printed as text, markup and all:\n{0}", second.Text);
        second.Contains("The rota convinced us.").Should().BeTrue();
        using var latest = await Flow.Provider.GetAsync($"{path}/reports/compliance/pdf?lang=en");
        latest.Content.Headers.ContentDisposition!.FileName.Should().EndWith("-edition-2-en.pdf");
    }

    [Test]
    public async Task Render_AskedAgainWithNothingChanged_NoNewEdition()
    {
        var id = _path[(_path.LastIndexOf('/') + 1)..];
        var runs = (await RunsOfAsync(id)).Count;

        using var response = await Flow.Supervisor.PostAsync($"{_path}/reports/render", null);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        await JobsTestHost.UntilAsync(async () => (await RunsOfAsync(id)).Count > runs, "the report job ran again", 120);
        var run = (await RunsOfAsync(id))[^1];
        run.Outcome.Should().Be(Inspection.Api.Jobs.JobRunOutcome.Succeeded);
        run.Summary.Should().Contain("compliance: edition 1 still says the same, no new edition");
        (await Flow.Supervisor.GetJsonAsync($"{_path}/reports")).EnumerateArray().Count(e => e.Text("report") == "compliance").Should().Be(1);
    }

    [Test]
    public async Task Render_Provider_Forbidden()
    {
        using var response = await Flow.Provider.PostAsync($"{_path}/reports/render", null);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Page_StoredResultDisagreesWithTheAnswers_ConflictAndNoReport()
    {
        var path = await Flow.EvaluatedAsync();
        await Flow.Supervisor.PostJsonAsync($"{path}/issue-report");
        var id = Guid.Parse(path[(path.LastIndexOf('/') + 1)..]);
        await Factory.ReadDatabaseAsync(db => db.Findings.Where(f => f.InspectionId == id && f.StandardCode == "STF-01")
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, Inspection.Engine.Findings.FindingStatus.NotMet)));

        using var response = await Flow.Supervisor.GetAsync($"{path}/reports/compliance/html");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("STF-01 is stored NotMet but evaluates Met");
    }

    [OneTimeTearDown]
    public void DisposeClients() => _otherProvider.Dispose();

    private async Task<List<Inspection.Api.Jobs.JobRun>> RunsOfAsync(string inspectionId) =>
        [.. (await Factory.RunsAsync("ReportJob.RenderAsync")).Where(r => r.Arguments.Contains(inspectionId, StringComparison.Ordinal))];

    private static async Task<byte[]> PdfAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Waits (the job prints with Chromium on a shared machine) until the compliance report of <paramref name="path"/> has <paramref name="count"/> editions.</summary>
    private async Task<List<JsonElement>> EditionsAsync(string path, int count)
    {
        List<JsonElement> editions = [];
        await JobsTestHost.UntilAsync(async () =>
        {
            editions = [.. (await Flow.Supervisor.GetJsonAsync($"{path}/reports")).EnumerateArray()];
            return editions.Count(e => e.Text("report") == "compliance") >= count;
        }, $"edition {count} of the compliance report of {path}", 180);
        return editions;
    }
}
