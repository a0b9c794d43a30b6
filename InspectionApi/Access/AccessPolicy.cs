using Inspection.Api.Facilities;
using Inspection.Api.Inspections;

namespace Inspection.Api.Access;

/// <summary>
/// Who may see and change what. Supervisors: inspections assigned to them or in their district.
/// Providers: only their own operator's facilities, and never a planned unannounced inspection.
/// Analysts: read everything, change nothing operational. Catalog authors: rule sets.
/// Administrators: everything.
/// </summary>
public sealed class AccessPolicy(CurrentUser user)
{
    public CurrentUser User => user;

    public bool CanReadEverything => user.Role is Role.Administrator or Role.Analyst;

    /// <summary>Facilities the user may see, as a query filter.</summary>
    public IQueryable<Facility> Facilities(IQueryable<Facility> facilities) => user.Role switch
    {
        Role.Administrator or Role.Analyst => facilities,
        Role.Supervisor => facilities.Where(f => f.District == user.District),
        Role.Provider => facilities.Where(f => f.OperatorId == user.OperatorId),
        _ => facilities.Where(_ => false),
    };

    /// <summary>Inspections the user may see, as a query filter.</summary>
    public IQueryable<FacilityInspection> Inspections(IQueryable<FacilityInspection> inspections) => user.Role switch
    {
        Role.Administrator or Role.Analyst => inspections,
        Role.Supervisor => inspections.Where(i => i.SupervisorId == user.Id || i.Facility!.District == user.District),
        Role.Provider => inspections.Where(i => i.Facility!.OperatorId == user.OperatorId
            && !(i.Kind == InspectionKind.Unannounced && i.Status == InspectionStatus.Planned)),
        _ => inspections.Where(_ => false),
    };

    /// <summary>Whether the user may plan an inspection of this kind for this facility.</summary>
    public bool CanPlan(Facility facility, InspectionKind kind) => kind == InspectionKind.SelfAssessment
        ? user.Role == Role.Administrator || (user.Role == Role.Provider && facility.OperatorId == user.OperatorId)
        : user.Role == Role.Administrator || (user.Role == Role.Supervisor && facility.District == user.District);

    /// <summary>Whether the user speaks for the provider of this facility (disputes, correction plans).</summary>
    public bool IsProviderOf(Facility facility) =>
        user.Role == Role.Administrator || (user.Role == Role.Provider && facility.OperatorId == user.OperatorId);

    /// <summary>Whether the user may manage rule sets.</summary>
    public bool CanAuthorCatalog => user.Role is Role.CatalogAuthor or Role.Administrator;
}
