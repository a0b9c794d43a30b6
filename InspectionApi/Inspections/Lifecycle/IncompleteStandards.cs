using Inspection.Engine.Findings;

namespace Inspection.Api.Inspections.Lifecycle;

/// <summary>
/// What keeps standards from being judged, from an evaluation of the answers as they stand: the
/// answers each one still needs, and how many more residents the sample needs: per tracer as the
/// Engine's sampling plan says (from the policy's minimum sample and the census), and, for standards
/// that follow no tracer, as their tally says.
/// </summary>
internal sealed record IncompleteStandards(IReadOnlyList<IncompleteStandardDto> Standards, IReadOnlyList<SamplingNeedDto> Sampling)
{
    /// <summary>True when nothing stands in the way of judging every standard and the sample is as large as the plan says.</summary>
    public bool IsEmpty => Standards.Count == 0 && Sampling.Count == 0;

    public static IncompleteStandards Of(InspectionEvaluation preview)
    {
        // A follow-up re-checks a few standards: only their tracers' sampling counts.
        var tracers = preview.Rechecked is null ? null : preview.Findings.Select(f => f.Standard.Tracer).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var plan = preview.Result.SamplingPlan
            .Where(t => t.ToAdd > 0 && (tracers is null || tracers.Contains(t.Tracer)))
            .ToDictionary(t => t.Tracer, t => t.ToAdd, StringComparer.Ordinal);
        var standards = preview.Findings
            .Where(f => f.Status == FindingStatus.Incomplete)
            .Select(f => new IncompleteStandardDto(f.StandardCode, f.MissingAnswers, f.Standard.Tracer,
                f.Standard.Tracer is { } tracer ? plan.GetValueOrDefault(tracer) : ResidentsNeeded(f)))
            .ToList();
        var anyResident = standards.Where(s => s.Tracer is null).Select(s => s.ResidentsNeeded).DefaultIfEmpty(0).Max();
        var sampling = plan
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new SamplingNeedDto(p.Key, p.Value, $"sample {p.Value} more resident(s) with tracer {p.Key}"))
            .ToList();
        if (anyResident > 0)
        {
            sampling.Insert(0, new SamplingNeedDto(null, anyResident, $"sample {anyResident} more resident(s)"));
        }

        return new IncompleteStandards(standards, sampling);
    }

    /// <summary>One line naming what is missing, for the refusal's detail.</summary>
    public string Summary()
    {
        var answers = Standards.SelectMany(s => s.MissingAnswers).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var needs = Sampling.Select(s => s.Message).ToList();
        if (answers.Count > 0)
        {
            needs.Add($"answer {string.Join(", ", answers.Take(20))}{(answers.Count > 20 ? $" and {answers.Count - 20} more" : string.Empty)}");
        }

        return Standards.Count > 0
            ? $"{Standards.Count} standard(s) cannot be judged yet: {string.Join("; ", needs)}"
            : $"the sample is smaller than the sampling plan asks: {string.Join("; ", needs)}";
    }

    /// <summary>
    /// A resident-level standard that follows no tracer (the sampling plan is per tracer), judged on fewer
    /// residents than its minimum sample: that many more, unless answering the excluded residents would do.
    /// </summary>
    private static int ResidentsNeeded(Finding finding) =>
        finding.Residents is { } tally && tally.Known < tally.MinimumSample && tally.Excluded.Count() < tally.MinimumSample - tally.Known
            ? tally.MinimumSample - tally.Known - tally.Excluded.Count()
            : 0;
}
