using Inspection.Api.Access;
using Inspection.Api.Inspections.Lifecycle;
using Inspection.Engine.Strengths;

namespace Inspection.Api.Inspections.Strengths;

/// <summary>
/// What the provider did to achieve one strength of an inspection, in their own words, so that the success
/// can be repeated: printed in the improvement report and listed to headquarters next to the ranking. One
/// per strength; recording it again replaces the text (the audit log keeps every version).
/// </summary>
public sealed class StrengthPractice
{
    /// <summary>The longest practice text, in characters.</summary>
    public const int MaxLength = 4000;

    private StrengthPractice()
    {
    }

    private StrengthPractice(Guid inspectionId, StrengthKind kind, string subject)
    {
        InspectionId = inspectionId;
        Kind = kind;
        Subject = subject;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid InspectionId { get; private set; }

    public StrengthKind Kind { get; private set; }

    /// <summary>The standard's code, or the domain's for an improved domain.</summary>
    public string Subject { get; private set; } = string.Empty;

    public string Text { get; private set; } = string.Empty;

    public Guid RecordedBy { get; private set; }

    public DateTime RecordedAt { get; private set; }

    /// <summary>
    /// The provider of the facility (or an administrator) records what they did for the strength of kind
    /// <paramref name="kind"/> named <paramref name="subject"/>, one of the inspection's <paramref name="strengths"/>,
    /// once its result is theirs to answer: the report of an external inspection issued, a self-assessment evaluated.
    /// <paramref name="existing"/> is the practice already recorded for it, which is replaced.
    /// </summary>
    public static (StrengthPractice? Practice, Refusal? Refusal) Record(
        FacilityInspection inspection, Role role, IReadOnlyList<Strength> strengths, StrengthKind kind, string subject, StrengthPractice? existing,
        string text, Guid by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(strengths);
        ArgumentNullException.ThrowIfNull(text);
        if (role is not (Role.Provider or Role.Administrator))
        {
            return (null, Refusal.NotAllowed("Only the facility's provider records what they did to achieve a strength."));
        }

        if (inspection.Status == InspectionStatus.Cancelled || inspection.EvaluatedAt is null
            || (inspection.Kind != InspectionKind.SelfAssessment && inspection.Status is InspectionStatus.Planned or InspectionStatus.InProgress or InspectionStatus.Submitted or InspectionStatus.Evaluated))
        {
            return (null, Refusal.NotNow("what worked is recorded once the inspection's report is issued (a self-assessment's once it is evaluated)"));
        }

        var strength = strengths.FirstOrDefault(s => s.Kind == kind && s.Subject == subject);
        if (strength is null)
        {
            return (null, Refusal.Invalid("subject", strengths.Count == 0
                ? "the inspection names no strength"
                : $"the inspection names no {kind} strength {subject}; its strengths are: {string.Join(", ", strengths.Select(s => $"{s.Kind} {s.Subject}"))}"));
        }

        var practice = existing ?? new StrengthPractice(inspection.Id, strength.Kind, strength.Subject);
        practice.Text = text.Trim();
        practice.RecordedBy = by;
        practice.RecordedAt = at;
        return (practice, null);
    }
}
