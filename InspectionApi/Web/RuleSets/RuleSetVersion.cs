using Inspection.Web.Shell;

namespace Inspection.Web.RuleSets;

/// <summary>A rule-set version as <c>GET /api/rule-sets</c> gives it.</summary>
public sealed record RuleSetVersion(
    Guid Id, string RuleSetId, string Version, string ServiceType, string Status, string ContentHash, DateOnly EffectiveFrom,
    string TitleHe, string TitleEn, int StandardCount, DateTime ImportedAt)
{
    public const string Draft = "Draft";
    public const string Published = "Published";
    public const string Retired = "Retired";

    /// <summary>The version's title in the current language.</summary>
    public string Title(Texts t) => t[TitleEn, TitleHe];

    /// <summary>The status in words (a chip shows it in words, never in colour alone).</summary>
    public string StatusName(Texts t) => Status switch
    {
        Draft => t["Draft", "טיוטה"],
        Published => t["Published", "פורסם"],
        Retired => t["Retired", "הוצא משימוש"],
        _ => Status,
    };

    public MudBlazor.Color StatusColor => Status switch
    {
        Published => MudBlazor.Color.Success,
        Draft => MudBlazor.Color.Info,
        _ => MudBlazor.Color.Default,
    };
}
