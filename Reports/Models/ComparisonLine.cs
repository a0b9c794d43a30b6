using Inspection.Engine.Comparison;
using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>How one standard's deficiency moved since the previous inspection.</summary>
public sealed record ComparisonLine(string StandardCode, LocalizedText Title, DeficiencyChange Change, string? PreviousGrade, string? CurrentGrade);
