namespace Inspection.Engine.Network;

/// <summary>What a consequence's condition is parsed against: the finding <c>f</c> and the previous deficiency <c>p</c>.</summary>
#pragma warning disable CA1051, SA1307, IDE1006, CS0649 // f and p are the names consequences use; never instantiated, only parsed against.
internal sealed class ConsequenceScope
{
    public FindingFact f = null!;

    public PreviousDeficiencyFact p = null!;
}
#pragma warning restore CA1051, SA1307, IDE1006, CS0649
