using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Engine.Responses;

/// <summary>
/// A supervisor's professional judgment over one standard's computed finding: the status it should have,
/// and for a deficiency its scope and grade. The standard's rule still runs (its evidence is kept); the
/// amended finding then takes the computed one's place before consequences, caps, scores and the rating read it.
/// </summary>
/// <param name="Status"><see cref="FindingStatus.Met"/>, <see cref="FindingStatus.NotMet"/> or <see cref="FindingStatus.NotApplicable"/>.</param>
/// <param name="Scope">Not met only: the deficiency's scope; null keeps the computed scope (or the standard's declared one, else widespread).</param>
/// <param name="Grade">
/// Not met only: a grade the rule set's grid gives for that scope (the deficiency takes that cell's severity);
/// null gives the grid's grade for the standard's severity and the scope.
/// </param>
public sealed record FindingAmendment(FindingStatus Status, Scope? Scope = null, string? Grade = null);
