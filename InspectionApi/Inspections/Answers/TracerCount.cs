namespace Inspection.Api.Inspections.Answers;

/// <summary>
/// The tracer census of a visit, one tracer at a time: how many current residents have the tracer
/// (DESIGN.md section 3). A resident-level standard whose tracer no sampled resident has is "not
/// applicable" only when the census says no resident has it.
/// </summary>
public sealed class TracerCount
{
    private TracerCount()
    {
    }

    public TracerCount(Guid inspectionId, string tracerCode, int residents)
    {
        InspectionId = inspectionId;
        TracerCode = tracerCode;
        Residents = residents;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid InspectionId { get; private set; }

    public string TracerCode { get; private set; } = string.Empty;

    /// <summary>How many current residents have the tracer.</summary>
    public int Residents { get; private set; }

    internal bool Set(int residents)
    {
        if (Residents == residents)
        {
            return false;
        }

        Residents = residents;
        return true;
    }
}
