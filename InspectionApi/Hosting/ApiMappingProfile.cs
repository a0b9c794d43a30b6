using AutoMapper;
using Inspection.Api.Audit;
using Inspection.Api.Corrections;
using Inspection.Api.Cycles;
using Inspection.Api.Facilities;
using Inspection.Api.Inspections;
using Inspection.Api.RuleSets;

namespace Inspection.Api.Hosting;

/// <summary>Entity-to-DTO maps, used at the API boundary only. A test validates the configuration.</summary>
public sealed class ApiMappingProfile : Profile
{
    public ApiMappingProfile()
    {
        CreateMap<Operator, OperatorDto>();
        CreateMap<Facility, FacilityDto>().ForCtorParam(nameof(FacilityDto.OperatorName), o => o.MapFrom(f => f.Operator!.Name));
        CreateMap<RuleSetVersion, RuleSetVersionDto>().ForCtorParam(nameof(RuleSetVersionDto.Status), o => o.MapFrom(v => v.Status.ToString()));
        CreateMap<InspectionCycle, CycleDto>();
        CreateMap<EvidenceAttachment, AttachmentDto>();
        CreateMap<CorrectionAction, CorrectionActionDto>();
        CreateMap<CorrectionPlan, CorrectionPlanDto>().ForCtorParam(nameof(CorrectionPlanDto.Status), o => o.MapFrom(p => p.Status.ToString()));
        CreateMap<AuditEntry, AuditEntryDto>();
    }
}
