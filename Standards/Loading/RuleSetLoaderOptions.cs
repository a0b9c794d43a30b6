using Inspection.Standards.Validation;

namespace Inspection.Standards.Loading;

/// <summary>Options for <see cref="RuleSetLoader"/>.</summary>
public sealed class RuleSetLoaderOptions
{
    /// <summary>
    /// Checks run after the catalog's own validation, such as the Engine's compilation of every
    /// expression. A problem at a node the built-in validation already reported is not repeated.
    /// </summary>
    public IList<IRuleSetCheck> AdditionalChecks { get; } = [];
}
