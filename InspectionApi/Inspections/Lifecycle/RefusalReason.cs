namespace Inspection.Api.Inspections.Lifecycle;

/// <summary>Why the aggregate refused a change.</summary>
public enum RefusalReason
{
    /// <summary>The user's role may not do this (403).</summary>
    NotAllowed,

    /// <summary>Not possible in the inspection's present state (409).</summary>
    NotNow,

    /// <summary>What was sent is wrong (400, with errors per field).</summary>
    Invalid,

    /// <summary>The change was based on an older version than the current one (409, with the current version).</summary>
    Stale,
}
