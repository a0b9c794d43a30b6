namespace Inspection.Standards.Versioning;

/// <summary>The kind of catalog element a change concerns.</summary>
public enum CatalogElement
{
    /// <summary>The evaluation policy (sample, cut points, grades, bands, caps).</summary>
    Policy,

    /// <summary>A domain.</summary>
    Domain,

    /// <summary>A tracer.</summary>
    Tracer,

    /// <summary>A question of an instrument.</summary>
    Question,

    /// <summary>A standard.</summary>
    Standard,

    /// <summary>A consequence (a when-then rule over the findings).</summary>
    Consequence,
}
