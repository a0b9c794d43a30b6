using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Engine.Network;

/// <summary>
/// A finding as a fact of the network, which consequences (<c>f.</c>) and rating caps match. Its
/// lower-case members are the fields of the rule language (<c>f.status</c>, <c>f.deficient</c> ...).
/// </summary>
#pragma warning disable IDE1006, SA1300 // The members are named as consequences write them.
internal sealed class FindingFact(InspectionFact inspection, int index, Finding finding, string domain)
{
    private static readonly string[] StatusNames = ["met", "not-met", "not-applicable", "incomplete", "error"];
    private static readonly string[] SeverityNames = [.. CatalogNames.All<Severity>()];
    private static readonly string[] ScopeNames = [.. CatalogNames.All<Scope>()];

    public InspectionFact Inspection { get; } = inspection;

    /// <summary>The standard's place in the catalog.</summary>
    public int Index { get; } = index;

    public Finding Finding { get; set; } = finding;

    /// <summary>Whether a consequence raised this finding's grade.</summary>
    public bool Raised { get; set; }

    /// <summary>
    /// Whether the previous inspection found a deficiency of this standard: a consequence that reads
    /// <c>p.</c> joins only these findings with the previous deficiencies (its join asks for the same standard anyway).
    /// </summary>
    public bool HasPrevious { get; init; }

    public string standard => Finding.StandardCode;

    public string domain { get; } = domain;

    public string status => StatusNames[(int)Finding.Status];

    /// <summary>The deficiency's severity (raised when a consequence raised it), else the standard's.</summary>
    public string severity => SeverityNames[(int)(Finding.Deficiency?.Severity ?? Finding.Standard.Severity)];

    public string? scope => Finding.Deficiency is { } d ? ScopeNames[(int)d.Scope] : null;

    public string? grade => Finding.Deficiency?.Grade;

    public bool immediateJeopardy => Finding.Deficiency?.ImmediateJeopardy == true;

    public bool deficient => Finding.Deficiency is not null;

    public bool judged => Finding.IsEvaluated;

    /// <inheritdoc />
    public override string ToString() =>
        Finding.Deficiency is { } d
            ? $"finding {standard}: {status}, {severity}, {scope}, grade {d.Grade}{(d.ImmediateJeopardy ? ", immediate jeopardy" : string.Empty)}{(Raised ? " (raised)" : string.Empty)}"
            : $"finding {standard}: {status}";
}
#pragma warning restore IDE1006, SA1300
