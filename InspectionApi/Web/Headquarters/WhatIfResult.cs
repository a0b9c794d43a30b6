namespace Inspection.Web.Headquarters;

/// <summary>What a draft would change in a cycle: nationally, per district and operator, per standard and per facility.</summary>
public sealed record WhatIfResult(Guid CycleId, string Draft, IReadOnlyList<string> Baseline, int Inspections, int Evaluated, WhatIfGroup National, IReadOnlyList<WhatIfGroup> Districts, IReadOnlyList<WhatIfGroup> Operators, IReadOnlyList<WhatIfStandard> Standards, IReadOnlyList<WhatIfFacility> Facilities, IReadOnlyList<WhatIfFailure> Failures);
