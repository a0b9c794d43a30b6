using Inspection.Engine.Responses;

namespace Inspection.Api.Inspections.Answers;

/// <summary>One answer about a sampled resident.</summary>
public sealed class ResidentAnswer : StoredAnswer
{
    private ResidentAnswer()
    {
    }

    public ResidentAnswer(Guid residentId, string questionCode, AnswerValue value)
        : base(questionCode, value) => ResidentId = residentId;

    public Guid ResidentId { get; private set; }
}
