namespace Inspection.Api.Inspections.Lifecycle;

/// <summary>How many more residents the sample needs, for a tracer (or for any resident when <see cref="Tracer"/> is null).</summary>
public sealed record SamplingNeedDto(string? Tracer, int More, string Message);
