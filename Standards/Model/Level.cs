namespace Inspection.Standards.Model;

/// <summary>Whether a standard or question concerns the facility as a whole or one sampled resident.</summary>
public enum Level
{
    /// <summary>The facility as a whole.</summary>
    Institution,

    /// <summary>One sampled resident.</summary>
    Resident,
}
