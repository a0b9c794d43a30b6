namespace Inspection.Api.Inspections;

/// <summary>What the OpenAPI document says every route that changes an inspection can answer with.</summary>
public static class InspectionRouteConventions
{
    /// <summary>403 (the role may not), 404 (not there, or not the caller's to see), 409 (not possible now, or someone else's change came first).</summary>
    public static RouteHandlerBuilder ProducesInspectionProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
}
