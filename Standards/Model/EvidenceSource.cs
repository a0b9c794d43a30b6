namespace Inspection.Standards.Model;

/// <summary>Where the inspector gets the evidence for an answer.</summary>
public enum EvidenceSource
{
    /// <summary>What the inspector sees on site.</summary>
    Observation,

    /// <summary>Records, policies, logs and certificates.</summary>
    Document,

    /// <summary>Conversation with staff.</summary>
    StaffInterview,

    /// <summary>Conversation with the resident: the client's own perspective.</summary>
    ResidentInterview,

    /// <summary>The resident's personal file (care plan, medical and social records).</summary>
    ResidentFile,
}
