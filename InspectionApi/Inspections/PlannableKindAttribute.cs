using System.ComponentModel.DataAnnotations;

namespace Inspection.Api.Inspections;

/// <summary>Validates a kind an inspection can be planned with (see <see cref="InspectionKinds.TryParsePlannable"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PlannableKindAttribute : ValidationAttribute
{
    public const string Message = "expected regular, unannounced or self-assessment (follow-ups are scheduled from an inspection)";

    public PlannableKindAttribute()
        : base(Message)
    {
    }

    public override bool IsValid(object? value) => InspectionKinds.TryParsePlannable(value as string, out _);
}
