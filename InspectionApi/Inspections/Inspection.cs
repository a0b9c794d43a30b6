namespace Inspection.Api.Inspections;

/// <summary>
/// One visit (or self-assessment) of one facility against one pinned rule-set version, with its
/// answers, sampled residents and findings. Answers carry a version: a save made against an older
/// version is refused, never silently overwriting someone else's answers.
/// </summary>
public sealed class Inspection
{
    private readonly List<InstitutionAnswer> _answers = [];
    private readonly List<SampledResident> _residents = [];
    private readonly List<FindingRecord> _findings = [];

    private Inspection()
    {
    }

    public Inspection(Guid facilityId, Guid ruleSetVersionId, InspectionKind kind, DateOnly plannedDate, Guid? supervisorId, Guid? cycleId, Guid? followUpOfId, Guid createdBy)
    {
        FacilityId = facilityId;
        RuleSetVersionId = ruleSetVersionId;
        Kind = kind;
        PlannedDate = plannedDate;
        SupervisorId = supervisorId;
        CycleId = cycleId;
        FollowUpOfId = followUpOfId;
        CreatedBy = createdBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid FacilityId { get; private set; }

    public Facilities.Facility? Facility { get; private set; }

    public Guid RuleSetVersionId { get; private set; }

    public RuleSets.RuleSetVersion? RuleSetVersion { get; private set; }

    public InspectionKind Kind { get; private set; }

    public InspectionStatus Status { get; private set; }

    public DateOnly PlannedDate { get; private set; }

    public DateOnly? VisitDate { get; private set; }

    public Guid? SupervisorId { get; private set; }

    public Guid? CycleId { get; private set; }

    /// <summary>For a follow-up: the inspection whose open deficiencies it re-checks.</summary>
    public Guid? FollowUpOfId { get; private set; }

    public Guid CreatedBy { get; private set; }

    /// <summary>Incremented on every change of answers; a save must name the version it was based on.</summary>
    public int AnswersVersion { get; private set; }

    public decimal? OverallScore { get; private set; }

    public string? Rating { get; private set; }

    public DateTime? EvaluatedAt { get; private set; }

    public IReadOnlyList<InstitutionAnswer> Answers => _answers;

    public IReadOnlyList<SampledResident> Residents => _residents;

    public IReadOnlyList<FindingRecord> Findings => _findings;

    /// <summary>Whether answers may be changed now.</summary>
    public bool AcceptsAnswers => Status is InspectionStatus.Planned or InspectionStatus.InProgress;

    public void MoveTo(InspectionStatus status) => Status = status;

    public void Start(DateOnly visitDate)
    {
        VisitDate ??= visitDate;
    }

    /// <summary>Sets (or, with null, clears) an institution answer. True when something changed.</summary>
    public bool SetAnswer(string questionCode, string? valueJson) =>
        StoredAnswer.Set(_answers, questionCode, valueJson, () => new InstitutionAnswer(Id, questionCode, valueJson!));

    /// <summary>The sampled resident with <paramref name="code"/>, added when new.</summary>
    public SampledResident Resident(string code)
    {
        var resident = _residents.FirstOrDefault(r => r.Code == code);
        if (resident is null)
        {
            resident = new SampledResident(Id, code);
            _residents.Add(resident);
        }

        return resident;
    }

    public bool RemoveResident(string code) => _residents.RemoveAll(r => r.Code == code) > 0;

    public void AnswersChanged() => AnswersVersion++;

    public void RecordEvaluation(IEnumerable<FindingRecord> findings, decimal? overallScore, string? rating, DateTime at)
    {
        _findings.Clear();
        _findings.AddRange(findings);
        OverallScore = overallScore;
        Rating = rating;
        EvaluatedAt = at;
    }
}
