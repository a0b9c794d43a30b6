namespace Inspection.Standards.Model;

/// <summary>
/// What a standard measures, in Donabedian's terms: the means of care, the care given, or what it
/// achieved for the residents. Results and headquarters figures can be read by type.
/// </summary>
public enum StandardType
{
    /// <summary>The conditions of care: building, equipment, staff and their qualifications, written policies.</summary>
    Structure,

    /// <summary>The care given: assessments, plans, reviews, drills, what staff do and how often.</summary>
    Process,

    /// <summary>What the care achieved: residents' health, safety, wellbeing, progress and their own account of it.</summary>
    Outcome,
}
