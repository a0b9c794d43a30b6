using Inspection.Engine.Comparison;
using Inspection.Engine.Findings;
using Inspection.Engine.Responses;

namespace Inspection.Engine.Tests.Comparison;

/// <summary>Comparing inspections by their standards' outcomes, as the host does from stored findings.</summary>
public class OutcomeComparisonTests
{
    private static StandardOutcome Met(string code) => new(code, FindingStatus.Met);

    private static StandardOutcome NotMet(string code) => new(code, FindingStatus.NotMet);

    [Test]
    public void Compare_HandBuiltPair_EachMovementNamed()
    {
        StandardOutcome[] beforePrevious = [NotMet("ST-05"), Met("ST-06")];
        StandardOutcome[] previous = [NotMet("ST-01"), NotMet("ST-02"), NotMet("ST-03"), Met("ST-04"), Met("ST-05"), NotMet("ST-07"), Met("ST-08"), NotMet("ST-OLD")];
        StandardOutcome[] current =
        [
            Met("ST-01"), NotMet("ST-02"), new("ST-03", FindingStatus.Incomplete), NotMet("ST-04"), NotMet("ST-05"),
            new("ST-07", FindingStatus.NotApplicable), new("ST-08", FindingStatus.Error), NotMet("ST-NEW"),
        ];

        var movements = DeficiencyComparison.Compare(current, previous, beforePrevious.Where(o => o.Deficient).Select(o => o.StandardCode));

        movements.Should().Equal(
            new StandardMovement("ST-01", DeficiencyChange.Resolved, FindingStatus.NotMet, FindingStatus.Met),
            new StandardMovement("ST-02", DeficiencyChange.Persisting, FindingStatus.NotMet, FindingStatus.NotMet),
            new StandardMovement("ST-03", DeficiencyChange.Unverified, FindingStatus.NotMet, FindingStatus.Incomplete),
            new StandardMovement("ST-04", DeficiencyChange.New, FindingStatus.Met, FindingStatus.NotMet),
            new StandardMovement("ST-05", DeficiencyChange.Repeated, FindingStatus.Met, FindingStatus.NotMet),
            new StandardMovement("ST-07", DeficiencyChange.Resolved, FindingStatus.NotMet, FindingStatus.NotApplicable),
            new StandardMovement("ST-NEW", DeficiencyChange.New, null, FindingStatus.NotMet),
            new StandardMovement("ST-OLD", DeficiencyChange.Unverified, FindingStatus.NotMet, null));
    }

    [Test]
    public void Compare_NoPrevious_EveryDeficiencyIsNew()
    {
        var movements = DeficiencyComparison.Compare([Met("ST-01"), NotMet("ST-02")], []);

        movements.Should().Equal(new StandardMovement("ST-02", DeficiencyChange.New, null, FindingStatus.NotMet));
    }

    [Test]
    public void Compare_ResultsAndTheirOutcomes_GiveTheSameMovements()
    {
        var catalog = new TestCatalog();
        for (var i = 1; i <= 4; i++)
        {
            catalog.Question($"s{i}", "yes-no").Standard($"ST-0{i}", $"q.s{i}");
        }

        var compiled = catalog.Compile();
        InspectionResult Evaluate(string outcomes)
        {
            var response = new TestResponse();
            for (var i = 0; i < outcomes.Length; i++)
            {
                if (outcomes[i] != '?')
                {
                    response.Answer($"s{i + 1}", AnswerValue.YesNo(outcomes[i] == '+'));
                }
            }

            return compiled.Evaluate(response.Build());
        }

        var (current, previous, beforePrevious) = (Evaluate("+-?-"), Evaluate("---+"), Evaluate("+++-"));
        static IEnumerable<StandardOutcome> Outcomes(InspectionResult result) => result.Findings.Select(f => new StandardOutcome(f.StandardCode, f.Status));

        var fromResults = DeficiencyComparison.Compare(current, previous, beforePrevious);
        var fromOutcomes = DeficiencyComparison.Compare(Outcomes(current), Outcomes(previous), beforePrevious.Deficiencies.Select(f => f.StandardCode));

        fromResults.Select(m => (m.StandardCode, m.Change, m.Previous?.Status, m.Current?.Status))
            .Should().Equal(fromOutcomes.Select(m => (m.StandardCode, m.Change, m.Previous, m.Current)));
        fromOutcomes.Select(m => (m.StandardCode, m.Change)).Should().Equal(
            ("ST-01", DeficiencyChange.Resolved), ("ST-02", DeficiencyChange.Persisting), ("ST-03", DeficiencyChange.Unverified), ("ST-04", DeficiencyChange.Repeated));
    }
}
