using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>The rule-set version an inspection was judged against.</summary>
public sealed record RuleSetReference(string Id, string Version, string ContentHash, LocalizedText Title);
