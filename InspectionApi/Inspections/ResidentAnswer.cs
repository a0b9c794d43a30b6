namespace Inspection.Api.Inspections;

/// <summary>One answer about a sampled resident.</summary>
public sealed class ResidentAnswer : StoredAnswer
{
    private ResidentAnswer()
    {
    }

    public ResidentAnswer(Guid residentId, string questionCode, string valueJson)
        : base(questionCode, valueJson) => ResidentId = residentId;

    public Guid ResidentId { get; private set; }
}
