namespace Inspection.Standards.Model;

/// <summary>
/// A resident condition examined in depth on the sample. A sampled resident has the tracer when the
/// inspector marks it or when <see cref="IdentifiedBy"/> holds for the resident's answers.
/// </summary>
public sealed record Tracer(string Code, LocalizedText Title, string IdentifiedBy, LocalizedText Description);
