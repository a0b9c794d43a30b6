using Inspection.Standards.Model;

namespace Inspection.Standards.Language;

/// <summary>A function of the rule language.</summary>
/// <param name="Name">The name rules call it by.</param>
/// <param name="Argument">The type of question its first argument must be.</param>
/// <param name="Meaning">What it gives, for catalog authors.</param>
public sealed record RuleFunction(string Name, QuestionType Argument, string Meaning);
