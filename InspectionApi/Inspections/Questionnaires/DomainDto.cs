using Inspection.Api.Hosting;

namespace Inspection.Api.Inspections.Questionnaires;

/// <summary>A domain of the rule set, in its order, as questionnaire screens group questions by it.</summary>
public sealed record DomainDto(string Code, TextDto Title);
