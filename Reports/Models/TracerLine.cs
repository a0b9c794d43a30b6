using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>One tracer: how many residents have it (census), how many were sampled, and its standards' results.</summary>
/// <param name="Census">Current residents with the tracer, as recorded at the visit; null when not recorded.</param>
/// <param name="Sampled">Sampled residents with the tracer.</param>
/// <param name="SampleShortfall">Residents with the tracer still to be sampled for every standard to be judged; 0 when none.</param>
public sealed record TracerLine(
    string Code,
    LocalizedText Title,
    int? Census,
    int Sampled,
    int SampleShortfall,
    IReadOnlyList<TracerStandardLine> Standards);
