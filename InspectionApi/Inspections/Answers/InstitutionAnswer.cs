using Inspection.Engine.Responses;

namespace Inspection.Api.Inspections.Answers;

/// <summary>One institution answer of an inspection.</summary>
public sealed class InstitutionAnswer : StoredAnswer
{
    private InstitutionAnswer()
    {
    }

    public InstitutionAnswer(Guid inspectionId, string questionCode, AnswerValue value)
        : base(questionCode, value) => InspectionId = inspectionId;

    public Guid InspectionId { get; private set; }
}
