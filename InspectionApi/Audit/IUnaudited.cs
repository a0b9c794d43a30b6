namespace Inspection.Api.Audit;

/// <summary>
/// An operational record (a log of its own, or a work queue) that the audit log does not repeat: it is
/// not a change anyone made to the service's data.
/// </summary>
public interface IUnaudited;
