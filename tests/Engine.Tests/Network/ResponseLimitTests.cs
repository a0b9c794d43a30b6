using Inspection.Engine.Responses;

namespace Inspection.Engine.Tests.Network;

/// <summary>The most sampled residents one inspection may hold (the policy's maxSampledResidents, 200 when absent).</summary>
public class ResponseLimitTests
{
    private static TestCatalog Catalog() => new TestCatalog()
        .ResidentQuestion("care_plan_signed", "yes-no")
        .ResidentStandard("ST-01", "r.care_plan_signed");

    private static InspectionResponse Sample(int residents)
    {
        var response = new TestResponse();
        for (var i = 1; i <= residents; i++)
        {
            response.Resident($"R{i}", ("care_plan_signed", TestResponse.Yes));
        }

        return response.Build();
    }

    [Test]
    public void Validate_MoreResidentsThanTheDefaultLimit_OneClearProblem()
    {
        var compiled = Catalog().Compile();

        compiled.Validate(Sample(200)).Should().BeEmpty();
        compiled.Validate(Sample(201)).Should().Equal(new ResponseProblem(null, "(residents)", "201 residents are sampled; test-home@1.0.0 allows at most 200 in one inspection"));
    }

    [Test]
    public void Evaluate_MoreResidentsThanThePolicyAllows_Refused()
    {
        var compiled = Catalog().Policy("maxSampledResidents: 5").Compile();

        var act = () => compiled.Evaluate(Sample(6));

        act.Should().Throw<InvalidResponseException>().Which.Problems.Should().ContainSingle().Which.Question.Should().Be("(residents)");
        compiled.Evaluate(Sample(5)).Findings.Should().ContainSingle();
    }

    [Test]
    public void Load_LimitBelowTheMinimumSample_LocatedError()
    {
        var result = Catalog().Policy("maxSampledResidents: 2").Load();

        result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Path = "policy.maxSampledResidents",
            Message = "the most sampled residents must be at least the minimum sample (3) and at most 10000, found 2",
        });
    }
}
