using System.Security.Cryptography;
using System.Text.Json;
using Inspection.Reports.Models;

namespace Inspection.Api.Reports;

/// <summary>What a report says, as a SHA-256: its model as JSON, without the day it is issued (nor the "as of" day of an improvement report).</summary>
public static class ReportFingerprint
{
    public static string Of(object model)
    {
        ArgumentNullException.ThrowIfNull(model);
        object undated = model switch
        {
            ComplianceReport r => r with { Visit = r.Visit with { IssuedOn = default } },
            ImprovementReport r => r with { Visit = r.Visit with { IssuedOn = default }, AsOf = default },
            SelfAssessmentReport r => r with { Visit = r.Visit with { IssuedOn = default } },
            PreparationBrief r => r with { Visit = r.Visit with { IssuedOn = default } },
            _ => throw new ArgumentException($"{model.GetType().Name} is not a report model", nameof(model)),
        };
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(undated, undated.GetType())));
    }
}
