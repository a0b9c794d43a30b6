namespace Inspection.Api.Corrections;

/// <summary>What a plan answers: the deficiencies of an external inspection, or a provider's own self-assessment.</summary>
public enum PlanPurpose
{
    /// <summary>The provider's correction plan for the deficiencies an external inspection found; the supervisor approves it.</summary>
    Correction,

    /// <summary>The provider's improvement plan after a self-assessment; their own, never part of official results.</summary>
    Improvement,
}
