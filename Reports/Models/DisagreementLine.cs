using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>A standard the provider's self-assessment and the external inspection judged differently.</summary>
public sealed record DisagreementLine(
    string StandardCode,
    LocalizedText Title,
    FindingStatus OwnStatus,
    decimal? OwnRate,
    FindingStatus InspectionStatus,
    decimal? InspectionRate);
