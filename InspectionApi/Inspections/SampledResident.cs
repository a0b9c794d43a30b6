namespace Inspection.Api.Inspections;

/// <summary>
/// A sampled resident of an inspection, known only by a pseudonymous code (never a name or national
/// id), with the tracers the inspector marked and the resident's answers.
/// </summary>
public sealed class SampledResident
{
    private readonly List<ResidentAnswer> _answers = [];

    private SampledResident()
    {
    }

    public SampledResident(Guid inspectionId, string code)
    {
        InspectionId = inspectionId;
        Code = code;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid InspectionId { get; private set; }

    public string Code { get; private set; } = string.Empty;

    /// <summary>Tracer codes the inspector marked, comma-separated.</summary>
    public string Tracers { get; private set; } = string.Empty;

    public IReadOnlyList<ResidentAnswer> Answers => _answers;

    public IReadOnlyList<string> TracerCodes => Tracers.Length == 0 ? [] : Tracers.Split(',');

    public bool SetTracers(IEnumerable<string> tracers)
    {
        var value = string.Join(',', tracers.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        if (value == Tracers)
        {
            return false;
        }

        Tracers = value;
        return true;
    }

    /// <summary>Sets (or, with null, clears) an answer about this resident. True when something changed.</summary>
    public bool SetAnswer(string questionCode, string? valueJson) =>
        StoredAnswer.Set(_answers, questionCode, valueJson, () => new ResidentAnswer(Id, questionCode, valueJson!));
}
