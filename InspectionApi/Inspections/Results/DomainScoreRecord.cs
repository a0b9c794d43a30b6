namespace Inspection.Api.Inspections.Results;

/// <summary>
/// One domain's score in an inspection's stored result: the weighted share of met standards among
/// those judged, with the counts behind it. Stored as rows so that headquarters can compare domains
/// across facilities in the database.
/// </summary>
public sealed class DomainScoreRecord
{
    private DomainScoreRecord()
    {
    }

    internal DomainScoreRecord(Guid inspectionId, string domain, decimal weight, int met, int notMet, decimal? score)
    {
        InspectionId = inspectionId;
        Domain = domain;
        Weight = weight;
        Met = met;
        NotMet = notMet;
        Score = score;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid InspectionId { get; private set; }

    public string Domain { get; private set; } = string.Empty;

    public decimal Weight { get; private set; }

    public int Met { get; private set; }

    public int NotMet { get; private set; }

    /// <summary>Null when no standard of the domain was judged.</summary>
    public decimal? Score { get; private set; }
}
