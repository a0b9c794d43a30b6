namespace Inspection.Engine.Findings;

/// <summary>Which rule-set version produced a finding.</summary>
public sealed record RuleSetIdentity(string Id, string Version, string ContentHash)
{
    /// <inheritdoc />
    public override string ToString() => $"{Id}@{Version} ({ContentHash})";
}
