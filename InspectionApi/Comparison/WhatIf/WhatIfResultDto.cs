namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// What a draft rule-set version would change in a cycle: per facility, per standard (which facilities
/// flip), per district and operator, and nationally; and the stored responses the draft could not read.
/// </summary>
public sealed record WhatIfResultDto(
    Guid CycleId,
    string Draft,
    IReadOnlyList<string> Baseline,
    int Inspections,
    int Evaluated,
    WhatIfGroupDto National,
    IReadOnlyList<WhatIfGroupDto> Districts,
    IReadOnlyList<WhatIfGroupDto> Operators,
    IReadOnlyList<StandardFlipsDto> Standards,
    IReadOnlyList<WhatIfFacilityDto> Facilities,
    IReadOnlyList<WhatIfFailureDto> Failures);
