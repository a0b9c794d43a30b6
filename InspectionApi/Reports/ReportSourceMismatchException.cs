namespace Inspection.Api.Reports;

/// <summary>
/// The inspection's answers, evaluated again with its own rule-set version, do not give the result
/// that is stored: a report is not issued from a result the record does not hold.
/// </summary>
public sealed class ReportSourceMismatchException(Guid inspectionId, string difference)
    : Exception($"Inspection {inspectionId}: its answers evaluated again do not give the stored result ({difference}); no report is issued from it.")
{
    public Guid InspectionId { get; } = inspectionId;
}
