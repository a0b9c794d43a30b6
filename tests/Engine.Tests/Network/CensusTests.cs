using Inspection.Engine.Findings;
using static Inspection.Engine.Tests.TestResponse;

namespace Inspection.Engine.Tests.Network;

/// <summary>The tracer census and the sampling plan (DESIGN.md section 3): a standard nobody sampled is never silently not applicable.</summary>
public class CensusTests
{
    private static TestCatalog WoundCatalog() => new TestCatalog()
        .ResidentQuestion("has_pressure_injury", "yes-no")
        .ResidentQuestion("has_wound_plan", "yes-no")
        .Tracer("pressure-injury", "r.has_pressure_injury")
        .ResidentStandard("ST-01", "r.has_wound_plan", tracer: "pressure-injury");

    private static TestResponse NobodyInjured() => new TestResponse()
        .Resident("R1", ("has_pressure_injury", No), ("has_wound_plan", No))
        .Resident("R2", ("has_pressure_injury", No), ("has_wound_plan", No));

    [Test]
    public void Evaluate_TracerNotSampledAndNoCensus_IncompleteNotNotApplicable()
    {
        var finding = WoundCatalog().Compile().Evaluate(NobodyInjured().Build()).For("ST-01")!;

        finding.Status.Should().Be(FindingStatus.Incomplete);
        finding.Note.Should().Be("no sampled resident has the tracer 'pressure-injury' and the census does not say whether any live here: record the census or sample residents with it");
    }

    [Test]
    public void Evaluate_TracerNotSampledButCensusCountsResidents_IncompleteAndThePlanSaysHowManyToAdd()
    {
        var result = WoundCatalog().Compile().Evaluate(NobodyInjured().Census("pressure-injury", 4).Build());

        result.For("ST-01")!.Status.Should().Be(FindingStatus.Incomplete);
        result.For("ST-01")!.Note.Should().Be("no sampled resident has the tracer 'pressure-injury', though the census counts 4: sample 3");
        result.SamplingPlan.Should().Equal(new TracerSample("pressure-injury", 0, 4, 3, 3));
    }

    [Test]
    public void Evaluate_TracerNotSampledAndCensusSaysNone_NotApplicableAndNothingToAdd()
    {
        var result = WoundCatalog().Compile().Evaluate(NobodyInjured().Census("pressure-injury", 0).Build());

        result.For("ST-01")!.Status.Should().Be(FindingStatus.NotApplicable);
        result.SamplingPlan.Should().Equal(new TracerSample("pressure-injury", 0, 0, 0, 0));
    }

    [Test]
    public void Evaluate_FewerLiveThereThanTheMinimumSampleAndAllSampled_Judged()
    {
        var response = new TestResponse()
            .Resident("R1", ("has_pressure_injury", Yes), ("has_wound_plan", Yes))
            .Resident("R2", ("has_pressure_injury", Yes), ("has_wound_plan", Yes))
            .Census("pressure-injury", 2);

        var result = WoundCatalog().Compile().Evaluate(response.Build());

        result.For("ST-01")!.Status.Should().Be(FindingStatus.Met, "both residents with the tracer were sampled: the sample is the whole population");
        result.For("ST-01")!.Residents!.MinimumSample.Should().Be(2);
        result.SamplingPlan.Should().Equal(new TracerSample("pressure-injury", 2, 2, 2, 0));
    }

    [Test]
    public void PlanSample_TwoOfThreeSampledWithoutCensus_OneToAdd()
    {
        var response = new TestResponse()
            .Resident("R1", ("has_pressure_injury", Yes), ("has_wound_plan", Yes))
            .Resident("R2", ["pressure-injury"], ("has_pressure_injury", No), ("has_wound_plan", Yes))
            .Resident("R3", ("has_pressure_injury", No), ("has_wound_plan", Yes));

        var plan = WoundCatalog().Compile().PlanSample(response.Build());

        plan.Should().Equal(new TracerSample("pressure-injury", 2, null, 3, 1));
    }

    [Test]
    public void Evaluate_UnverifiedDeficiencyNotReportedAsResolved()
    {
        // Last time ST-01 was a deficiency; this time nobody with the tracer was sampled and the census is missing.
        var finding = WoundCatalog().Compile().Evaluate(NobodyInjured().Previous("ST-01").Build()).For("ST-01")!;

        finding.Status.Should().NotBe(FindingStatus.NotApplicable, "a standard nobody checked cannot count as resolved");
    }

    [TestCase(2, 1, 2, 1)]
    [TestCase(5, 1, 3, 2)]
    [TestCase(1, 2, 1, 0)]
    public void PlanSample_CensusAgainstTheSample_RequiredAndToAdd(int census, int sampled, int required, int toAdd)
    {
        var response = new TestResponse().Census("pressure-injury", census);
        for (var i = 1; i <= sampled; i++)
        {
            response.Resident($"R{i}", ("has_pressure_injury", Yes), ("has_wound_plan", Yes));
        }

        var plan = WoundCatalog().Compile().PlanSample(response.Build());

        plan.Should().Equal(new TracerSample("pressure-injury", sampled, census, required, toAdd));
    }

    [Test]
    public void PlanSample_TracerNoStandardFollows_NothingRequired()
    {
        var compiled = WoundCatalog().Tracer("falls", "r.has_pressure_injury").Compile();

        var plan = compiled.PlanSample(NobodyInjured().Build());

        plan.Should().Contain(new TracerSample("falls", 0, null, 0, 0));
    }

    [Test]
    public void PlanSample_InvalidResponse_Refused()
    {
        var act = () => WoundCatalog().Compile().PlanSample(new TestResponse().Resident("R1", ("shoe_size", Yes)).Build());

        act.Should().Throw<Responses.InvalidResponseException>();
    }
}
