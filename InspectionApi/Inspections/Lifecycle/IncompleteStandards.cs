using Inspection.Engine.Findings;

namespace Inspection.Api.Inspections.Lifecycle;

/// <summary>
/// What keeps standards from being judged, from an evaluation of the answers as they stand: the
/// answers each one still needs, and per tracer how many more residents the sample needs.
/// </summary>
internal sealed record IncompleteStandards(IReadOnlyList<IncompleteStandardDto> Standards, IReadOnlyList<SamplingNeedDto> Sampling)
{
    public static IncompleteStandards Of(InspectionEvaluation preview)
    {
        var standards = preview.Findings
            .Where(f => f.Status == FindingStatus.Incomplete)
            .Select(f => new IncompleteStandardDto(f.StandardCode, f.MissingAnswers, f.Standard.Tracer, ResidentsNeeded(f)))
            .ToList();
        var sampling = standards
            .Where(s => s.ResidentsNeeded > 0)
            .GroupBy(s => s.Tracer)
            .Select(g => (Tracer: g.Key, More: g.Max(s => s.ResidentsNeeded)))
            .OrderBy(n => n.Tracer, StringComparer.Ordinal)
            .Select(n => new SamplingNeedDto(n.Tracer, n.More, n.Tracer is null
                ? $"sample {n.More} more resident(s)"
                : $"sample {n.More} more resident(s) with tracer {n.Tracer}"))
            .ToList();
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

        return $"{Standards.Count} standard(s) cannot be judged yet: {string.Join("; ", needs)}";
    }

    /// <summary>A resident-level standard judged on fewer residents than its minimum sample needs that many more.</summary>
    private static int ResidentsNeeded(Finding finding) =>
        finding.Residents is { } tally && tally.Known < tally.MinimumSample && tally.Excluded.Count() < tally.MinimumSample - tally.Known
            ? tally.MinimumSample - tally.Known - tally.Excluded.Count()
            : 0;
}
