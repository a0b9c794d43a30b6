using Inspection.Standards.Model;

namespace Inspection.Api.Inspections;

/// <summary>Inspection kinds as requests name them.</summary>
public static class InspectionKinds
{
    /// <summary>
    /// A kind that can be planned, by its catalog-style name (<c>self-assessment</c>) or its C# name
    /// (<c>SelfAssessment</c>), never by number; follow-ups are scheduled from an inspection.
    /// </summary>
    public static bool TryParsePlannable(string? text, out InspectionKind kind)
    {
        foreach (var candidate in Enum.GetValues<InspectionKind>().Where(k => k != InspectionKind.FollowUp))
        {
            if (string.Equals(text, CatalogNames.Of(candidate), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
