using Inspection.Api.Hosting;
using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Api.Inspections.Results;

/// <summary>
/// A result read by what its standards measure (Engine's <see cref="StandardTypeScore"/>): standards of the
/// type, how many were judged and met, the score over them alone (the overall score's formula), their
/// share of the overall score's weight, and the points of the overall score they earn. Figures are rounded
/// to six decimal places, as headquarters figures are.
/// </summary>
/// <param name="Type"><c>structure</c>, <c>process</c>, <c>outcome</c>, or <c>unclassified</c> (a version stored before types existed).</param>
public sealed record StandardTypeScoreDto(string Type, string Title, int Standards, int Judged, int Met, decimal? Score, decimal Share, decimal Contribution)
{
    public static StandardTypeScoreDto Of(StandardTypeScore figure, Language language)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return new StandardTypeScoreDto(StandardTypeTitles.Code(figure.Type), StandardTypeTitles.Of(figure.Type).In(language),
            figure.Standards, figure.Judged, figure.Met, figure.Score is { } score ? Round(score) : null, Round(figure.Share), Round(figure.Contribution));
    }

    /// <summary>
    /// The figures of a stored result: its findings that count (those withdrawn after a dispute left out),
    /// read against the rule-set version it was evaluated with.
    /// </summary>
    public static List<StandardTypeScoreDto> Of(RuleSet ruleSet, IEnumerable<(string StandardCode, FindingStatus Status, bool Withdrawn)> findings, Language language) =>
        [.. StandardTypeScores.Of(ruleSet, findings.Where(f => !f.Withdrawn).Select(f => (f.StandardCode, f.Status))).Select(f => Of(f, language))];

    private static decimal Round(decimal value) => Math.Round(value, 6, MidpointRounding.AwayFromZero);
}
