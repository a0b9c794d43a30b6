using Inspection.Standards.Model;

namespace Inspection.Engine.Findings;

/// <summary>A consequence of the rule set that fired, with the facts it matched.</summary>
/// <param name="Consequence">The consequence as written (code, condition, what follows, reason).</param>
/// <param name="StandardCode">The standard of the finding it matched.</param>
/// <param name="Facts">The facts it matched, as people read them (the finding, and the previous deficiency when it read one).</param>
public sealed record FiredConsequence(Consequence Consequence, string StandardCode, IReadOnlyList<string> Facts);
