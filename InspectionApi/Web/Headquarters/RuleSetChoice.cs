namespace Inspection.Web.Headquarters;

/// <summary>A rule-set version to try in a what-if.</summary>
public sealed record RuleSetChoice(Guid Id, string RuleSetId, string Version, string ServiceType, string Status, string TitleHe, string TitleEn, int StandardCount, DateOnly EffectiveFrom);
