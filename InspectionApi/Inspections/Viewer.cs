using Inspection.Api.Access;
using Inspection.Api.Hosting;
using Inspection.Standards.Model;

namespace Inspection.Api.Inspections;

/// <summary>
/// Who reads a DTO and what it is read with, handed to the mapping profiles: the role (what may be
/// shown), the language (Hebrew by default) and, for detail, the rule set whose titles it shows.
/// </summary>
public sealed record Viewer(Role? Role, Language Language, RuleSet? RuleSet = null)
{
    public const string Key = "viewer";
}
