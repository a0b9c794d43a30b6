namespace Inspection.Api.Hosting.ApiDocument;

/// <summary>
/// Every tag an endpoint may carry, with what it groups, in one table. A tag missing here has no
/// description in the document, and <c>ApiDocumentTests</c> fails until it is added.
/// </summary>
internal static class ApiTags
{
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Sign-in"] = "Exchange a user name and password for a bearer token; read who the token belongs to; change your own password.",
        ["Users"] = "Accounts and their roles, districts and operators (administrators only).",
        ["Facilities"] = "Operators and the facilities they run, as each caller may see them.",
        ["Rule sets"] = "Versioned quality standards: upload a YAML rule set, compare two versions, publish or retire one.",
        ["Inspections"] = "Plan an inspection, answer its questionnaire, move it through its life cycle, read its findings, disputes, comparison and reports.",
        ["Correction plans"] = "What a provider will do about each deficiency (correction plan) or below-top grade (improvement plan), and its review.",
        ["Attachments"] = "Evidence files (photos, documents) attached to an inspection's answers.",
        ["Cycles"] = "Inspection cycles (the periods in which facilities are inspected), the planning policy of each service type, and the plan the daily planner fills.",
        ["Comparison"] = "Headquarters figures across facilities: comparison and exports, trends, self-assessment agreement, population served and the policy what-if.",
        ["Audit"] = "Who changed what and when, and refused requests (analysts and administrators).",
        ["Notifications"] = "Each user's inbox of notices from the service.",
        ["Jobs"] = "The background jobs' run log, recurring schedules and dashboard sign-in (administrators only).",
        ["Start page"] = "What the start page shows before anyone signs in.",
    };
}
