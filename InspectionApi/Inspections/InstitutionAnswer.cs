namespace Inspection.Api.Inspections;

/// <summary>One institution answer of an inspection.</summary>
public sealed class InstitutionAnswer : StoredAnswer
{
    private InstitutionAnswer()
    {
    }

    public InstitutionAnswer(Guid inspectionId, string questionCode, string valueJson)
        : base(questionCode, valueJson) => InspectionId = inspectionId;

    public Guid InspectionId { get; private set; }
}
