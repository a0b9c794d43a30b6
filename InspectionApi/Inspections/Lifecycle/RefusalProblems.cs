using Inspection.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inspection.Api.Inspections.Lifecycle;

/// <summary>A refusal of the aggregate as the problem details the API answers with.</summary>
public static class RefusalProblems
{
    public static ProblemHttpResult ToProblem(this Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Reason switch
        {
            RefusalReason.NotAllowed => Problems.Forbidden(refusal.Message),
            RefusalReason.Invalid => Problems.Invalid(refusal.Errors?.ToDictionary() ?? new Dictionary<string, string[]> { ["request"] = [refusal.Message] }),
            _ => Problems.Conflict(refusal.Message, refusal.Details?.ToDictionary()),
        };
    }
}
