using Inspection.Standards.Model;

namespace Inspection.Api.RuleSets;

/// <summary>
/// A rule-set version imported from the catalog: its YAML as imported, identified by id, version and
/// content hash. The content never changes after import; only a draft may become published or a
/// published one retired. Findings point at the exact version they were made with.
/// </summary>
public sealed class RuleSetVersion
{
    private RuleSetVersion()
    {
    }

    public RuleSetVersion(RuleSet ruleSet, string contentHash, string yaml, string sourceName, DateTime importedAt)
    {
        RuleSetId = ruleSet.Id;
        Version = ruleSet.Version.ToString();
        ServiceType = ruleSet.ServiceType;
        Status = ruleSet.Status;
        ContentHash = contentHash;
        Yaml = yaml;
        SourceName = sourceName;
        ImportedAt = importedAt;
        EffectiveFrom = ruleSet.EffectiveFrom;
        TitleHe = ruleSet.Title.He;
        TitleEn = ruleSet.Title.En;
        StandardCount = ruleSet.Standards.Count;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RuleSetId { get; private set; } = string.Empty;

    public string Version { get; private set; } = string.Empty;

    public string ServiceType { get; private set; } = string.Empty;

    public RuleSetStatus Status { get; private set; }

    public string ContentHash { get; private set; } = string.Empty;

    public string Yaml { get; private set; } = string.Empty;

    public string SourceName { get; private set; } = string.Empty;

    public DateTime ImportedAt { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public string TitleHe { get; private set; } = string.Empty;

    public string TitleEn { get; private set; } = string.Empty;

    public int StandardCount { get; private set; }

    public string Moniker => $"{RuleSetId}@{Version}";

    /// <summary>
    /// The version in force on <paramref name="date"/> among <paramref name="versions"/> (of one service
    /// type): the published one with the latest effective date on or before it (the highest version
    /// on a tie); null when none is in force yet.
    /// </summary>
    public static RuleSetVersion? InForce(IEnumerable<RuleSetVersion> versions, DateOnly date) =>
        versions
            .Where(v => v.Status == RuleSetStatus.Published && v.EffectiveFrom <= date)
            .OrderByDescending(v => v.EffectiveFrom)
            .ThenByDescending(v => SemanticVersion.TryParse(v.Version, out var semantic) ? semantic : default)
            .FirstOrDefault();

    /// <summary>Publishes a draft. Returns the reason when it cannot.</summary>
    public string? Publish()
    {
        if (Status != RuleSetStatus.Draft)
        {
            return $"{Moniker} is {Status.ToString().ToLowerInvariant()}; only a draft can be published";
        }

        Status = RuleSetStatus.Published;
        return null;
    }

    /// <summary>Retires a published version: no new inspections use it.</summary>
    public string? Retire()
    {
        if (Status != RuleSetStatus.Published)
        {
            return $"{Moniker} is {Status.ToString().ToLowerInvariant()}; only a published version can be retired";
        }

        Status = RuleSetStatus.Retired;
        return null;
    }
}
