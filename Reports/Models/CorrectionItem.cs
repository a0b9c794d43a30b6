using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>A deficiency with the actions planned to correct it and, once re-checked, the follow-up result.</summary>
public sealed record CorrectionItem(
    string StandardCode,
    LocalizedText Title,
    DeficiencyLine Deficiency,
    IReadOnlyList<CorrectionActionLine> Actions,
    FollowUpLine? FollowUp);
