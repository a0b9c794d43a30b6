using Inspection.Api.Access;
using Inspection.Api.Cycles;
using Inspection.Api.Facilities;
using Inspection.Api.Inspections.Answers;
using Inspection.Api.Inspections.Evaluation;
using Inspection.Api.Inspections.Findings;
using Inspection.Api.Inspections.Lifecycle;
using Inspection.Api.Inspections.Results;
using Inspection.Api.RuleSets;
using Inspection.Engine;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Api.Inspections;

/// <summary>
/// One inspection (a visit, or a provider's self-assessment) of one facility against one pinned
/// rule-set version: the aggregate that owns its lifecycle, its answers, its findings and disputes and
/// its stored result. Every change goes through a method here, which checks who may make it and
/// whether it is possible now, and returns a refusal with the reason when it is not. Endpoints and
/// background jobs call the same methods.
/// </summary>
public sealed partial class FacilityInspection
{
    private readonly List<InstitutionAnswer> _answers = [];
    private readonly List<SampledResidentRecord> _residents = [];
    private readonly List<TracerCount> _census = [];
    private readonly List<FindingRecord> _findings = [];
    private readonly List<FindingDispute> _disputes = [];
    private readonly List<DomainScoreRecord> _domainScores = [];
    private readonly List<CapRecord> _caps = [];
    private readonly List<ConsequenceRecord> _consequences = [];
    private readonly List<ResultChange> _resultChanges = [];

    private FacilityInspection()
    {
    }

    private FacilityInspection(Guid facilityId, Guid ruleSetVersionId, InspectionKind kind, DateOnly plannedDate, Guid? supervisorId, Guid? cycleId, Guid createdBy)
    {
        FacilityId = facilityId;
        RuleSetVersionId = ruleSetVersionId;
        Kind = kind;
        PlannedDate = plannedDate;
        SupervisorId = supervisorId;
        CycleId = cycleId;
        CreatedBy = createdBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid FacilityId { get; private set; }

    public Facility? Facility { get; private set; }

    public Guid RuleSetVersionId { get; private set; }

    public RuleSetVersion? RuleSetVersion { get; private set; }

    public InspectionKind Kind { get; private set; }

    public InspectionStatus Status { get; private set; }

    public DateOnly PlannedDate { get; private set; }

    public DateOnly? VisitDate { get; private set; }

    public Guid? SupervisorId { get; private set; }

    public Guid? CycleId { get; private set; }

    /// <summary>For a follow-up: the inspection whose open deficiencies it re-checks.</summary>
    public Guid? FollowUpOfId { get; private set; }

    /// <summary>For a follow-up: the standards it re-checks (the open deficiencies when it was scheduled), comma-separated.</summary>
    public string Rechecked { get; private set; } = string.Empty;

    /// <summary>For a follow-up: the standards it re-checks.</summary>
    public IReadOnlyList<string> RecheckedStandards => Rechecked.Length == 0 ? [] : Rechecked.Split(',');

    public Guid CreatedBy { get; private set; }

    /// <summary>Incremented on every change of answers; a save must name the version it was based on.</summary>
    public int AnswersVersion { get; private set; }

    /// <summary>Incremented on every change of any kind: two changes made at once cannot both be saved.</summary>
    public int Revision { get; private set; }

    public string? CancellationReason { get; private set; }

    public decimal? OverallScore { get; private set; }

    /// <summary>The rating band given, after caps.</summary>
    public string? Rating { get; private set; }

    /// <summary>The rating band the overall score alone reaches.</summary>
    public string? ScoreBand { get; private set; }

    public DateTime? EvaluatedAt { get; private set; }

    /// <summary>
    /// The facility's previous full visit this inspection was evaluated against: its deficiencies are the
    /// ones the rule set's consequences read as the previous inspection's, and the comparison is with it.
    /// </summary>
    public Guid? PreviousInspectionId { get; private set; }

    /// <summary>The evidence coverage of the stored result.</summary>
    public CoverageRecord? Coverage { get; private set; }

    /// <summary>Why the stored result has no rating ("not rated: insufficient evidence ..."); empty when nothing stands in the way.</summary>
    public IReadOnlyList<string> NotRatedReasons { get; private set; } = [];

    /// <summary>The earliest follow-up visit a fired consequence asks for, in days from the visit.</summary>
    public int? FollowUpWithinDays { get; private set; }

    /// <summary>The highest level a fired consequence escalates to.</summary>
    public Escalation? EscalateTo { get; private set; }

    /// <summary>
    /// The planner's key for this visit (for example <c>visit:{facility}:{last visit}</c>): unique, so a planner
    /// run repeated (or two job servers running it) cannot plan the same visit twice. Null for visits planned by hand.
    /// </summary>
    public string? PlanningKey { get; private set; }

    /// <summary>The date or supervisor was set by a person after planning: the planner keeps them.</summary>
    public bool ScheduleFixed { get; private set; }

    public IReadOnlyList<InstitutionAnswer> Answers => _answers;

    public IReadOnlyList<SampledResidentRecord> Residents => _residents;

    public IReadOnlyList<TracerCount> Census => _census;

    public IReadOnlyList<FindingRecord> Findings => _findings;

    /// <summary>The answers the stored result was evaluated from, packed into one row (written by <see cref="Evaluate(Role, InspectionEvaluation, DateTime)"/>); null before.</summary>
    public ResponseSnapshot? Snapshot { get; private set; }

    public IReadOnlyList<FindingDispute> Disputes => _disputes;

    public IReadOnlyList<DomainScoreRecord> DomainScores => _domainScores;

    /// <summary>Every rating cap that held, with its reason, the standards that triggered it and whether it lowered the rating.</summary>
    public IReadOnlyList<CapRecord> Caps => _caps;

    /// <summary>Every consequence of the rule set that fired, with the facts it matched.</summary>
    public IReadOnlyList<ConsequenceRecord> Consequences => _consequences;

    /// <summary>
    /// A regular or unannounced visit: an official inspection of every standard, the kind that is compared
    /// with the facility's previous one (not a follow-up, which re-checks a few, nor a self-assessment).
    /// </summary>
    public bool IsFullVisit => Kind is InspectionKind.Regular or InspectionKind.Unannounced;

    /// <summary>Every change of the result after it was first recorded, with its reason.</summary>
    public IReadOnlyList<ResultChange> ResultChanges => _resultChanges;

    /// <summary>Whether answers may be changed now.</summary>
    public bool AcceptsAnswers => Status is InspectionStatus.Planned or InspectionStatus.InProgress;

    /// <summary>
    /// Plans an inspection after checking what planning must hold: the kind can be planned (follow-ups
    /// are scheduled from an inspection), the rule-set version is the one in force on the planned date
    /// for the facility's service type, and a cycle, when named, is of that service type and covers the date.
    /// </summary>
    /// <param name="published">The published rule-set versions of the facility's service type.</param>
    /// <param name="requestedVersion">A version the planner asked for, or null for the one in force.</param>
    public static (FacilityInspection? Inspection, Refusal? Refusal) Plan(
        Facility facility, InspectionKind kind, DateOnly plannedDate, IEnumerable<RuleSetVersion> published, Guid? requestedVersion,
        InspectionCycle? cycle, Guid? supervisorId, Guid createdBy)
    {
        ArgumentNullException.ThrowIfNull(facility);
        if (kind == InspectionKind.FollowUp)
        {
            return (null, Refusal.Invalid("kind", "follow-ups are scheduled from the inspection they follow up"));
        }

        // A cycle that pinned a version plans against it for its whole period (a newer version waits for the next cycle).
        var versions = published.Where(v => v.ServiceType == facility.ServiceType).ToList();
        var inForce = (cycle?.RuleSetVersionId is { } pinned && kind != InspectionKind.SelfAssessment ? versions.FirstOrDefault(v => v.Id == pinned) : null)
            ?? RuleSetVersion.InForce(versions, plannedDate);
        if (inForce is null)
        {
            return (null, Refusal.Invalid("plannedDate", $"no published rule set for {facility.ServiceType} is in force on {plannedDate:yyyy-MM-dd}"));
        }

        if (requestedVersion is { } requested && requested != inForce.Id)
        {
            return (null, Refusal.Invalid("ruleSetVersionId",
                $"the rule set in force for {facility.ServiceType} on {plannedDate:yyyy-MM-dd} is {inForce.Moniker} (from {inForce.EffectiveFrom:yyyy-MM-dd}); an inspection uses the version in force on its date"));
        }

        if (cycle is not null)
        {
            if (cycle.ServiceType != facility.ServiceType)
            {
                return (null, Refusal.Invalid("cycleId", $"the cycle '{cycle.Name}' is for {cycle.ServiceType}; the facility is {facility.ServiceType}"));
            }

            if (plannedDate < cycle.PeriodStart || plannedDate > cycle.PeriodEnd)
            {
                return (null, Refusal.Invalid("plannedDate",
                    $"the planned date is outside the cycle '{cycle.Name}' ({cycle.PeriodStart:yyyy-MM-dd} to {cycle.PeriodEnd:yyyy-MM-dd})"));
            }
        }

        var inspection = new FacilityInspection(facility.Id, inForce.Id, kind, plannedDate,
            kind == InspectionKind.SelfAssessment ? null : supervisorId, cycle?.Id, createdBy)
        {
            Facility = facility,
            RuleSetVersion = inForce,
        };
        return (inspection, null);
    }

    /// <summary>
    /// The follow-up visit a fired consequence (or the planning policy, after a critical deficiency) calls for:
    /// it re-checks the deficiencies still open, with the same rule-set version, whatever stage the correction
    /// plan has reached; the inspection followed up keeps its own state.
    /// </summary>
    public FacilityInspection PlanRequiredFollowUp(DateOnly plannedDate, Guid? supervisorId, string planningKey) =>
        new(FacilityId, RuleSetVersionId, InspectionKind.FollowUp, plannedDate, supervisorId ?? SupervisorId, CycleId, Guid.Empty)
        {
            FollowUpOfId = Id,
            Rechecked = string.Join(',', _findings.Where(f => f.IsOpenDeficiency).Select(f => f.StandardCode).Order(StringComparer.Ordinal)),
            Facility = Facility,
            RuleSetVersion = RuleSetVersion,
            PlanningKey = planningKey,
        };

    /// <summary>Marks a visit as the planner's, under <paramref name="planningKey"/>.</summary>
    public void PlannedBy(string planningKey) => PlanningKey ??= planningKey;

    /// <summary>The planner gives a visit to another supervisor (the one it had moved district, or the facility did).</summary>
    public void AssignSupervisor(Guid supervisorId)
    {
        SupervisorId = supervisorId;
        Revision++;
    }

    /// <summary>
    /// A supervisor (of the facility's district) or an administrator moves a planned visit to another day or
    /// supervisor; the planner keeps what a person set.
    /// </summary>
    public Refusal? Reschedule(Role role, DateOnly plannedDate, Guid? supervisorId, DateOnly today)
    {
        if (role is not (Role.Supervisor or Role.Administrator) || Kind == InspectionKind.SelfAssessment)
        {
            return Refusal.NotAllowed("only the supervisor or an administrator moves a visit");
        }

        if (Status != InspectionStatus.Planned)
        {
            return Refusal.NotNow("only a visit not yet started can be moved");
        }

        if (plannedDate < today)
        {
            return Refusal.Invalid("plannedDate", "a visit is moved to today or later");
        }

        PlannedDate = plannedDate;
        SupervisorId = supervisorId ?? SupervisorId;
        ScheduleFixed = true;
        Revision++;
        return null;
    }

    /// <summary>The actions <paramref name="role"/> can take now.</summary>
    public IReadOnlyList<LifecycleAction> PossibleActions(Role? role) =>
        role is { } r
            ? [.. InspectionLifecycle.From(Kind, Status).Where(a => InspectionLifecycle.MayAct(r, Kind, a) && Guard(a) is null)]
            : [];

    /// <summary>
    /// Applies an action that needs nothing but the actor: start (the visit date is today), reopen,
    /// issue the report, close, or cancel (with the reason in <paramref name="note"/>).
    /// </summary>
    public LifecycleOutcome Apply(LifecycleAction action, Role role, DateTime at, string? note = null)
    {
        if (action is not (LifecycleAction.Start or LifecycleAction.Reopen or LifecycleAction.IssueReport or LifecycleAction.Close or LifecycleAction.Cancel))
        {
            throw new ArgumentException($"{action} needs more than the actor; use its own method", nameof(action));
        }

        if (Check(action, role) is { } refusal)
        {
            return Refused(refusal);
        }

        switch (action)
        {
            case LifecycleAction.Start:
                VisitDate ??= DateOnly.FromDateTime(at);
                break;
            case LifecycleAction.Reopen:
                ForgetEvaluationRequest();
                break;
            case LifecycleAction.Cancel when string.IsNullOrWhiteSpace(note):
                return Refused(Refusal.Invalid("reason", "say why the inspection is cancelled"));
            case LifecycleAction.Cancel:
                CancellationReason = note.Trim();
                break;
        }

        return Move(action);
    }

    /// <summary>
    /// Freezes the answers. The evaluation of the answers as they stand is the completeness check:
    /// standards that cannot be judged yet are listed with what they need (answers, or more sampled
    /// residents), the Engine's sampling plan says per tracer how many more residents to sample, and
    /// the submission is refused when either names anything, unless <paramref name="acceptIncomplete"/>.
    /// </summary>
    public LifecycleOutcome Submit(Role role, InspectionEvaluation preview, bool acceptIncomplete)
    {
        ArgumentNullException.ThrowIfNull(preview);
        if (Check(LifecycleAction.Submit, role) is { } refusal)
        {
            return Refused(refusal);
        }

        var incomplete = IncompleteStandards.Of(preview);
        if (!incomplete.IsEmpty && !acceptIncomplete)
        {
            return Refused(Refusal.NotNow(incomplete.Summary() + "; complete them, or submit with acceptIncomplete=true",
                new Dictionary<string, object?> { ["incomplete"] = incomplete.Standards, ["sampling"] = incomplete.Sampling }));
        }

        return Move(LifecycleAction.Submit);
    }

    /// <summary>
    /// Records the evaluation of the submitted answers: findings, domain scores, overall score, rating and caps.
    /// An evaluation the submission asked the job for is then superseded (the job finds nothing left to do).
    /// </summary>
    public LifecycleOutcome Evaluate(Role role, InspectionEvaluation evaluation, DateTime at) =>
        Evaluate(role, evaluation, at, EvaluationOnSubmit.Superseded);

    private LifecycleOutcome Evaluate(Role role, InspectionEvaluation evaluation, DateTime at, EvaluationOnSubmit requested)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        if (Check(LifecycleAction.Evaluate, role) is { } refusal)
        {
            return Refused(refusal);
        }

        if (AwaitsRequestedEvaluation)
        {
            EvaluationRequest = requested;
            EvaluationRetryAt = null;
        }

        _findings.Clear();
        _findings.AddRange(evaluation.Findings.Select(f => new FindingRecord(Id, f)));
        PreviousInspectionId = evaluation.Previous;
        RecordResult(evaluation);
        var packed = ResponseSnapshot.Pack(_answers, _residents, _census);
        if (Snapshot is null)
        {
            Snapshot = new ResponseSnapshot(Id, packed);
        }
        else
        {
            Snapshot.Replace(packed);
        }

        EvaluatedAt = at;
        return Move(LifecycleAction.Evaluate);
    }

    /// <summary>
    /// Schedules the follow-up that verifies an approved correction plan: it re-checks the deficiencies
    /// still open, with the same rule-set version.
    /// </summary>
    public (LifecycleOutcome Outcome, FacilityInspection? FollowUp) ScheduleFollowUp(Role role, DateOnly plannedDate, DateOnly today, Guid? supervisorId, Guid by)
    {
        if (Check(LifecycleAction.ScheduleFollowUp, role) is { } refusal)
        {
            return (Refused(refusal), null);
        }

        if (plannedDate < today)
        {
            return (Refused(Refusal.Invalid("plannedDate", "a follow-up is planned for today or later")), null);
        }

        var followUp = new FacilityInspection(FacilityId, RuleSetVersionId, InspectionKind.FollowUp, plannedDate, supervisorId ?? SupervisorId ?? by, CycleId, by)
        {
            FollowUpOfId = Id,
            Rechecked = string.Join(',', _findings.Where(f => f.IsOpenDeficiency).Select(f => f.StandardCode).Order(StringComparer.Ordinal)),
            Facility = Facility,
            RuleSetVersion = RuleSetVersion,
        };
        return (Move(LifecycleAction.ScheduleFollowUp), followUp);
    }

    /// <summary>Submits the provider's correction plan, which must answer every open deficiency.</summary>
    public LifecycleOutcome SubmitCorrectionPlan(Role role, IReadOnlyCollection<Guid> findingsAnswered)
    {
        ArgumentNullException.ThrowIfNull(findingsAnswered);
        if (Check(LifecycleAction.SubmitCorrectionPlan, role) is { } refusal)
        {
            return Refused(refusal);
        }

        var uncovered = _findings.Where(f => f.IsOpenDeficiency && !findingsAnswered.Contains(f.Id)).Select(f => f.StandardCode).ToList();
        if (uncovered.Count > 0)
        {
            return Refused(Refusal.NotNow($"every open deficiency needs an action; none yet for: {string.Join(", ", uncovered)}",
                new Dictionary<string, object?> { ["uncovered"] = uncovered }));
        }

        return Move(LifecycleAction.SubmitCorrectionPlan);
    }

    /// <summary>Approves the submitted correction plan, or returns it to the provider.</summary>
    public LifecycleOutcome ReviewCorrectionPlan(Role role, bool approve) =>
        Check(approve ? LifecycleAction.ApproveCorrectionPlan : LifecycleAction.ReturnCorrectionPlan, role) is { } refusal
            ? Refused(refusal)
            : Move(approve ? LifecycleAction.ApproveCorrectionPlan : LifecycleAction.ReturnCorrectionPlan);

    /// <summary>Whether <paramref name="role"/> may write this inspection's correction plan (or a self-assessment's improvement plan) now.</summary>
    public Refusal? CanWritePlan(Role role)
    {
        if (Kind == InspectionKind.SelfAssessment)
        {
            return role is not (Role.Provider or Role.Administrator) ? Refusal.NotAllowed("Only the facility's provider writes its improvement plan.")
                : Status != InspectionStatus.Evaluated ? Refusal.NotNow($"an improvement plan is written once the self-assessment is evaluated and until it is closed; it is {Words(Status)}")
                : null;
        }

        return role is not (Role.Provider or Role.Administrator) ? Refusal.NotAllowed("Only the facility's provider writes its correction plan.")
            : Status != InspectionStatus.ReportIssued ? Refusal.NotNow($"a correction plan is written after the report is issued and before it is submitted; the inspection is {Words(Status)}")
            : !_findings.Any(f => f.IsOpenDeficiency) ? Refusal.NotNow("the inspection found no deficiency to correct")
            : null;
    }

    /// <summary>
    /// Applies a save of answers. Everything is checked before anything changes: the role, the state,
    /// the version the save is based on, and the answers as they would stand, by the Engine's validator.
    /// A self-assessment starts with its first save. Returns whether anything changed.
    /// </summary>
    public (bool Changed, Refusal? Refusal) ApplyAnswers(AnswerChanges changes, ICompiledRuleSet compiled, Role role, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(compiled);
        if (CheckAnswering(role, changes.BasedOnVersion) is { } refusal)
        {
            return (false, refusal);
        }

        var ruleSet = compiled.RuleSet;
        var problems = compiled.Validate(WithChanges(ruleSet, changes, DateOnly.FromDateTime(at)));
        if (problems.Count > 0)
        {
            return (false, Refusal.Invalid(AnswerProblems.ByField(problems, changes)));
        }

        if (Status == InspectionStatus.Planned && Kind == InspectionKind.SelfAssessment && Check(LifecycleAction.Start, role) is null)
        {
            VisitDate ??= DateOnly.FromDateTime(at);
            Move(LifecycleAction.Start);
        }

        var changed = false;
        foreach (var change in changes.Institution)
        {
            changed |= StoredAnswer.Set(_answers, change.QuestionCode, change.Value, v => new InstitutionAnswer(Id, change.QuestionCode, v));
        }

        changed |= _residents.RemoveAll(r => changes.RemovedResidents.Contains(r.Code, StringComparer.Ordinal)) > 0;
        foreach (var change in changes.Residents)
        {
            var resident = _residents.FirstOrDefault(r => r.Code == change.Code);
            if (resident is null)
            {
                resident = new SampledResidentRecord(Id, change.Code);
                _residents.Add(resident);
                changed = true;
            }

            if (change.Tracers is not null)
            {
                changed |= resident.SetTracers(change.Tracers);
            }

            foreach (var answer in change.Answers)
            {
                changed |= resident.SetAnswer(answer.QuestionCode, answer.Value);
            }
        }

        foreach (var (tracer, count) in changes.Census)
        {
            var entry = _census.FirstOrDefault(c => c.TracerCode == tracer);
            if (count is not { } residents)
            {
                changed |= entry is not null && _census.Remove(entry);
            }
            else if (entry is null)
            {
                _census.Add(new TracerCount(Id, tracer, residents));
                changed = true;
            }
            else
            {
                changed |= entry.Set(residents);
            }
        }

        if (changed)
        {
            AnswersVersion++;
            Revision++;
        }

        return (changed, null);
    }

    /// <summary>Whether <paramref name="role"/> may save answers now, on top of version <paramref name="basedOnVersion"/>.</summary>
    public Refusal? CheckAnswering(Role role, int basedOnVersion)
    {
        var mayAnswer = Kind == InspectionKind.SelfAssessment ? role is Role.Provider or Role.Administrator : role is Role.Supervisor or Role.Administrator;
        return !mayAnswer ? Refusal.NotAllowed("You may read this inspection's answers but not change them.")
            : !AcceptsAnswers ? Refusal.NotNow($"the answers of an inspection that is {Words(Status)} cannot change{(Status == InspectionStatus.Submitted ? "; reopen it first" : string.Empty)}")
            : basedOnVersion != AnswersVersion ? StaleAnswers()
            : null;
    }

    /// <summary>The refusal of a save made against an older version of the answers, with the current version.</summary>
    public Refusal StaleAnswers() =>
        new(RefusalReason.Stale, "the answers changed since you loaded them: reload, then apply your changes again",
            Details: new Dictionary<string, object?> { ["currentVersion"] = AnswersVersion });

    /// <summary>The provider disputes a deficiency of an external inspection, once its report is issued and until the plan is approved.</summary>
    public (FindingDispute? Dispute, Refusal? Refusal) RaiseDispute(Role role, Guid findingId, string reason, Guid by, DateTime at)
    {
        if (role is not (Role.Provider or Role.Administrator) || Kind == InspectionKind.SelfAssessment)
        {
            return (null, Refusal.NotAllowed("Only the facility's provider disputes the findings of an external inspection."));
        }

        if (Status is not (InspectionStatus.ReportIssued or InspectionStatus.CorrectionPlanSubmitted))
        {
            return (null, Refusal.NotNow($"findings can be disputed once the report is issued and until the correction plan is approved; the inspection is {Words(Status)}"));
        }

        var finding = _findings.FirstOrDefault(f => f.Id == findingId);
        if (finding is null)
        {
            return (null, null);
        }

        if (!finding.IsDeficiency)
        {
            return (null, Refusal.NotNow($"only a deficiency can be disputed; {finding.StandardCode} is {(finding.Withdrawn ? "withdrawn" : Words(finding.Status))}"));
        }

        if (_disputes.Any(d => d.FindingId == findingId && d.Decision is null))
        {
            return (null, Refusal.NotNow("this finding already has an open dispute"));
        }

        var dispute = new FindingDispute(findingId, Id, reason.Trim(), by, at);
        _disputes.Add(dispute);
        Revision++;
        return (dispute, null);
    }

    /// <summary>
    /// The supervisor decides a dispute: upheld keeps the finding; withdrawn takes it out of the
    /// result, which the caller then re-scores (<see cref="Rescore"/>). Not once the inspection is closed.
    /// </summary>
    public (FindingDispute? Dispute, Refusal? Refusal) DecideDispute(Role role, Guid disputeId, DisputeDecision decision, string? note, Guid by, DateTime at)
    {
        if (role is not (Role.Supervisor or Role.Administrator))
        {
            return (null, Refusal.NotAllowed("Only the supervisor decides a dispute."));
        }

        var dispute = _disputes.FirstOrDefault(d => d.Id == disputeId);
        if (dispute is null)
        {
            return (null, null);
        }

        if (Status is InspectionStatus.Closed or InspectionStatus.Cancelled)
        {
            return (null, Refusal.NotNow($"the inspection is {Words(Status)}: its disputes can no longer be decided"));
        }

        if (dispute.Decision is not null)
        {
            return (null, Refusal.NotNow($"this dispute was already decided: {dispute.Decision}"));
        }

        dispute.Decide(decision, note?.Trim(), by, at);
        if (decision == DisputeDecision.Withdrawn)
        {
            _findings.Single(f => f.Id == dispute.FindingId).Withdraw();
        }

        Revision++;
        return (dispute, null);
    }

    /// <summary>Standards whose findings were withdrawn after a dispute: they leave scores, grades and the rating.</summary>
    public IReadOnlySet<string> WithdrawnStandards => _findings.Where(f => f.Withdrawn).Select(f => f.StandardCode).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The deficiencies this inspection found that still count (not withdrawn), as the rule set's
    /// consequences read them when they evaluate the facility's next inspection.
    /// </summary>
    public IReadOnlyList<PreviousDeficiency> CountedDeficiencies() =>
        [.. _findings.Where(f => f.IsDeficiency && (f.AmendedScope ?? f.Scope) is not null && (f.AmendedGrade ?? f.Grade) is not null)
            .OrderBy(f => f.StandardCode, StringComparer.Ordinal)
            .Select(f => f.AmendedStatus is null
                ? new PreviousDeficiency(f.StandardCode, f.Severity, f.Scope!.Value, f.Grade!, f.ImmediateJeopardy)
                : new PreviousDeficiency(f.StandardCode, f.AmendedSeverity ?? f.Severity, f.AmendedScope!.Value, f.AmendedGrade!, f.AmendedImmediateJeopardy))];

    /// <summary>Records a new result for the same findings (after a withdrawal), keeping what it was and why it changed.</summary>
    public void Rescore(InspectionEvaluation evaluation, string reason, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        if (!evaluation.IsScored)
        {
            return;
        }

        var (score, rating) = (OverallScore, Rating);
        RecordResult(evaluation);
        _resultChanges.Add(new ResultChange(at, reason, score, rating, OverallScore, Rating));
        Revision++;
    }

    /// <summary>On the inspection a follow-up re-checked: each re-checked deficiency's new standing, from the follow-up's findings.</summary>
    public void ApplyFollowUp(FacilityInspection followUp)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        if (followUp.FollowUpOfId != Id)
        {
            throw new ArgumentException($"inspection {followUp.Id} does not follow up {Id}", nameof(followUp));
        }

        foreach (var found in followUp.Findings)
        {
            _findings.FirstOrDefault(f => f.StandardCode == found.StandardCode && f.IsDeficiency)?.Recheck(followUp.Id, found.Status);
        }

        Revision++;
    }

    /// <summary>
    /// The answers as the Engine reads them, with the visit's tracer census and the standards withdrawn
    /// after a dispute; <paramref name="fallbackDate"/> when the visit has no date yet.
    /// </summary>
    public InspectionResponse ToResponse(RuleSet ruleSet, DateOnly fallbackDate)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var questions = ruleSet.Questions.ToDictionary(q => q.Code, StringComparer.Ordinal);
        var withdrawn = WithdrawnStandards;
        return new InspectionResponse(
            VisitDate ?? fallbackDate,
            Typed(_answers, questions),
            [.. _residents.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => new SampledResident(r.Code, r.TracerCodes, Typed(r.Answers, questions)))])
        {
            TracerCensus = _census.Count == 0 ? null : _census.ToDictionary(c => c.TracerCode, c => c.Residents, StringComparer.Ordinal),
            WithdrawnStandards = withdrawn.Count == 0 ? null : withdrawn,
            AmendedFindings = _amendments.Any(a => a.IsCurrent) ? AmendedFindings : null,
        };
    }

    private InspectionResponse WithChanges(RuleSet ruleSet, AnswerChanges changes, DateOnly today)
    {
        var current = ToResponse(ruleSet, today);
        var institution = current.Answers.ToDictionary(StringComparer.Ordinal);
        Merge(institution, changes.Institution);
        var residents = current.Residents.Where(r => !changes.RemovedResidents.Contains(r.Code, StringComparer.Ordinal)).ToList();
        foreach (var change in changes.Residents)
        {
            var index = residents.FindIndex(r => r.Code == change.Code);
            var answers = index < 0 ? new Dictionary<string, AnswerValue>(StringComparer.Ordinal) : residents[index].Answers.ToDictionary(StringComparer.Ordinal);
            Merge(answers, change.Answers);
            var resident = new SampledResident(change.Code, change.Tracers ?? (index < 0 ? [] : residents[index].Tracers), answers);
            if (index < 0)
            {
                residents.Add(resident);
            }
            else
            {
                residents[index] = resident;
            }
        }

        return current with { Answers = institution, Residents = residents };
    }

    private static void Merge(Dictionary<string, AnswerValue> answers, IEnumerable<AnswerChange> changes)
    {
        foreach (var change in changes)
        {
            if (change.Value is null)
            {
                answers.Remove(change.QuestionCode);
            }
            else
            {
                answers[change.QuestionCode] = change.Value;
            }
        }
    }

    private static Dictionary<string, AnswerValue> Typed(IEnumerable<StoredAnswer> stored, Dictionary<string, Question> questions) =>
        stored.Where(a => questions.ContainsKey(a.QuestionCode)).ToDictionary(a => a.QuestionCode, a => a.Value(questions[a.QuestionCode]), StringComparer.Ordinal);

    private void RecordResult(InspectionEvaluation evaluation)
    {
        _domainScores.Clear();
        _caps.Clear();
        _consequences.Clear();
        if (!evaluation.IsScored)
        {
            return;
        }

        var result = evaluation.Result;
        _domainScores.AddRange(result.Domains.Select(d => new DomainScoreRecord(Id, d.Domain, d.Weight, d.Met, d.NotMet, d.Score)));
        OverallScore = result.OverallScore;
        Rating = result.Rating?.Band.Code;
        ScoreBand = result.ScoreBand?.Code;
        NotRatedReasons = [.. result.NotRatedReasons];
        Coverage = result.Coverage is { } coverage ? new CoverageRecord(coverage.Share, coverage.Minimum, coverage.Unjudged, coverage.RequiredUnjudged) : null;
        _caps.AddRange(result.Caps.Select(c => new CapRecord(c.Cap.Code, c.Cap.MaxRating, c.Cap.Reason.He, c.Cap.Reason.En, c.Standards, c.Lowered)));
        _consequences.AddRange(result.Consequences.Select(c => new ConsequenceRecord(c.Consequence.Code, c.StandardCode, c.Facts, c.Consequence.Reason, c.Consequence.Then)));
        FollowUpWithinDays = result.FollowUpWithinDays;
        EscalateTo = result.EscalateTo;
    }

    /// <summary>The one door of every status change: who may take the action, and whether it is possible now.</summary>
    private Refusal? Check(LifecycleAction action, Role role)
    {
        var possible = InspectionLifecycle.From(Kind, Status).Where(a => Guard(a) is null).ToList();
        var movesOn = possible.Count == 0 ? "no further moves are possible" : $"possible now: {string.Join(", ", possible.Select(Words))}";
        if (!InspectionLifecycle.Has(Kind, action))
        {
            return Refusal.NotNow($"a self-assessment has no step '{Words(action)}'; {movesOn}");
        }

        if (!InspectionLifecycle.MayAct(role, Kind, action))
        {
            return Refusal.NotAllowed($"Your role may not {Words(action)} {(Kind == InspectionKind.SelfAssessment ? "a self-assessment" : "this inspection")}.");
        }

        return InspectionLifecycle.Next(Kind, Status, action) is null
            ? Refusal.NotNow($"cannot {Words(action)} an inspection that is {Words(Status)}; {movesOn}")
            : Guard(action);
    }

    /// <summary>What must hold for an action besides the lifecycle table.</summary>
    private Refusal? Guard(LifecycleAction action) => action switch
    {
        LifecycleAction.SubmitCorrectionPlan or LifecycleAction.ScheduleFollowUp when !_findings.Any(f => f.IsOpenDeficiency) =>
            Refusal.NotNow("the inspection has no open deficiency: there is nothing to correct or follow up"),
        LifecycleAction.IssueReport => AmendmentGuard(),
        _ => null,
    };

    private LifecycleOutcome Move(LifecycleAction action)
    {
        Status = InspectionLifecycle.Next(Kind, Status, action)!.Value;
        Revision++;
        return new LifecycleOutcome(Status, [.. InspectionLifecycle.From(Kind, Status)], null);
    }

    private LifecycleOutcome Refused(Refusal refusal) => new(Status, [.. InspectionLifecycle.From(Kind, Status).Where(a => Guard(a) is null)], refusal);

    private static string Words<T>(T value)
        where T : struct, Enum => InspectionLifecycle.Words(value);
}
