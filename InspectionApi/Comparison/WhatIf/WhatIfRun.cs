namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// A policy what-if: a cycle's stored responses evaluated against a draft rule-set version. The run
/// records its progress and, when done, what would change; it is the only thing a what-if saves.
/// Official results and the draft itself are never touched.
/// </summary>
public sealed class WhatIfRun
{
    private WhatIfRun()
    {
    }

    public WhatIfRun(Guid cycleId, Guid draftVersionId, Guid? requestedBy, DateTime requestedAt)
    {
        CycleId = cycleId;
        DraftVersionId = draftVersionId;
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CycleId { get; private set; }

    public Guid DraftVersionId { get; private set; }

    public Guid? RequestedBy { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public WhatIfStatus Status { get; private set; }

    /// <summary>Inspections to evaluate (known once the run starts).</summary>
    public int Total { get; private set; }

    /// <summary>Inspections evaluated so far.</summary>
    public int Done { get; private set; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The result (<see cref="WhatIfResultDto"/>) as JSON, once succeeded.</summary>
    public string? ResultJson { get; private set; }

    public bool IsFinished => Status is WhatIfStatus.Succeeded or WhatIfStatus.Failed;

    internal void Start(int total, DateTime at)
    {
        Status = WhatIfStatus.Running;
        Total = total;
        Done = 0;
        StartedAt = at;
    }

    internal void Progress(int done) => Done = done;

    internal void Succeed(string resultJson, DateTime at)
    {
        Status = WhatIfStatus.Succeeded;
        Done = Total;
        ResultJson = resultJson;
        FinishedAt = at;
    }

    internal void Fail(string error, DateTime at)
    {
        Status = WhatIfStatus.Failed;
        Error = error.Length > 2000 ? error[..2000] : error;
        FinishedAt = at;
    }
}
