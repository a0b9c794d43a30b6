namespace Inspection.Engine.Findings;

/// <summary>The sampling plan for one tracer: how many residents with it were sampled, and how many more must be.</summary>
/// <param name="Tracer">The tracer's code.</param>
/// <param name="Sampled">Sampled residents who have the tracer (marked, or identified from their answers).</param>
/// <param name="Census">Current residents with the tracer, as the census says; null when the census does not say.</param>
/// <param name="Required">Residents with the tracer the sample needs: the largest minimum sample of its standards, or every one the census counts when fewer.</param>
/// <param name="ToAdd">How many more residents with the tracer to sample (0 when enough are).</param>
public sealed record TracerSample(string Tracer, int Sampled, int? Census, int Required, int ToAdd);
