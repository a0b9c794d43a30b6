using AutoMapper;
using AutoMapper.QueryableExtensions;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Standards.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Facilities;

/// <summary>Operators and facilities: everyone sees what their role allows; administrators create them.</summary>
public static class FacilityEndpoints
{
    public static void MapFacilities(this IEndpointRouteBuilder app)
    {
        var operators = app.MapGroup("/api/operators").WithTags("Facilities").RequireAuthorization();
        operators.MapGet("/", ListOperators).WithName("ListOperators").WithSummary("List operators")
            .WithDescription("The operators the caller may see (a provider sees their own).");
        operators.MapPost("/", CreateOperator).WithName("CreateOperator").WithSummary("Create an operator")
            .WithDescription("A new operator (the organisation that runs facilities); administrators only.").RequireAuthorization(Policies.Administrator);

        var facilities = app.MapGroup("/api/facilities").WithTags("Facilities").RequireAuthorization();
        facilities.MapGet("/", ListFacilities).WithName("ListFacilities").WithSummary("List facilities")
            .WithDescription("The facilities the caller may see, optionally of one service type (?serviceType=) or district (?district=).");
        facilities.MapGet("/{id:guid}", GetFacility).WithName("GetFacility").WithSummary("Get a facility")
            .WithDescription("One facility, if the caller may see it.").ProducesProblem(404);
        facilities.MapPost("/", CreateFacility).WithName("CreateFacility").WithSummary("Create a facility")
            .WithDescription("A new facility of an operator, with its service type, district and capacity; administrators only.").RequireAuthorization(Policies.Administrator);
    }

    public static async Task<Ok<List<OperatorDto>>> ListOperators(InspectionDbContext db, AccessPolicy access, IMapper mapper, CancellationToken cancellationToken)
    {
        var visible = access.Facilities(db.Facilities).Select(f => f.OperatorId);
        var query = access.CanReadEverything ? db.Operators : db.Operators.Where(o => visible.Contains(o.Id));
        return TypedResults.Ok(await query.OrderBy(o => o.Name).ProjectTo<OperatorDto>(mapper.ConfigurationProvider).ToListAsync(cancellationToken));
    }

    public static async Task<Results<Created<OperatorDto>, ProblemHttpResult>> CreateOperator(CreateOperatorRequest request, InspectionDbContext db, IMapper mapper, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, nameof(request.Name), request.Name, 200);
        Require(errors, nameof(request.RegistrationNumber), request.RegistrationNumber, 50);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var created = new Operator(request.Name!.Trim(), request.RegistrationNumber!.Trim());
        db.Operators.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/operators/{created.Id}", mapper.Map<OperatorDto>(created));
    }

    public static async Task<Ok<List<FacilityDto>>> ListFacilities(InspectionDbContext db, AccessPolicy access, IMapper mapper, string? serviceType, string? district, CancellationToken cancellationToken)
    {
        var query = access.Facilities(db.Facilities);
        if (serviceType is not null)
        {
            query = query.Where(f => f.ServiceType == serviceType);
        }

        if (district is not null)
        {
            query = query.Where(f => f.District == district);
        }

        return TypedResults.Ok(await query.OrderBy(f => f.Name).ProjectTo<FacilityDto>(mapper.ConfigurationProvider).ToListAsync(cancellationToken));
    }

    public static async Task<Results<Ok<FacilityDto>, ProblemHttpResult>> GetFacility(Guid id, InspectionDbContext db, AccessPolicy access, IMapper mapper, CancellationToken cancellationToken)
    {
        var facility = await access.Facilities(db.Facilities).Where(f => f.Id == id).ProjectTo<FacilityDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken);
        return facility is null ? Problems.NotFound("The facility") : TypedResults.Ok(facility);
    }

    public static async Task<Results<Created<FacilityDto>, ProblemHttpResult>> CreateFacility(CreateFacilityRequest request, InspectionDbContext db, IMapper mapper, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, nameof(request.Name), request.Name, 200);
        Require(errors, nameof(request.Region), request.Region, 100);
        Require(errors, nameof(request.District), request.District, 100);
        Require(errors, nameof(request.LicenceNumber), request.LicenceNumber, 50);
        if (request.ServiceType is null || !ServiceTypes.All.Contains(request.ServiceType))
        {
            errors[nameof(request.ServiceType)] = [$"expected one of: {string.Join(", ", ServiceTypes.All)}"];
        }

        if (request.Capacity is not > 0)
        {
            errors[nameof(request.Capacity)] = ["the capacity must be a positive number of places"];
        }

        if (request.LicenceValidUntil is null)
        {
            errors[nameof(request.LicenceValidUntil)] = ["the licence expiry date is required"];
        }

        if (request.OperatorId is null || !await db.Operators.AnyAsync(o => o.Id == request.OperatorId, cancellationToken))
        {
            errors[nameof(request.OperatorId)] = ["no operator has this id"];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var facility = new Facility(request.Name!.Trim(), request.ServiceType!, request.Region!.Trim(), request.District!.Trim(), request.OperatorId!.Value,
            request.Capacity!.Value, request.LicenceNumber!.Trim(), request.LicenceValidUntil!.Value);
        db.Facilities.Add(facility);
        await db.SaveChangesAsync(cancellationToken);
        var dto = await db.Facilities.Where(f => f.Id == facility.Id).ProjectTo<FacilityDto>(mapper.ConfigurationProvider).SingleAsync(cancellationToken);
        return TypedResults.Created($"/api/facilities/{facility.Id}", dto);
    }

    /// <summary>A required one-line text of at most <paramref name="maxLength"/> characters (the column's size).</summary>
    private static void Require(Dictionary<string, string[]> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = ["is required"];
            return;
        }

        if (value.Trim().Length > maxLength)
        {
            errors[field] = [$"at most {maxLength} characters"];
            return;
        }

        PlainText.Check(errors, field, value);
    }
}
