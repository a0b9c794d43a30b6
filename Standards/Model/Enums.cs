namespace Inspection.Standards.Model;

/// <summary>Lifecycle of a rule-set version. Published versions are immutable.</summary>
public enum RuleSetStatus
{
    /// <summary>Being written; may change; not for real inspections.</summary>
    Draft,

    /// <summary>In force; its content never changes again.</summary>
    Published,

    /// <summary>No longer used for new inspections; kept for the inspections that used it.</summary>
    Retired,
}

/// <summary>Whether a standard or question concerns the facility as a whole or one sampled resident.</summary>
public enum Level
{
    /// <summary>The facility as a whole.</summary>
    Institution,

    /// <summary>One sampled resident.</summary>
    Resident,
}

/// <summary>How severe the harm of an unmet standard is.</summary>
public enum Severity
{
    /// <summary>Little potential for harm.</summary>
    Minor,

    /// <summary>Harm, or the potential for more than minimal harm.</summary>
    Major,

    /// <summary>Serious harm or risk to life, health or safety.</summary>
    Critical,
}

/// <summary>How far an unmet standard reaches: one resident, a pattern, or the whole facility.</summary>
public enum Scope
{
    /// <summary>One or very few residents.</summary>
    Isolated,

    /// <summary>More than isolated: a recurring pattern.</summary>
    Pattern,

    /// <summary>Pervasive across the facility.</summary>
    Widespread,
}

/// <summary>The kind of answer a question takes.</summary>
public enum QuestionType
{
    /// <summary>Yes or no.</summary>
    YesNo,

    /// <summary>A number, optionally within a range.</summary>
    Number,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>One of a fixed list of options.</summary>
    Choice,

    /// <summary>Any number of a fixed list of options.</summary>
    MultiChoice,

    /// <summary>A whole number on a bounded scale.</summary>
    Scale,

    /// <summary>Free text, never judged by a rule beyond its presence.</summary>
    Text,
}

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
