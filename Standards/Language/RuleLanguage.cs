using Inspection.Standards.Model;

namespace Inspection.Standards.Language;

/// <summary>
/// The closed rule language, defined once: its prefixes, functions, keywords, the fields consequences
/// read, its limits and the messages for what falls outside it. The catalog's validator
/// (token level) and the Engine's compiler (full parsing and typing) both read this definition, so
/// they name the same functions and say the same things.
/// </summary>
public static class RuleLanguage
{
    /// <summary>Institution answers: <c>q.question</c>.</summary>
    public const string Institution = "q";

    /// <summary>The sampled resident's answers: <c>r.question</c>.</summary>
    public const string Resident = "r";

    /// <summary>In a consequence, the finding: <c>f.field</c>.</summary>
    public const string Finding = "f";

    /// <summary>In a consequence, the previous inspection's deficiency of the same standard: <c>p.field</c>.</summary>
    public const string Previous = "p";

    /// <summary>Longest expression accepted, in characters.</summary>
    public const int MaxLength = 1000;

    /// <summary>Deepest nesting of parentheses and unary operators accepted.</summary>
    public const int MaxDepth = 32;

    /// <summary>The functions rules may call (consequences call none).</summary>
    public static IReadOnlyList<RuleFunction> Functions { get; } =
    [
        new("DaysSince", QuestionType.Date, "whole days from the date to the day of the inspection"),
        new("Has", QuestionType.MultiChoice, "whether a multi-choice answer includes an option"),
        new("Count", QuestionType.MultiChoice, "how many options a multi-choice answer holds"),
    ];

    /// <summary>Words with a meaning of their own.</summary>
    public static IReadOnlyList<string> Keywords { get; } = ["true", "false", "null", "and", "or", "not"];

    /// <summary>Finding statuses as consequences compare them (<c>f.status == "not-met"</c>).</summary>
    public static IReadOnlyList<string> Statuses { get; } = ["met", "not-met", "not-applicable", "incomplete", "error"];

    /// <summary>What a consequence reads of a finding (<c>f.</c>).</summary>
    public static IReadOnlyList<RuleField> FindingFields { get; } =
    [
        new("standard", RuleFieldKind.Text, []),
        new("domain", RuleFieldKind.Text, []),
        new("status", RuleFieldKind.Text, Statuses),
        new("severity", RuleFieldKind.Text, [.. CatalogNames.All<Severity>()]),
        new("scope", RuleFieldKind.Text, [.. CatalogNames.All<Scope>()]),
        new("grade", RuleFieldKind.Text, []),
        new("immediateJeopardy", RuleFieldKind.Truth, []),
        new("deficient", RuleFieldKind.Truth, []),
        new("judged", RuleFieldKind.Truth, []),
    ];

    /// <summary>What a consequence reads of the previous inspection's deficiency (<c>p.</c>).</summary>
    public static IReadOnlyList<RuleField> PreviousFields { get; } =
    [
        new("standard", RuleFieldKind.Text, []),
        new("severity", RuleFieldKind.Text, [.. CatalogNames.All<Severity>()]),
        new("scope", RuleFieldKind.Text, [.. CatalogNames.All<Scope>()]),
        new("grade", RuleFieldKind.Text, []),
        new("immediateJeopardy", RuleFieldKind.Truth, []),
    ];

    /// <summary>The functions' names, as listed in messages.</summary>
    public static string FunctionList => string.Join(", ", Functions.Select(f => f.Name));

    /// <summary>The function called <paramref name="name"/>, or null.</summary>
    public static RuleFunction? Function(string name) => Functions.FirstOrDefault(f => f.Name == name);

    /// <summary>The message for a call of something that is not one of <see cref="Functions"/>.</summary>
    public static string NotAFunction(string name) =>
        $"'{name}' is not a function of the rule language; the functions are {FunctionList}";

    /// <summary>The message for a call in a consequence, which calls no function.</summary>
    public static string NoFunctionsInConsequences(string name) =>
        $"'{name}' cannot be called here: a consequence reads the finding (f.) and the previous deficiency (p.) and calls no function";

    /// <summary>The message for a division (or remainder) by a literal zero.</summary>
    public const string DivisionByZero = "this divides by zero: a division by a literal 0 is never allowed";

    /// <summary>The message for a number compared with a word.</summary>
    public static string NumberComparedWithText(string code, string type) => $"'{code}' is a {type} answer: compare it with a number";

    /// <summary>The message for an expression longer than <see cref="MaxLength"/>.</summary>
    public static string TooLong(int length) => $"the expression is {length} characters long; the most allowed is {MaxLength}";

    /// <summary>The message for an expression nested deeper than <see cref="MaxDepth"/>.</summary>
    public const string TooDeep = "the expression is nested more than 32 levels deep";

    /// <summary>The message for a prefix with no name after it.</summary>
    public static string PrefixAlone(string prefix) =>
        $"'{prefix}' must be followed by a {(prefix is Institution or Resident ? "question code" : "field")}, as in {prefix}.{(prefix is Institution or Resident ? "some_question" : "status")}";

    /// <summary>The message for a consequence field that does not exist.</summary>
    public static string UnknownField(string prefix, string name)
    {
        var fields = prefix == Finding ? FindingFields : PreviousFields;
        return $"'{prefix}.{name}' is not a field of {(prefix == Finding ? "a finding" : "a previous deficiency")}; the fields are {string.Join(", ", fields.Select(f => f.Name))}";
    }

    /// <summary>
    /// The nesting depth of <paramref name="text"/>: the deepest parentheses or run of unary operators.
    /// Checked before parsing, so that no parser recurses deeper than the language allows.
    /// </summary>
    public static int NestingDepth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int depth = 0, deepest = 0, unary = 0, deepestUnary = 0;
        foreach (var c in text)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            deepest = Math.Max(deepest, depth);
            unary = c is '!' or '-' ? unary + 1 : char.IsWhiteSpace(c) ? unary : 0;
            deepestUnary = Math.Max(deepestUnary, unary);
        }

        return Math.Max(deepest, deepestUnary);
    }
}
