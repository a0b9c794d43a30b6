using AutoMapper;
using AutoMapper.QueryableExtensions;
using Inspection.Api.Audit;
using Inspection.Api.Corrections;
using Inspection.Api.Cycles;
using Inspection.Api.Facilities;
using Inspection.Api.RuleSets;
using Inspection.Standards.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Api.Tests.Hosting;

/// <summary>The AutoMapper configuration the host uses at the API boundary.</summary>
public sealed class MappingTests
{
    private InspectionApiFactory _factory = null!;
    private IMapper _mapper = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _factory = new InspectionApiFactory();
        _mapper = _factory.Services.GetRequiredService<IMapper>();
    }

    [OneTimeTearDown]
    public void StopHost() => _factory.Dispose();

    [Test]
    public void Configuration_EveryMap_IsValid()
    {
        var assert = () => _mapper.ConfigurationProvider.AssertConfigurationIsValid();

        assert.Should().NotThrow();
    }

    [Test]
    public void Map_CorrectionPlan_CarriesStatusByNameAndItsActions()
    {
        var findingId = Guid.CreateVersion7();
        var plan = new CorrectionPlan(Guid.CreateVersion7(), PlanPurpose.Correction);
        plan.ReplaceActions([new CorrectionAction(findingId, "Daily cleaning checklist", "Kitchen manager", new DateOnly(2026, 12, 31))]);
        plan.Submit();

        var dto = _mapper.Map<CorrectionPlanDto>(plan);

        dto.Status.Should().Be("Submitted");
        dto.Version.Should().Be(2);
        dto.Actions.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { FindingId = findingId, Description = "Daily cleaning checklist", Owner = "Kitchen manager", DueDate = new DateOnly(2026, 12, 31) });
    }

    [Test]
    public async Task ProjectTo_EveryProjectedDto_TranslatesToSqlOverTheDemoData()
    {
        var (facilities, operators, versions, cycles, audit) = await _factory.ReadDatabaseAsync(async db => (
            await db.Facilities.ProjectTo<FacilityDto>(_mapper.ConfigurationProvider).ToListAsync(),
            await db.Operators.ProjectTo<OperatorDto>(_mapper.ConfigurationProvider).ToListAsync(),
            await db.RuleSetVersions.ProjectTo<RuleSetVersionDto>(_mapper.ConfigurationProvider).ToListAsync(),
            await db.Cycles.ProjectTo<CycleDto>(_mapper.ConfigurationProvider).ToListAsync(),
            await db.AuditLog.Take(10).ProjectTo<AuditEntryDto>(_mapper.ConfigurationProvider).ToListAsync()));

        facilities.Should().HaveCount(20).And.OnlyContain(f => f.OperatorName.Length > 0);
        operators.Should().NotBeEmpty();
        versions.Select(v => v.Status).Should().Contain("Published").And.BeSubsetOf(Enum.GetNames<RuleSetStatus>());
        cycles.Should().HaveCount(12, "the demo data has an annual cycle per service type for last year, this year and next")
            .And.OnlyContain(c => c.ServiceType != "all");
        audit.Should().NotBeEmpty();
    }
}
