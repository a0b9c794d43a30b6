using Inspection.Standards.Validation;

namespace Inspection.Standards.Loading;

/// <summary>
/// Options for <see cref="RuleSetLoader"/>: additional checks, and the limits that keep hostile or
/// careless input from taking the process down or filling the store (standards-catalog/README.md).
/// </summary>
public sealed class RuleSetLoaderOptions
{
    /// <summary>
    /// Checks run after the catalog's own validation, such as the Engine's compilation of every
    /// expression. A problem at a node the built-in validation already reported is not repeated.
    /// </summary>
    public IList<IRuleSetCheck> AdditionalChecks { get; } = [];

    /// <summary>
    /// Whether every standard must say what it measures (<c>measures</c>: structure, process or outcome);
    /// default true. Catalog files are checked with it; only a version stored before the field existed is
    /// read back without it (its standards are then unclassified).
    /// </summary>
    public bool RequireStandardType { get; set; } = true;

    /// <summary>The largest catalog file, in bytes of UTF-8 (default 1 MiB; the shipped catalogs are under 90 KB).</summary>
    public long MaxFileBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How deep lists and mappings may nest (default 32; the format itself needs 8). Checked before
    /// the YAML is read into nodes, which recurses once per level.
    /// </summary>
    public int MaxDepth { get; set; } = 32;

    /// <summary>The longest code, id, option value or grade (default 64 characters).</summary>
    public int MaxCodeLength { get; set; } = 64;

    /// <summary>The longest title or label, in each language (default 200 characters).</summary>
    public int MaxTitleLength { get; set; } = 200;

    /// <summary>The longest question text, rating-cap reason or legal reference, in each language (default 1,000 characters).</summary>
    public int MaxTextLength { get; set; } = 1000;

    /// <summary>The longest description, help text or guidance, in each language (default 4,000 characters).</summary>
    public int MaxLongTextLength { get; set; } = 4000;

    /// <summary>The longest expression: rule, applicability, showIf, identifiedBy (default 1,000 characters, as the rule language allows).</summary>
    public int MaxExpressionLength { get; set; } = Language.RuleLanguage.MaxLength;
}
