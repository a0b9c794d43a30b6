namespace Inspection.Api.Comparison;

/// <summary>A domain of the service type's rule set, in catalog order, titled in the reader's language.</summary>
public sealed record DomainColumnDto(string Code, string Title, decimal Weight);
