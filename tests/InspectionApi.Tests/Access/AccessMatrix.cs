using System.Net.Http.Json;
using static Inspection.Api.Tests.Access.Actor;

namespace Inspection.Api.Tests.Access;

/// <summary>
/// Every endpoint the host maps, with the outcome each actor must get. Bodies are the least that lets
/// access be judged: where access passes, a 400 or 409 for a minimal body still counts as allowed.
/// Routes on inspections aim at the facility of <see cref="AccessTargets"/>: {closed} is closed (so every
/// move on it is refused as illegal, not carried out), {unannounced} is a planned unannounced visit.
/// </summary>
public static class AccessMatrix
{
    private static readonly Actor[] SignedIn = [SupervisorInDistrict, SupervisorOutOfDistrict, ProviderOwnOperator, ProviderOtherOperator, Analyst, CatalogAuthor, Administrator];

    /// <summary>Anyone, signed in or not.</summary>
    private static readonly Func<Actor, AccessOutcome> Anyone = Expect([Anonymous, .. SignedIn]);

    /// <summary>Anyone signed in (what they get back may still be filtered).</summary>
    private static readonly Func<Actor, AccessOutcome> Everyone = Expect(SignedIn);

    /// <summary>Those who may see the facility or its inspection: its district's supervisor, its provider, headquarters.</summary>
    private static readonly Func<Actor, AccessOutcome> SeesFacility = Expect([SupervisorInDistrict, ProviderOwnOperator, Analyst, Administrator]);

    /// <summary>Inspector's work on an external inspection: the provider and the analyst see it, but may not do this.</summary>
    private static readonly Func<Actor, AccessOutcome> Inspects = Expect([SupervisorInDistrict, Administrator], forbidden: [ProviderOwnOperator, Analyst]);

    /// <summary>The provider's part (disputes, correction plans, self-assessments): the supervisor and the analyst see it, but may not do this.</summary>
    private static readonly Func<Actor, AccessOutcome> SpeaksForProvider = Expect([ProviderOwnOperator, Administrator], forbidden: [SupervisorInDistrict, Analyst]);

    private static readonly Func<Actor, AccessOutcome> PlansVisits = Expect([SupervisorInDistrict, Administrator], forbidden: [ProviderOwnOperator, Analyst, CatalogAuthor]);

    private static readonly Func<Actor, AccessOutcome> PlansSelfAssessments = Expect([ProviderOwnOperator, Administrator], forbidden: [SupervisorInDistrict, Analyst, CatalogAuthor]);

    /// <summary>A planned unannounced visit does not exist for the provider.</summary>
    private static readonly Func<Actor, AccessOutcome> SeesPlannedUnannounced = Expect([SupervisorInDistrict, Analyst, Administrator]);

    /// <summary>The preparation brief: the supervisor's and headquarters'; the provider sees the inspection but not the brief.</summary>
    private static readonly Func<Actor, AccessOutcome> ReadsBrief = Expect([SupervisorInDistrict, Analyst, Administrator], forbidden: [ProviderOwnOperator]);

    /// <summary>Planning (policies, a cycle's plan with its seed): the ministry's people, never providers or catalog authors.</summary>
    private static readonly Func<Actor, AccessOutcome> Ministry = Only(SupervisorInDistrict, SupervisorOutOfDistrict, Analyst, Administrator);

    private static readonly Func<Actor, AccessOutcome> InspectsPlannedUnannounced = Expect([SupervisorInDistrict, Administrator], forbidden: [Analyst]);

    public static IEnumerable<EndpointCase> Endpoints()
    {
        // Auth
        yield return new("POST", "/api/auth/token", _ => Json(new { }), Anyone);
        yield return new("GET", "/api/auth/me", None, Everyone);
        yield return new("POST", "/api/auth/password", _ => Json(new { }), Everyone);
        yield return new("GET", "/api/start", None, Anyone);

        // Accounts
        yield return new("GET", "/api/users", None, Only(Administrator));
        yield return new("GET", "/api/users/{administrator}", None, Only(Administrator));
        yield return new("POST", "/api/users", _ => Json(new { }), Only(Administrator));
        yield return new("PUT", "/api/users/{administrator}", _ => Json(new { }), Only(Administrator));
        yield return new("PUT", "/api/users/{administrator}/password", _ => Json(new { }), Only(Administrator));
        yield return new("DELETE", "/api/users/{administrator}", None, Only(Administrator));

        // Facilities
        yield return new("GET", "/api/operators", None, Everyone);
        yield return new("POST", "/api/operators", _ => Json(new { }), Only(Administrator));
        yield return new("GET", "/api/facilities", None, Everyone);
        yield return new("GET", "/api/facilities/{facility}", None, SeesFacility);
        yield return new("POST", "/api/facilities", _ => Json(new { }), Only(Administrator));

        // Rule sets
        yield return new("GET", "/api/rule-sets", None, Everyone);
        yield return new("GET", "/api/rule-sets/{ruleSet}", None, Everyone);
        yield return new("GET", "/api/rule-sets/{ruleSet}/diff/{otherRuleSet}", None, Everyone);
        yield return new("POST", "/api/rule-sets", _ => AccessTargets.Yaml(string.Empty), Only(CatalogAuthor, Administrator));
        yield return new("POST", "/api/rule-sets/import-catalog", None, Only(CatalogAuthor, Administrator));
        yield return new("POST", "/api/rule-sets/{draftRuleSet}/publish", None, Only(CatalogAuthor, Administrator));
        yield return new("POST", "/api/rule-sets/{futureRuleSet}/retire", None, Only(CatalogAuthor, Administrator));

        // Inspections: planning
        yield return new("GET", "/api/inspections", None, Everyone);
        yield return new("POST", "/api/inspections", t => Plan(t, "Regular"), PlansVisits, "regular");
        yield return new("POST", "/api/inspections", t => Plan(t, "Unannounced"), PlansVisits, "unannounced");
        yield return new("POST", "/api/inspections", t => Plan(t, "SelfAssessment"), PlansSelfAssessments, "self-assessment");

        // An external inspection: reading, answers, lifecycle, findings and disputes
        yield return new("GET", "/api/inspections/{closed}", None, SeesFacility);
        yield return new("GET", "/api/inspections/{closed}/questionnaire", None, SeesFacility);
        yield return new("GET", "/api/inspections/{closed}/completeness", None, SeesFacility);
        yield return new("GET", "/api/inspections/{closed}/answers", None, SeesFacility);
        yield return new("PUT", "/api/inspections/{closed}/answers", _ => Json(new { version = 0 }), Inspects);
        foreach (var move in new[] { "start", "submit", "reopen", "evaluate", "issue-report", "close" })
        {
            yield return new("POST", $"/api/inspections/{{closed}}/{move}", None, Inspects);
        }

        yield return new("POST", "/api/inspections/{closed}/reschedule", _ => Json(new { plannedDate = AccessTargets.Today.AddDays(-1) }), Inspects);
        yield return new("POST", "/api/inspections/{closed}/follow-up", _ => Json(new { plannedDate = AccessTargets.Today.AddDays(60) }), Inspects);
        yield return new("GET", "/api/inspections/{closed}/findings", None, SeesFacility);
        yield return new("GET", "/api/inspections/{closed}/disputes", None, SeesFacility);
        yield return new("POST", "/api/inspections/{closed}/findings/{closedFinding}/disputes", _ => Json(new { reason = "The log was in the office." }), SpeaksForProvider);
        yield return new("POST", "/api/inspections/{reported}/disputes/{dispute}/decision", _ => Json(new { decision = "upheld", note = "The finding stands." }), Inspects);

        // Professional judgment: the inspection's own supervisor amends (a closed inspection refuses it, 409); the district reviews
        yield return new("GET", "/api/inspections/{closed}/amendments", None, SeesFacility);
        yield return new("POST", "/api/inspections/{closed}/findings/{closedFinding}/amendment", _ => Json(new { status = "met", reason = "Seen on site.", evidence = "Log." }), Inspects);
        yield return new("DELETE", "/api/inspections/{closed}/findings/{closedFinding}/amendment", None, Inspects);
        yield return new("POST", "/api/inspections/{closed}/amendments/00000000-0000-0000-0000-000000000001/review", _ => Json(new { decision = "accept" }), Inspects);
        // Strengths (learning from success): the result's, the provider's practices, headquarters' most improved
        yield return new("GET", "/api/inspections/{closed}/strengths", None, SeesFacility);
        yield return new("PUT", "/api/inspections/{closed}/strengths/practice", _ => Json(new { kind = "rateAboveBar", subject = "CARE-01", practice = "A nurse checks the plans each week." }), SpeaksForProvider);
        yield return new("GET", "/api/comparison/improvement?from=2000-01-01&to=2099-12-31", None,
            Only(SupervisorInDistrict, SupervisorOutOfDistrict, ProviderOwnOperator, ProviderOtherOperator, Analyst, Administrator));

        // Correction plans
        yield return new("GET", "/api/inspections/{closed}/correction-plan", None, SeesFacility);
        yield return new("PUT", "/api/inspections/{closed}/correction-plan", _ => Json(new { version = 1, actions = Array.Empty<object>() }), SpeaksForProvider);
        yield return new("POST", "/api/inspections/{closed}/correction-plan/submit", None, SpeaksForProvider);
        yield return new("POST", "/api/inspections/{closed}/correction-plan/approve", _ => Json(new { }), Inspects);
        yield return new("POST", "/api/inspections/{closed}/correction-plan/return", _ => Json(new { note = "Add a due date." }), Inspects);

        // Reports: the issued editions, the web page, printing on request; the brief is the supervisor's
        yield return new("GET", "/api/inspections/{closed}/reports", None, SeesFacility);
        yield return new("GET", "/api/inspections/{closed}/reports/compliance/pdf", None, SeesFacility);
        yield return new("GET", "/api/inspections/{closed}/reports/compliance/editions/1/pdf", None, SeesFacility);
        yield return new("GET", "/api/inspections/{closed}/reports/compliance/html", None, SeesFacility);
        yield return new("POST", "/api/inspections/{closed}/reports/render", None, Inspects);
        yield return new("GET", "/api/inspections/{selfAssessment}/reports/self-assessment/pdf", None, SeesFacility);
        yield return new("GET", "/api/inspections/{unannounced}/reports/preparation-brief/html", None, SeesPlannedUnannounced);
        yield return new("GET", "/api/inspections/{unannounced}/reports/preparation-brief/pdf", None, SeesPlannedUnannounced);
        yield return new("GET", "/api/inspections/{reported}/reports/preparation-brief/html", None, ReadsBrief);
        yield return new("GET", "/api/inspections/{unannounced}/preparation-brief", None, SeesPlannedUnannounced);
        yield return new("GET", "/api/inspections/{reported}/preparation-brief", None, ReadsBrief);

        // Attachments
        yield return new("GET", "/api/inspections/{closed}/attachments", None, SeesFacility);
        yield return new("POST", "/api/inspections/{closed}/attachments", _ => FormWithoutFile(), Inspects);
        yield return new("GET", "/api/inspections/{closed}/attachments/{attachment}", None, SeesFacility);

        // A self-assessment is the provider's own
        yield return new("GET", "/api/inspections/{selfAssessment}", None, SeesFacility);
        yield return new("PUT", "/api/inspections/{selfAssessment}/answers", _ => Json(new { version = 0 }), SpeaksForProvider);
        yield return new("POST", "/api/inspections/{selfAssessment}/start", None, SpeaksForProvider);
        yield return new("POST", "/api/inspections/{selfAssessment}/attachments", _ => FormWithoutFile(), SpeaksForProvider);

        // A planned unannounced visit (nothing here moves it on, so it stays hidden from the provider)
        foreach (var read in new[] { string.Empty, "/questionnaire", "/completeness", "/answers", "/findings", "/disputes", "/attachments" })
        {
            yield return new("GET", $"/api/inspections/{{unannounced}}{read}", None, SeesPlannedUnannounced);
        }

        yield return new("PUT", "/api/inspections/{unannounced}/answers", _ => Json(new { version = 0 }), InspectsPlannedUnannounced);
        yield return new("POST", "/api/inspections/{unannounced}/submit", None, InspectsPlannedUnannounced);
        yield return new("POST", "/api/inspections/{unannounced}/reschedule", _ => Json(new { plannedDate = AccessTargets.Today.AddDays(-1) }), InspectsPlannedUnannounced);
        yield return new("POST", "/api/inspections/{unannounced}/attachments", _ => FormWithoutFile(), InspectsPlannedUnannounced);

        // Cycles and audit
        yield return new("GET", "/api/cycles", None, Everyone);
        yield return new("POST", "/api/cycles", _ => Json(new { }), Only(Administrator));
        yield return new("GET", "/api/cycles/{cycle}/plan", None, Ministry);
        yield return new("POST", "/api/cycles/{cycle}/plan", None, Only(Administrator));

        // Planning policies: the ministry's; an administrator changes them
        yield return new("GET", "/api/planning-policies", None, Ministry);
        yield return new("GET", "/api/planning-policies/elderly-care-home", None, Ministry);
        yield return new("PUT", "/api/planning-policies/elderly-care-home", _ => Json(new { }), Only(Administrator));
        yield return new("GET", "/api/audit", None, Only(Analyst, Administrator));

        // Headquarters' amendment rates per supervisor: analysts and administrators only (no filter: 400 once access passed)
        yield return new("GET", "/api/comparison/amendments", None, Only(Analyst, Administrator));
        // Recent policy what-ifs: analysts and administrators only
        yield return new("GET", "/api/comparison/what-if", None, Only(Analyst, Administrator));
        // Headquarters figures by standard type: every role that compares (providers and supervisors see their own by name)
        yield return new("GET", "/api/comparison/standard-types?serviceType=elderly-care-home", None,
            Only(SupervisorInDistrict, SupervisorOutOfDistrict, ProviderOwnOperator, ProviderOtherOperator, Analyst, Administrator));
    }

    public static IEnumerable<TestCaseData> Cases() =>
        from endpoint in Endpoints()
        from actor in Enum.GetValues<Actor>()
        let expected = endpoint.Expected(actor)
        select new TestCaseData(endpoint, actor, expected).SetArgDisplayNames(endpoint.ToString(), actor.ToString(), expected.ToString());

    /// <summary>
    /// <paramref name="allowed"/> pass; <paramref name="forbidden"/> see the resource but are refused (403);
    /// any other signed-in actor is told it does not exist (404); nobody signed in gets 401.
    /// </summary>
    private static Func<Actor, AccessOutcome> Expect(Actor[] allowed, Actor[]? forbidden = null) => actor =>
        allowed.Contains(actor) ? AccessOutcome.Allowed
        : actor == Anonymous ? AccessOutcome.Unauthenticated
        : forbidden?.Contains(actor) == true ? AccessOutcome.Forbidden
        : AccessOutcome.Hidden;

    /// <summary>A role-wide rule: nothing to hide, everyone else signed in is refused.</summary>
    private static Func<Actor, AccessOutcome> Only(params Actor[] allowed) => Expect(allowed, forbidden: SignedIn);

    private static HttpContent? None(AccessTargets targets) => null;

    private static JsonContent Json(object body) => JsonContent.Create(body);

    private static JsonContent Plan(AccessTargets targets, string kind) =>
        Json(new { facilityId = targets.FacilityId, kind, plannedDate = AccessTargets.Today.AddDays(45) });

    private static MultipartFormDataContent FormWithoutFile() => new() { { new StringContent("no-such-question"), "questionCode" } };
}
