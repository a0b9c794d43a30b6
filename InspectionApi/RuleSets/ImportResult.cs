namespace Inspection.Api.RuleSets;

public sealed record ImportResult(int Imported, int Unchanged, List<RuleSetVersionDto> Versions);
