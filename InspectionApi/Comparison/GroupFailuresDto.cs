namespace Inspection.Api.Comparison;

/// <summary>A district's or an operator's most often failed standards.</summary>
public sealed record GroupFailuresDto(string Key, string Name, IReadOnlyList<FailedStandardDto> Standards);
