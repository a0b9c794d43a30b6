using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>A provider's dispute of a finding and how it was decided. Reason and decision are the users' own words.</summary>
public sealed record DisputeLine(
    string StandardCode,
    LocalizedText Title,
    string RaisedBy,
    DateOnly RaisedOn,
    string Reason,
    DisputeOutcome Outcome,
    DateOnly? DecidedOn,
    string? DecidedBy,
    string? Decision);
