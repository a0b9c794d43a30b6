namespace Inspection.Web.Headquarters;

/// <summary>A domain of the rule set, titled in the reader's language.</summary>
public sealed record DomainColumn(string Code, string Title, decimal Weight);
