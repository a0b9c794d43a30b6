namespace Inspection.Api.NationalData;

/// <summary>The size and shape of a generated national picture (see <see cref="NationalDataGenerator"/>).</summary>
public sealed record NationalDataOptions
{
    public int Facilities { get; init; } = 2000;

    /// <summary>Quarterly cycles per service type, the last one the quarter of <see cref="Until"/>.</summary>
    public int Cycles { get; init; } = 5;

    public int Seed { get; init; } = 42;

    /// <summary>No visit is later than this day.</summary>
    public DateOnly Until { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The share of facilities that assess themselves before each external visit.</summary>
    public double SelfAssessmentShare { get; init; } = 0.25;

    /// <summary>Sampled residents per visit.</summary>
    public int SampledResidents { get; init; } = 8;

    /// <summary>Inspections saved per database transaction.</summary>
    public int BatchSize { get; init; } = 100;
}
