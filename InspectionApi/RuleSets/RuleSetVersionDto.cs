namespace Inspection.Api.RuleSets;

public sealed record RuleSetVersionDto(
    Guid Id, string RuleSetId, string Version, string ServiceType, string Status, string ContentHash, DateOnly EffectiveFrom,
    string TitleHe, string TitleEn, int StandardCount, DateTime ImportedAt);
