namespace Inspection.Standards.Model;

/// <summary>Share of failing applicable residents from which scope is a pattern, and from which it is widespread.</summary>
public sealed record ScopeCutPoints(decimal Pattern, decimal Widespread)
{
    /// <summary>The scope for a share of failing residents (0..1).</summary>
    public Scope ScopeFor(decimal failingShare) =>
        failingShare >= Widespread ? Scope.Widespread
        : failingShare >= Pattern ? Scope.Pattern
        : Scope.Isolated;
}
