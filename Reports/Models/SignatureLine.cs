using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>One line of the signature block: the role, the person, and the day signed (null: to be signed).</summary>
public sealed record SignatureLine(LocalizedText Role, string Name, DateOnly? SignedOn);
