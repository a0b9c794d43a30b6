using System.ComponentModel.DataAnnotations;

namespace Inspection.Api.Comparison.WhatIf;

/// <summary>Evaluate the cycle's stored responses against the draft rule-set version.</summary>
public sealed record WhatIfRequest([property: Required] Guid? CycleId, [property: Required] Guid? DraftVersionId);
