namespace Inspection.Api.Inspections;

/// <summary>One institution answer, stored as the JSON value the client sent (typed by its question).</summary>
public sealed class InstitutionAnswer
{
    private InstitutionAnswer()
    {
    }

    public InstitutionAnswer(Guid inspectionId, string questionCode, string valueJson)
    {
        InspectionId = inspectionId;
        QuestionCode = questionCode;
        ValueJson = valueJson;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid InspectionId { get; private set; }

    public string QuestionCode { get; private set; } = string.Empty;

    public string ValueJson { get; private set; } = string.Empty;

    public bool Change(string valueJson)
    {
        if (ValueJson == valueJson)
        {
            return false;
        }

        ValueJson = valueJson;
        return true;
    }
}
