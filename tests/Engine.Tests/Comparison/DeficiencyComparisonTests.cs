using Inspection.Engine.Comparison;
using Inspection.Engine.Findings;
using Inspection.Engine.Responses;

namespace Inspection.Engine.Tests.Comparison;

/// <summary>
/// How deficiencies move between inspections of one facility. Standard ST-n is met when q.sn is
/// answered yes, not met when no, incomplete when unanswered; ST-09 is not applicable unless q.applies;
/// ST-10 (q.s1 || 1 / q.zero > 1) is not met with ST-01 and fails at run time when q.zero is 0.
/// </summary>
public class DeficiencyComparisonTests
{
    private static TestCatalog Catalog(int standards = 4, string version = "1.0.0")
    {
        var catalog = new TestCatalog().Version(version).Question("applies", "yes-no").Question("zero", "number");
        for (var i = 1; i <= standards; i++)
        {
            catalog.Question($"s{i}", "yes-no").Standard($"ST-0{i}", $"q.s{i}");
        }

        return catalog
            .Question("s9", "yes-no")
            .Standard("ST-09", "q.s9", applicability: "q.applies")
            .Standard("ST-10", "q.s1 || 1 / q.zero > 1");
    }

    /// <summary>Evaluates with ST-n answered by the n-th character: '+' met, '-' not met, '?' unanswered; and ST-09 applying.</summary>
    private static InspectionResult Inspection(string outcomes, TestCatalog? catalog = null, bool applies = true, int zero = 1)
    {
        var response = new TestResponse().Answer("applies", AnswerValue.YesNo(applies)).Answer("zero", AnswerValue.Number(zero)).Answer("s9", AnswerValue.YesNo(false));
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (outcomes[i] != '?')
            {
                response.Answer($"s{i + 1}", AnswerValue.YesNo(outcomes[i] == '+'));
            }
        }

        return (catalog ?? Catalog(outcomes.Length)).Compile().Evaluate(response.Build());
    }

    private static IEnumerable<(string, DeficiencyChange)> Changes(IEnumerable<DeficiencyMovement> movements) =>
        movements.Select(m => (m.StandardCode, m.Change));

    [Test]
    public void Compare_DeficiencyOnlyNow_New()
    {
        var movements = DeficiencyComparison.Compare(current: Inspection("-+++"), previous: Inspection("++++"));

        Changes(movements).Should().Contain(("ST-01", DeficiencyChange.New));
        movements.Single(m => m.StandardCode == "ST-01").Previous!.Status.Should().Be(FindingStatus.Met);
    }

    [Test]
    public void Compare_DeficiencyThenMet_Resolved()
    {
        var movements = DeficiencyComparison.Compare(current: Inspection("++++"), previous: Inspection("+-++"));

        Changes(movements).Should().Contain(("ST-02", DeficiencyChange.Resolved));
    }

    [Test]
    public void Compare_DeficiencyThenNotApplicable_Resolved()
    {
        var movements = DeficiencyComparison.Compare(current: Inspection("++++", applies: false), previous: Inspection("++++", applies: true));

        Changes(movements).Should().Equal(("ST-09", DeficiencyChange.Resolved));
    }

    [Test]
    public void Compare_DeficiencyBothTimes_Persisting()
    {
        var movements = DeficiencyComparison.Compare(current: Inspection("++-+"), previous: Inspection("++-+"));

        Changes(movements).Should().Contain(("ST-03", DeficiencyChange.Persisting));
    }

    [Test]
    public void Compare_DeficiencyCorrectedAndBack_Repeated()
    {
        var movements = DeficiencyComparison.Compare(
            current: Inspection("+++-"), previous: Inspection("++++"), beforePrevious: Inspection("+++-"));

        Changes(movements).Should().Contain(("ST-04", DeficiencyChange.Repeated));
    }

    [Test]
    public void Compare_NewDeficiencyWithoutEarlierInspection_NewNotRepeated()
    {
        var movements = DeficiencyComparison.Compare(current: Inspection("+++-"), previous: Inspection("++++"));

        Changes(movements).Should().Contain(("ST-04", DeficiencyChange.New));
    }

    [Test]
    public void Compare_DeficiencyNowIncomplete_Unverified()
    {
        var movements = DeficiencyComparison.Compare(current: Inspection("?+++"), previous: Inspection("-+++"));

        Changes(movements).Should().Contain(("ST-01", DeficiencyChange.Unverified));
        movements.Single(m => m.StandardCode == "ST-01").Current!.Status.Should().Be(FindingStatus.Incomplete);
    }

    [Test]
    public void Compare_DeficiencyNowError_Unverified()
    {
        var movements = DeficiencyComparison.Compare(current: Inspection("-+++", zero: 0), previous: Inspection("-+++"));

        movements.Single(m => m.StandardCode == "ST-10").Change.Should().Be(DeficiencyChange.Unverified);
        movements.Single(m => m.StandardCode == "ST-10").Current!.Status.Should().Be(FindingStatus.Error);
    }

    [Test]
    public void Compare_StandardDroppedFromTheNewVersion_UnverifiedWithoutCurrentFinding()
    {
        var previous = Inspection("+++-", Catalog(4));
        var current = Inspection("+++", Catalog(3, version: "1.1.0"));

        var movements = DeficiencyComparison.Compare(current, previous);

        var dropped = movements.Should().ContainSingle(m => m.StandardCode == "ST-04").Subject;
        dropped.Change.Should().Be(DeficiencyChange.Unverified);
        dropped.Current.Should().BeNull();
        dropped.Previous!.Status.Should().Be(FindingStatus.NotMet);
    }

    [Test]
    public void Compare_StandardAddedInTheNewVersion_NewWithoutPreviousFinding()
    {
        var previous = Inspection("+++", Catalog(3));
        var current = Inspection("+++-", Catalog(4, version: "1.1.0"));

        var movements = DeficiencyComparison.Compare(current, previous);

        var added = movements.Should().ContainSingle(m => m.StandardCode == "ST-04").Subject;
        added.Change.Should().Be(DeficiencyChange.New);
        added.Previous.Should().BeNull();
    }

    [Test]
    public void Compare_NothingChangedAndNoDeficiency_NoMovements()
    {
        DeficiencyComparison.Compare(Inspection("++++", applies: false), Inspection("++++", applies: false)).Should().BeEmpty();
    }

    [Test]
    public void Compare_EveryKindAtOnce_InCurrentOrderThenDroppedStandards()
    {
        var beforePrevious = Inspection("+++-++", Catalog(6));
        var previous = Inspection("--++--", Catalog(6));
        var current = Inspection("-+--?", Catalog(5, version: "1.1.0"));

        var movements = DeficiencyComparison.Compare(current, previous, beforePrevious);

        Changes(movements).Should().Equal(
            ("ST-01", DeficiencyChange.Persisting),
            ("ST-02", DeficiencyChange.Resolved),
            ("ST-03", DeficiencyChange.New),
            ("ST-04", DeficiencyChange.Repeated),
            ("ST-05", DeficiencyChange.Unverified),
            ("ST-09", DeficiencyChange.Persisting),
            ("ST-10", DeficiencyChange.Persisting),
            ("ST-06", DeficiencyChange.Unverified));
        movements.Should().OnlyContain(m => (m.Current == null) == (m.StandardCode == "ST-06"));
    }
}
