namespace Inspection.Engine.Compilation;

/// <summary>
/// What a compiled rule sees: the institution answers <c>q</c>, the current sampled resident
/// <c>r</c>, and the functions of the rule language. Public only because compiled rules are
/// generated against it; not for use outside the Engine.
/// </summary>
public abstract class RuleScope
{
    /// <summary>The day of the inspection, which <see cref="DaysSince"/> counts to.</summary>
    internal DateOnly InspectionDate { get; set; }

    /// <summary>Whole days from <paramref name="date"/> to the inspection; unknown when the date is.</summary>
    public int? DaysSince(DateOnly? date) => date is { } value ? InspectionDate.DayNumber - value.DayNumber : null;

    // Has and Count are instance methods because rules call them unqualified, resolved on the scope.
#pragma warning disable CA1822
    /// <summary>Whether a multi-choice answer includes <paramref name="option"/>; unknown when not answered.</summary>
    public bool? Has(SelectedOptions? answer, string option) => answer?.Contains(option);

    /// <summary>How many options a multi-choice answer holds; unknown when not answered.</summary>
    public int? Count(SelectedOptions? answer) => answer?.Count;
#pragma warning restore CA1822

    internal abstract void SetInstitution(object answers);

    internal abstract void SetResident(object? resident);
}

/// <summary>The scope typed for one rule-set version's generated answer types.</summary>
/// <typeparam name="TQ">The institution answers type generated for the version.</typeparam>
/// <typeparam name="TR">The resident answers type generated for the version.</typeparam>
#pragma warning disable CA1051, SA1307, IDE1006 // q and r are the names rules use; fields keep access cheap.
public sealed class RuleScope<TQ, TR> : RuleScope
    where TQ : class
    where TR : class
{
    /// <summary>Institution answers.</summary>
    public TQ q = null!;

    /// <summary>The current sampled resident's answers.</summary>
    public TR r = null!;

    internal override void SetInstitution(object answers) => q = (TQ)answers;

    internal override void SetResident(object? resident) => r = (TR)resident!;
}
#pragma warning restore CA1051, SA1307, IDE1006
