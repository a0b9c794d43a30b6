using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Engine.Tests.Findings;

/// <summary>A finding's parts always fit its status: its factories make no other kind.</summary>
public class FindingFactoryTests
{
    private static readonly Standard Standard = new TestCatalog().Question("yes", "yes-no").Standard("ST-01", "q.yes").LoadValid().Standards[0];
    private static readonly RuleSetIdentity Identity = new("test-home", "1.0.0", "sha256:0");

    [Test]
    public void Factories_EachStatus_OnlyItsOwnParts()
    {
        var deficiency = new Deficiency(Severity.Major, Scope.Pattern, "E", false, null);

        Finding.Met(Standard, Identity, []).Should().BeEquivalentTo(new { Status = FindingStatus.Met, Deficiency = (Deficiency?)null, ErrorMessage = (string?)null });
        Finding.NotMet(Standard, Identity, [], deficiency).Should().BeEquivalentTo(new { Status = FindingStatus.NotMet, Deficiency = deficiency, ErrorMessage = (string?)null });
        Finding.NotApplicable(Standard, Identity, []).Deficiency.Should().BeNull();
        Finding.Incomplete(Standard, Identity, [], ["yes"]).Should().BeEquivalentTo(new { Status = FindingStatus.Incomplete, MissingAnswers = new[] { "yes" }, Deficiency = (Deficiency?)null });
        Finding.Error(Standard, Identity, [], "boom").Should().BeEquivalentTo(new { Status = FindingStatus.Error, ErrorMessage = "boom", Deficiency = (Deficiency?)null });
    }

    [Test]
    public void NotMet_WithoutDeficiency_Refused()
    {
        var act = () => Finding.NotMet(Standard, Identity, [], null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void Error_WithoutMessage_Refused()
    {
        var act = () => Finding.Error(Standard, Identity, [], string.Empty);

        act.Should().Throw<ArgumentException>();
    }

    [Test]
    public void IsEvaluated_OnlyMetAndNotMet()
    {
        Finding.Met(Standard, Identity, []).IsEvaluated.Should().BeTrue();
        Finding.NotMet(Standard, Identity, [], new Deficiency(Severity.Minor, Scope.Isolated, "A", false, null)).IsEvaluated.Should().BeTrue();
        Finding.Incomplete(Standard, Identity, [], []).IsEvaluated.Should().BeFalse();
        Finding.NotApplicable(Standard, Identity, []).IsEvaluated.Should().BeFalse();
        Finding.Error(Standard, Identity, [], "x").IsEvaluated.Should().BeFalse();
    }
}
