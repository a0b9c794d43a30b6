namespace Inspection.Api.Comparison.Trends;

/// <summary>
/// How deficiencies moved since the previous result of the same facility: new (not a deficiency before),
/// repeated (new now, but a deficiency in the result before the previous one), persisting (a deficiency
/// in both), resolved (a deficiency before, now met or not applicable) and unverified (a deficiency
/// before that could not be judged now, was withdrawn, or is no longer a standard).
/// </summary>
public sealed record DeficiencyMovementsDto(int New, int Repeated, int Persisting, int Resolved, int Unverified)
{
    public static DeficiencyMovementsDto None { get; } = new(0, 0, 0, 0, 0);

    public DeficiencyMovementsDto Add(DeficiencyMovementsDto other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(New + other.New, Repeated + other.Repeated, Persisting + other.Persisting, Resolved + other.Resolved, Unverified + other.Unverified);
    }
}
