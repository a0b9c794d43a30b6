namespace Inspection.Api.Access;

/// <summary>What a user does in the system; each role sees and may change different things.</summary>
public enum Role
{
    /// <summary>Inspects facilities assigned to them or in their district.</summary>
    Supervisor,

    /// <summary>Facility or operator staff: only their own operator's facilities.</summary>
    Provider,

    /// <summary>Headquarters: reads everything, changes nothing operational.</summary>
    Analyst,

    /// <summary>Writes, imports and publishes rule sets.</summary>
    CatalogAuthor,

    /// <summary>Manages users, operators and facilities; may do everything.</summary>
    Administrator,
}
