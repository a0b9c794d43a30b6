using Inspection.Engine.Responses;

namespace Inspection.Api.Inspections.Answers;

/// <summary>
/// A sampled resident of an inspection as stored, known only by a pseudonymous code (never a name or
/// national id), with the tracers the inspector marked and the resident's answers. (The Engine's
/// input for the same resident is <see cref="SampledResident"/>.)
/// </summary>
public sealed class SampledResidentRecord
{
    private readonly List<ResidentAnswer> _answers = [];

    private SampledResidentRecord()
    {
    }

    public SampledResidentRecord(Guid inspectionId, string code)
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

    internal bool SetTracers(IEnumerable<string> tracers)
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
    internal bool SetAnswer(string questionCode, AnswerValue? value) =>
        StoredAnswer.Set(_answers, questionCode, value, v => new ResidentAnswer(Id, questionCode, v));
}
