namespace Inspection.Standards.Model;

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
