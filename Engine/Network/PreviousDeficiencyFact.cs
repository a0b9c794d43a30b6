using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Engine.Network;

/// <summary>A deficiency of the previous inspection as a fact of the network, which consequences read as <c>p.</c>.</summary>
#pragma warning disable IDE1006, SA1300 // The members are named as consequences write them.
internal sealed class PreviousDeficiencyFact(PreviousDeficiency deficiency)
{
    public string standard { get; } = deficiency.StandardCode;

    public string severity { get; } = CatalogNames.Of(deficiency.Severity);

    public string scope { get; } = CatalogNames.Of(deficiency.Scope);

    public string grade { get; } = deficiency.Grade;

    public bool immediateJeopardy { get; } = deficiency.ImmediateJeopardy;

    /// <inheritdoc />
    public override string ToString() => $"previous deficiency {standard}: {severity}, {scope}, grade {grade}{(immediateJeopardy ? ", immediate jeopardy" : string.Empty)}";
}
#pragma warning restore IDE1006, SA1300
