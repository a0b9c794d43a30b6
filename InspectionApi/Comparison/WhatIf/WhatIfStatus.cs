namespace Inspection.Api.Comparison.WhatIf;

/// <summary>Where a what-if run stands.</summary>
public enum WhatIfStatus
{
    /// <summary>Waiting for the runner.</summary>
    Queued,

    /// <summary>Evaluating; <see cref="WhatIfRun.Done"/> of <see cref="WhatIfRun.Total"/> inspections so far.</summary>
    Running,

    /// <summary>Finished; the result is stored with the run.</summary>
    Succeeded,

    /// <summary>Stopped by an error, recorded with the run.</summary>
    Failed,
}
