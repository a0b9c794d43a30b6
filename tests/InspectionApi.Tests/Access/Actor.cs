namespace Inspection.Api.Tests.Access;

/// <summary>Who calls an endpoint, relative to the facility the call is about.</summary>
public enum Actor
{
    Anonymous,
    SupervisorInDistrict,
    SupervisorOutOfDistrict,
    ProviderOwnOperator,
    ProviderOtherOperator,
    Analyst,
    CatalogAuthor,
    Administrator,
}
