using System.Text.Json;
using AutoMapper;
using Inspection.Api.Comparison.WhatIf;

namespace Inspection.Api.Comparison;

/// <summary>Headquarters entities as DTOs (the figures themselves are computed, not mapped).</summary>
public sealed class ComparisonMappingProfile : Profile
{
    public ComparisonMappingProfile()
    {
        CreateMap<WhatIfRun, WhatIfRunDto>()
            .ForCtorParam(nameof(WhatIfRunDto.Status), o => o.MapFrom(r => r.Status.ToString()))
            .ForCtorParam(nameof(WhatIfRunDto.Result), o => o.MapFrom(r => r.ResultJson == null ? null : JsonSerializer.Deserialize<WhatIfResultDto>(r.ResultJson, WhatIfRunner.Json)));
    }
}
