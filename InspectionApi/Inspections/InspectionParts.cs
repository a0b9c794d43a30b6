namespace Inspection.Api.Inspections;

/// <summary>Which parts of an inspection a handler needs loaded with it.</summary>
[Flags]
public enum InspectionParts
{
    /// <summary>The inspection with its facility and rule-set version.</summary>
    None = 0,

    /// <summary>Institution answers, sampled residents with theirs, and the tracer census.</summary>
    Answers = 1,

    /// <summary>Findings, disputes, amendments and the stored result (domain scores).</summary>
    Findings = 2,

    All = Answers | Findings,
}
