namespace Inspection.Standards.Language;

/// <summary>How a consequence field is used.</summary>
public enum RuleFieldKind
{
    /// <summary>Text, compared with a quoted value (<c>f.severity == "critical"</c>).</summary>
    Text,

    /// <summary>A truth value, used on its own (<c>f.deficient</c>, <c>!f.judged</c>).</summary>
    Truth,
}
