namespace Inspection.Web.Provider;

/// <summary>A domain of the service type's rule set, titled in the reader's language.</summary>
public sealed record PeerDomain(string Code, string Title, decimal Weight);
