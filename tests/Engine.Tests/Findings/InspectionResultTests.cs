using Inspection.Engine.Findings;

namespace Inspection.Engine.Tests.Findings;

/// <summary>What a result says of itself, apart from evaluation.</summary>
public class InspectionResultTests
{
    [Test]
    public void IsNotRated_NoReasons_False_AReason_True()
    {
        var result = new InspectionResult(new RuleSetIdentity("test-home", "1.0.0", "sha256:0"), new DateOnly(2026, 12, 1), [], [], 0.9m, null);

        result.IsNotRated.Should().BeFalse("a result with no reason standing in the way is rated");
        (result with { NotRatedReasons = ["not rated: insufficient evidence"] }).IsNotRated.Should().BeTrue();
    }
}
