using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inspection.Api.Inspections.Strengths;
using Inspection.Api.Tests.Inspections;
using Inspection.Api.Tests.Jobs;
using Inspection.Reports.Models;
using Inspection.Reports.Tests.Pdf;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Strengths;

/// <summary>
/// Learning from success through the real host, database, Engine and Chromium, on visits built by hand to a care
/// home (elderly-care-home 1.1.0, four sampled residents answering well, so every met resident-level rate is 100%).
/// First visit: the kitchen is dirty (NUT-02, weight 2 of the nutrition domain's 14: nutrition 12/14). Second visit:
/// the kitchen is clean (nutrition 14/14, up 2/14 = 14.3 points, more than the 10-point margin), the residents' rights
/// are not displayed (RGT-01, weight 1 of rights' 14: rights down from 14/14 to 13/14). Its report is issued, its
/// plan approved and a follow-up finds RGT-01 corrected.
/// </summary>
public sealed class StrengthTests : InspectionFlowFixture
{
    private string _first = null!;
    private string _second = null!;
    private string _followUp = null!;

    protected override async Task PrepareAsync()
    {
        _first = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?> { ["kitchen_clean"] = false });
        _second = await Flow.EvaluatedAsync(new Dictionary<string, JsonNode?> { ["rights_displayed"] = false });
        await Flow.Supervisor.PostJsonAsync($"{_second}/issue-report");
        var rights = (await Flow.FindingsAsync(_second))["RGT-01"];
        await Flow.Provider.PutJsonAsync($"{_second}/correction-plan", new
        {
            version = 0,
            actions = new[] { new { findingId = rights.Id(), description = "Put the rights up in the hall", owner = "Director", dueDate = InspectionFlow.Today.AddDays(14) } },
        });
        await Flow.Provider.PostJsonAsync($"{_second}/correction-plan/submit");
        await Flow.Supervisor.PostJsonAsync($"{_second}/correction-plan/approve", new { note = "Agreed." });
        var followUp = await Flow.Supervisor.PostJsonAsync($"{_second}/follow-up", new { plannedDate = InspectionFlow.Today.AddDays(20) }, HttpStatusCode.Created);
        _followUp = $"/api/inspections/{followUp.Id()}";
        await Flow.Supervisor.PostJsonAsync($"{_followUp}/start");
        var recheck = await Flow.Supervisor.GetJsonAsync($"{_followUp}/questionnaire");
        await Flow.Supervisor.PutJsonAsync($"{_followUp}/answers", new { version = 0, answers = LifecycleAnswers.Institution(recheck, InspectionFlow.Today) });
        await Flow.Supervisor.PostJsonAsync($"{_followUp}/submit");
        await Flow.Supervisor.PostJsonAsync($"{_followUp}/evaluate");
    }

    [Test]
    public async Task Result_NextVisit_NamesThePreviousDeficiencyMetNowTheImprovedDomainAndRatesFarAboveTheBar()
    {
        var result = (await Flow.Supervisor.GetJsonAsync($"{_second}?lang=en")).GetProperty("result");

        result.Id("previousInspectionId").Should().Be(IdOf(_first));
        var strengths = result.GetProperty("strengths").EnumerateArray().ToList();
        Subjects(strengths, "DeficiencyResolved").Should().Equal("NUT-02");
        Subjects(strengths, "DomainImproved").Should().Equal(["nutrition"], "rights fell and nothing else moved");
        var nutrition = strengths.Single(s => s.Text("kind") == "DomainImproved");
        nutrition.GetProperty("previous").GetDecimal().Should().BeApproximately(12m / 14m, 0.0001m);
        nutrition.GetProperty("current").GetDecimal().Should().Be(1m);
        var firstNutrition = (await Flow.Supervisor.GetJsonAsync(_first)).GetProperty("result").GetProperty("domains").EnumerateArray().Single(d => d.Text("domain") == "nutrition");
        nutrition.GetProperty("previous").GetDecimal().Should().Be(firstNutrition.GetProperty("score").GetDecimal(), "the previous score is the first visit's stored one");
        var rates = Subjects(strengths, "RateAboveBar");
        rates.Should().Contain(["SAF-05", "NUT-04", "CPL-01", "ACT-03"], "100% is at least 15 points above bars of 80% and 70%");
        rates.Should().NotContain(["HLT-10", "RGT-04", "RGT-03"], "100% is only 10 points above a bar of 90%, and 0 above 100%");
        var falls = strengths.Single(s => s.Text("kind") == "RateAboveBar" && s.Text("subject") == "SAF-05");
        (falls.GetProperty("current").GetDecimal(), falls.GetProperty("bar").GetDecimal()).Should().Be((1m, 0.8m));
        falls.Text("title").Should().MatchRegex("^[^\u0590-\u05FF]+$", "English was asked for");
        strengths.Select(s => Kind(s.Text("kind"))).Should().BeInAscendingOrder("resolved deficiencies come first, then rates, then domains");

        var listed = await Flow.Provider.GetJsonAsync($"{_second}/strengths?lang=en");
        listed.EnumerateArray().Select(s => (s.Text("kind"), s.Text("subject"))).Should().Equal(strengths.Select(s => (s.Text("kind"), s.Text("subject"))));
    }

    [Test]
    public async Task Result_FollowUpFindsTheDeficiencyCorrected_DeficiencyResolvedStrength()
    {
        var strengths = (await Flow.Supervisor.GetJsonAsync(_followUp)).GetProperty("result").GetProperty("strengths").EnumerateArray().ToList();

        Subjects(strengths, "DeficiencyResolved").Should().Equal(["RGT-01"], "the follow-up re-checked the second visit's one deficiency and found it met");
        Subjects(strengths, "DomainImproved").Should().BeEmpty("a follow-up is not scored by domain");
    }

    [Test]
    public async Task Result_SelfAssessmentIsNoPreviousInspection_NothingResolvedAgainstIt()
    {
        // A self-assessment with the kitchen dirty, then... nothing official: the next official visit still compares with _second.
        var facility = await Flow.FacilityAsync();
        var planned = await Flow.Provider.PostJsonAsync("/api/inspections", new { facilityId = facility, kind = "self-assessment", plannedDate = InspectionFlow.Today }, HttpStatusCode.Created);
        var path = $"/api/inspections/{planned.Id()}";
        var questionnaire = await Flow.Provider.GetJsonAsync($"{path}/questionnaire");
        await Flow.Provider.PutJsonAsync($"{path}/answers", new
        {
            version = 0,
            answers = LifecycleAnswers.Institution(questionnaire, InspectionFlow.Today, new Dictionary<string, JsonNode?> { ["kitchen_clean"] = true }),
            residents = LifecycleAnswers.Residents(questionnaire, InspectionFlow.Today, 4),
            census = InspectionFlow.Census(questionnaire, 4),
        });
        await Flow.Provider.PostJsonAsync($"{path}/submit");
        await Flow.Provider.PostJsonAsync($"{path}/evaluate");

        var strengths = (await Flow.Provider.GetJsonAsync(path)).GetProperty("result").GetProperty("strengths").EnumerateArray().ToList();

        strengths.Should().NotBeEmpty().And.OnlyContain(s => s.Text("kind") == "RateAboveBar", "a self-assessment has no previous inspection to improve on");
    }

    [Test]
    public async Task RecordPractice_ProviderOfTheFacility_SavedAuditedShownAndReplacedOnASecondRecord()
    {
        var recorded = await Flow.Provider.PutJsonAsync($"{_second}/strengths/practice?lang=en",
            new { kind = "deficiencyResolved", subject = "NUT-02", practice = "  A cleaning rota signed off daily by the cook.  " });

        recorded.Text("kind").Should().Be("DeficiencyResolved");
        recorded.GetProperty("practice").Text("text").Should().Be("A cleaning rota signed off daily by the cook.");
        var shown = (await Flow.Supervisor.GetJsonAsync(_second)).GetProperty("result").GetProperty("strengths").EnumerateArray()
            .Single(s => s.Text("subject") == "NUT-02");
        shown.GetProperty("practice").Text("text").Should().Be("A cleaning rota signed off daily by the cook.");
        var id = IdOf(_second);
        var audit = await Factory.ReadDatabaseAsync(db => db.AuditLog.AsNoTracking().Where(e => e.Entity == nameof(StrengthPractice)).ToListAsync());
        audit.Should().Contain(e => e.UserName == "provider.shalom" && e.After!.Contains("A cleaning rota signed off daily by the cook.") && e.After.Contains(id.ToString()));

        await Flow.Provider.PutJsonAsync($"{_second}/strengths/practice", new { kind = "DeficiencyResolved", subject = "NUT-02", practice = "The cook signs the rota at noon and at six." });

        var stored = await Factory.ReadDatabaseAsync(db => db.Set<StrengthPractice>().AsNoTracking().Where(p => p.InspectionId == id && p.Subject == "NUT-02").ToListAsync());
        stored.Should().ContainSingle().Which.Text.Should().Be("The cook signs the rota at noon and at six.");
        (await Factory.ReadDatabaseAsync(db => db.AuditLog.CountAsync(e => e.Entity == nameof(StrengthPractice) && e.Before != null && e.Before.Contains("A cleaning rota"))))
            .Should().Be(1, "the replaced text stays in the audit log");
    }

    [Test]
    public async Task RecordPractice_BadInputOrWrongCaller_ClearProblemAndNothingSaved()
    {
        using var otherProvider = await Factory.ClientAsAsync("provider.nitzan");
        var body = new { kind = "rateAboveBar", subject = "SAF-06", practice = "Falls plans reviewed weekly." };

        var supervisor = await Flow.Supervisor.PutJsonAsync($"{_second}/strengths/practice", body, HttpStatusCode.Forbidden);
        supervisor.Text("detail").Should().Contain("provider");
        await otherProvider.PutJsonAsync($"{_second}/strengths/practice", body, HttpStatusCode.NotFound);
        var kind = await Flow.Provider.PutJsonAsync($"{_second}/strengths/practice", body with { kind = "luck" }, HttpStatusCode.BadRequest);
        kind.GetProperty("errors").GetProperty("kind")[0].GetString().Should().Contain("deficiencyResolved");
        var notAStrength = await Flow.Provider.PutJsonAsync($"{_second}/strengths/practice", body with { subject = "HLT-10" }, HttpStatusCode.BadRequest);
        notAStrength.GetProperty("errors").GetProperty("subject")[0].GetString().Should().Contain("no RateAboveBar strength HLT-10").And.Contain("DeficiencyResolved NUT-02");
        var empty = await Flow.Provider.PutJsonAsync($"{_second}/strengths/practice", body with { practice = "   " }, HttpStatusCode.BadRequest);
        empty.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().ContainMatch("*ractice");
        var tooLong = await Flow.Provider.PutJsonAsync($"{_second}/strengths/practice", body with { practice = new string('x', 4001) }, HttpStatusCode.BadRequest);
        tooLong.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().ContainMatch("*ractice");
        var notIssued = await Flow.Provider.PutJsonAsync($"{_first}/strengths/practice", body, HttpStatusCode.Conflict);
        notIssued.Text("detail").Should().Contain("once the inspection's report is issued");

        (await Factory.ReadDatabaseAsync(db => db.Set<StrengthPractice>().CountAsync(p => p.Subject == "SAF-06"))).Should().Be(0);
    }

    [TestCase(ReportLanguage.English, "en", "Strengths", "Findings by domain")]
    [TestCase(ReportLanguage.Hebrew, "he", "חוזקות", "ממצאים לפי תחום")]
    public async Task CompliancePdf_FindingsOpenWithTheStrengths(ReportLanguage language, string lang, string heading, string findings)
    {
        var edition = await EditionAsync("compliance", _ => true);

        var pdf = ReportPdf.Read(await PdfAsync(edition.Text(lang == "en" ? "english" : "hebrew")), language);

        var text = ReportPdf.Squash(pdf.Text);
        text.Should().Contain(ReportPdf.Squash(heading));
        text.IndexOf(ReportPdf.Squash(heading), StringComparison.Ordinal).Should().BeLessThan(text.IndexOf(ReportPdf.Squash(findings), StringComparison.Ordinal), "the findings open with the strengths");
        foreach (var strength in (await Flow.Supervisor.GetJsonAsync($"{_second}/strengths?lang={lang}")).EnumerateArray().Where(s => s.Text("kind") != "RateAboveBar"))
        {
            pdf.Contains(strength.Text("title")).Should().BeTrue("the strength {0} is printed:\n{1}", strength.Text("subject"), pdf.Text);
        }

        pdf.Contains(lang == "en" ? "Previous deficiency corrected" : "ליקוי מהביקור הקודם תוקן").Should().BeTrue(pdf.Text);
        pdf.Contains(lang == "en" ? "Domain score 85.7% → 100%" : "ציון התחום 85.7% → 100%").Should().BeTrue(pdf.Text);
    }

    [Test]
    public async Task ImprovementPdf_PracticeRecorded_NewEditionPrintsWhatWorked()
    {
        const string practice = "A falls nurse reviews every assessment on Sundays.";
        await Flow.Provider.PutJsonAsync($"{_second}/strengths/practice", new { kind = "rateAboveBar", subject = "SAF-05", practice });

        // The edition that prints this practice may be made by another job that read it (the report issued in the set-up, or
        // another practice recorded at about the same time); this one then finds nothing new. Wait for the content, not the reason.
        ReportPdf english = null!;
        JsonElement edition = default;
        await JobsTestHost.UntilAsync(async () =>
        {
            edition = await EditionAsync("improvement", _ => true);
            english = ReportPdf.Read(await PdfAsync(edition.Text("english")), ReportLanguage.English);
            return english.Contains(practice);
        }, "an improvement report edition that prints the practice", 480);

        english.Contains("What worked").Should().BeTrue(english.Text);
        english.Contains(practice).Should().BeTrue("the provider's practice is printed:\n{0}", english.Text);
        english.Contains("The provider has not yet recorded what they did.").Should().BeTrue("strengths without a practice say so");
        var hebrew = ReportPdf.Read(await PdfAsync(edition.Text("hebrew")), ReportLanguage.Hebrew);
        hebrew.Contains("מה עבד").Should().BeTrue(hebrew.Text);
        hebrew.Contains(practice).Should().BeTrue(hebrew.Text);
    }

    [Test]
    public async Task MostImproved_PracticeRecorded_ListedNextToTheRankForHeadquartersAndAnonymisedForOtherProviders()
    {
        const string practice = "The kitchen has a daily cleaning checklist, checked by the manager.";
        await Flow.Provider.PutJsonAsync($"{_second}/strengths/practice", new { kind = "domainImproved", subject = "nutrition", practice });
        var facility = await Flow.FacilityAsync();
        var query = $"/api/comparison/improvement?from={InspectionFlow.Today.AddDays(-1):yyyy-MM-dd}&to={InspectionFlow.Today.AddDays(30):yyyy-MM-dd}&serviceType=elderly-care-home&lang=en";
        using var analyst = await Factory.ClientAsAsync("analyst");

        var domains = (await analyst.GetJsonAsync(query)).GetProperty("serviceTypes")[0].GetProperty("domains").EnumerateArray().ToList();

        var nutrition = domains.Single(d => d.Text("domain") == "nutrition");
        var row = nutrition.GetProperty("facilities").EnumerateArray().Single(f => f.Id("facilityId") == facility);
        row.Id("inspectionId").Should().Be(IdOf(_second));
        row.Id("previousInspectionId").Should().Be(IdOf(_first));
        row.GetProperty("previous").GetDecimal().Should().BeApproximately(12m / 14m, 0.0001m);
        row.GetProperty("current").GetDecimal().Should().Be(1m);
        row.GetProperty("improvement").GetDecimal().Should().BeApproximately(2m / 14m, 0.0001m);
        row.GetProperty("place").GetInt32().Should().Be(1);
        row.GetProperty("rank").GetInt32().Should().BeGreaterThanOrEqualTo(1).And.BeLessThanOrEqualTo(row.GetProperty("peers").GetInt32());
        row.GetProperty("practices").EnumerateArray().Select(p => p.GetProperty("practice").Text("text")).Should().Contain(practice);
        row.GetProperty("practices").EnumerateArray().Should().OnlyContain(p => p.Text("domain") == "nutrition", "only the practices of the domain's strengths");
        domains.Single(d => d.Text("domain") == "rights").GetProperty("facilities").EnumerateArray()
            .Should().NotContain(f => f.Id("facilityId") == facility, "rights fell from 14/14 to 13/14");

        using var otherProvider = await Factory.ClientAsAsync("provider.nitzan");
        var anonymised = (await otherProvider.GetJsonAsync(query)).GetProperty("serviceTypes")[0];
        anonymised.GetRawText().Should().NotContain(practice).And.NotContain(facility.ToString()).And.NotContain(IdOf(_second).ToString());
        anonymised.GetProperty("domains").EnumerateArray().Single(d => d.Text("domain") == "nutrition").GetProperty("facilities").EnumerateArray()
            .Should().Contain(f => f.GetProperty("facilityId").ValueKind == JsonValueKind.Null && f.GetProperty("improvement").GetDecimal() > 0.14m);
        using var author = await Factory.ClientAsAsync("author");
        await author.GetJsonAsync(query, HttpStatusCode.Forbidden);
        (await analyst.GetJsonAsync(query.Replace("&serviceType", "&top=0&serviceType", StringComparison.Ordinal), HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("top")[0].GetString().Should().Contain("between 1 and 50");
    }

    private static int Kind(string kind) => kind switch
    {
        "DeficiencyResolved" => 0,
        "RateAboveBar" => 1,
        _ => 2,
    };

    private static List<string> Subjects(List<JsonElement> strengths, string kind) =>
        [.. strengths.Where(s => s.Text("kind") == kind).Select(s => s.Text("subject"))];

    private static Guid IdOf(string path) => Guid.Parse(path[(path.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);

    private async Task<byte[]> PdfAsync(string path)
    {
        using var response = await Flow.Provider.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Waits (the report job prints with Chromium on a shared machine) for the latest edition of <paramref name="report"/> of the second visit that <paramref name="matches"/>.</summary>
    private async Task<JsonElement> EditionAsync(string report, Func<JsonElement, bool> matches)
    {
        JsonElement? found = null;
        await JobsTestHost.UntilAsync(async () =>
        {
            found = (await Flow.Supervisor.GetJsonAsync($"{_second}/reports")).EnumerateArray()
                .Where(e => e.Text("report") == report && matches(e)).OrderBy(e => e.GetProperty("number").GetInt32()).Cast<JsonElement?>().LastOrDefault();
            return found is not null;
        }, $"an edition of the {report} report of {_second}", 480);
        return found!.Value;
    }
}
