namespace Inspection.Api.Comparison.Population;

/// <summary>A tracer or a resident characteristic, titled in the reader's language (Type: the question's type, for characteristics).</summary>
public sealed record PopulationColumnDto(string Code, string Title, string? Type);
