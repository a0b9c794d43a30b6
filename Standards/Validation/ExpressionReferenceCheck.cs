using Inspection.Standards.Diagnostics;
using Inspection.Standards.Language;
using Inspection.Standards.Model;

namespace Inspection.Standards.Validation;

/// <summary>
/// Checks an expression at the level of its tokens: that it scans, that its parentheses balance,
/// that every question it names exists with the unit its place allows, that every function is one
/// of the language's, and that each answer is used in a way its type allows. The Engine's compiler
/// checks the rest (full parsing and typing).
/// </summary>
internal sealed class ExpressionReferenceCheck(IReadOnlyDictionary<string, Question> questions)
{
    /// <summary>Functions of the expression language with the question type of their first argument.</summary>
    private static readonly Dictionary<string, QuestionType> Functions = RuleLanguage.Functions.ToDictionary(f => f.Name, f => f.Argument, StringComparer.Ordinal);

    private static readonly HashSet<string> Keywords = new(RuleLanguage.Keywords, StringComparer.Ordinal);
    private static readonly HashSet<string> Comparisons = new(StringComparer.Ordinal) { "==", "!=", "<", "<=", ">", ">=" };
    private static readonly HashSet<string> Ordering = new(StringComparer.Ordinal) { "<", "<=", ">", ">=", "+", "-", "*", "/" };

    /// <summary>Checks one expression of the rule set, located through <paramref name="map"/>.</summary>
    public IEnumerable<CatalogDiagnostic> Check(RuleExpression expression, SourceMap map) =>
        Check(expression.Text, expression.Path, expression.ResidentAllowed, expression.Kind == RuleExpressionKind.Consequence, map);

    private IEnumerable<CatalogDiagnostic> Check(string expression, string path, bool residentAllowed, bool consequence, SourceMap map)
    {
        CatalogDiagnostic At(int offset, string message) => CatalogDiagnostic.At(map.LocateWithin(path, offset), path, message);

        if (expression.Length > RuleLanguage.MaxLength)
        {
            yield break; // the loader's length limit reports it (TextLengthCheck)
        }

        if (!ExpressionScanner.TryScan(expression, out var tokens, out var error, out var errorOffset))
        {
            yield return At(errorOffset, error);
            yield break;
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Is(ExpressionTokenKind.Operator, "/") && tokens[i + 1].Kind == ExpressionTokenKind.Number
                && decimal.TryParse(tokens[i + 1].Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var divisor)
                && divisor == 0)
            {
                yield return At(tokens[i].Offset, RuleLanguage.DivisionByZero);
            }
        }

        if (consequence)
        {
            foreach (var (offset, message) in CheckConsequence(tokens))
            {
                yield return At(offset, message);
            }

            yield break;
        }

        var depth = 0;
        foreach (var token in tokens)
        {
            depth += token.Kind == ExpressionTokenKind.OpenParen ? 1 : token.Kind == ExpressionTokenKind.CloseParen ? -1 : 0;
            if (depth < 0)
            {
                yield return At(token.Offset, "this ')' closes nothing");
                yield break;
            }
        }

        if (depth > 0)
        {
            yield return At(expression.Length, $"{depth} '(' never closed");
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != ExpressionTokenKind.Identifier || (i > 0 && tokens[i - 1].Kind == ExpressionTokenKind.Dot))
            {
                continue;
            }

            if (token.Text is "q" or "r" && Next(tokens, i).Kind == ExpressionTokenKind.Dot && Next(tokens, i + 1).Kind == ExpressionTokenKind.Identifier)
            {
                foreach (var problem in CheckReference(tokens, i, residentAllowed))
                {
                    yield return At(token.Offset, problem);
                }
            }
            else if (Next(tokens, i).Kind == ExpressionTokenKind.OpenParen)
            {
                if (!Functions.ContainsKey(token.Text))
                {
                    yield return At(token.Offset, RuleLanguage.NotAFunction(token.Text));
                }
            }
            else if (!Keywords.Contains(token.Text))
            {
                yield return At(token.Offset, token.Text is RuleLanguage.Institution or RuleLanguage.Resident
                    ? RuleLanguage.PrefixAlone(token.Text)
                    : $"'{token.Text}' is not known here; answers are written q.<question> or r.<question>");
            }
        }
    }

    private IEnumerable<string> CheckReference(List<ExpressionToken> tokens, int i, bool residentAllowed)
    {
        var prefix = tokens[i].Text;
        var code = tokens[i + 2].Text;
        if (!questions.TryGetValue(code, out var question))
        {
            yield return $"no question has the code '{code}'";
            yield break;
        }

        if (prefix == "r" && !residentAllowed)
        {
            yield return $"'{code}' is a resident answer (r.), which only resident-level standards, tracers and resident questions may read";
            yield break;
        }

        var expectedPrefix = question.Unit == Level.Institution ? "q" : "r";
        if (prefix != expectedPrefix)
        {
            var article = question.Unit == Level.Institution ? "an" : "a";
            yield return $"'{code}' is {article} {CatalogNames.Of(question.Unit)} question: write {expectedPrefix}.{code}";
            yield break;
        }

        if (Next(tokens, i + 2).Kind == ExpressionTokenKind.Dot)
        {
            yield return $"answers have no members: use the functions of the rule language instead of '{code}.{Next(tokens, i + 3).Text}'";
            yield break;
        }

        var before = i > 0 ? tokens[i - 1] : default;
        var function = i > 1 && before.Kind == ExpressionTokenKind.OpenParen && tokens[i - 2].Kind == ExpressionTokenKind.Identifier
            ? tokens[i - 2].Text
            : null;
        if (function is not null && Functions.TryGetValue(function, out var argumentType))
        {
            if (question.Type != argumentType)
            {
                yield return $"{function} takes a {CatalogNames.Of(argumentType)} question, but '{code}' is {CatalogNames.Of(question.Type)}";
            }
            else if (function == "Has" && Next(tokens, i + 2).Kind == ExpressionTokenKind.Comma
                && Next(tokens, i + 3) is { Kind: ExpressionTokenKind.Text } option && question.Options.All(o => o.Value != option.Text))
            {
                yield return $"'{option.Text}' is not an option of '{code}'; its options are {string.Join(", ", question.Options.Select(o => o.Value))}";
            }

            yield break;
        }

        var after = Next(tokens, i + 2);
        var comparedTo = Comparisons.Contains(after.Text) && after.Kind == ExpressionTokenKind.Operator ? Next(tokens, i + 3)
            : Comparisons.Contains(before.Text) && before.Kind == ExpressionTokenKind.Operator && i > 1 ? tokens[i - 2]
            : default;
        if (comparedTo.Is(ExpressionTokenKind.Identifier, "null"))
        {
            yield break;
        }

        var usedInArithmetic = (after.Kind == ExpressionTokenKind.Operator && Ordering.Contains(after.Text))
            || (before.Kind == ExpressionTokenKind.Operator && Ordering.Contains(before.Text));
        var type = CatalogNames.Of(question.Type);
        switch (question.Type)
        {
            case QuestionType.Date:
                yield return $"'{code}' is a date: use it through DaysSince({prefix}.{code})";
                break;
            case QuestionType.MultiChoice:
                yield return $"'{code}' is a multi-choice answer: use it through Has({prefix}.{code}, \"option\") or Count({prefix}.{code})";
                break;
            case QuestionType.Text:
                yield return $"'{code}' is free text: a rule may only check whether it was answered ({prefix}.{code} != null)";
                break;
            case QuestionType.YesNo when usedInArithmetic || comparedTo.Kind is ExpressionTokenKind.Number or ExpressionTokenKind.Text:
                yield return $"'{code}' is a yes-no answer: use it on its own ({prefix}.{code} or !{prefix}.{code})";
                break;
            case QuestionType.Number or QuestionType.Scale when comparedTo.Kind == ExpressionTokenKind.Text || comparedTo.Is(ExpressionTokenKind.Identifier, "true") || comparedTo.Is(ExpressionTokenKind.Identifier, "false"):
                yield return RuleLanguage.NumberComparedWithText(code, type);
                break;
            case QuestionType.Number or QuestionType.Scale when comparedTo == default && !usedInArithmetic:
                yield return $"'{code}' is a {type} answer, not a condition: compare it with a number";
                break;
            case QuestionType.Choice when usedInArithmetic || comparedTo.Kind == ExpressionTokenKind.Number:
                yield return $"'{code}' is a choice: compare it with one of its option values";
                break;
            case QuestionType.Choice when comparedTo.Kind == ExpressionTokenKind.Text && question.Options.All(o => o.Value != comparedTo.Text):
                yield return $"'{comparedTo.Text}' is not an option of '{code}'; its options are {string.Join(", ", question.Options.Select(o => o.Value))}";
                break;
            case QuestionType.Choice when comparedTo == default:
                yield return $"'{code}' is a choice, not a condition: compare it with one of its option values";
                break;
        }
    }

    /// <summary>A consequence reads the finding (f.) and the previous deficiency (p.), with the fields the language defines.</summary>
    private static IEnumerable<(int Offset, string Message)> CheckConsequence(List<ExpressionToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != ExpressionTokenKind.Identifier || (i > 0 && tokens[i - 1].Kind == ExpressionTokenKind.Dot))
            {
                continue;
            }

            if (Next(tokens, i).Kind == ExpressionTokenKind.OpenParen)
            {
                yield return (token.Offset, RuleLanguage.NoFunctionsInConsequences(token.Text));
            }
            else if (token.Text is RuleLanguage.Finding or RuleLanguage.Previous)
            {
                if (Next(tokens, i).Kind != ExpressionTokenKind.Dot || Next(tokens, i + 1).Kind != ExpressionTokenKind.Identifier)
                {
                    yield return (token.Offset, RuleLanguage.PrefixAlone(token.Text));
                    continue;
                }

                var name = tokens[i + 2].Text;
                var field = (token.Text == RuleLanguage.Finding ? RuleLanguage.FindingFields : RuleLanguage.PreviousFields).FirstOrDefault(f => f.Name == name);
                if (field is null)
                {
                    yield return (token.Offset, RuleLanguage.UnknownField(token.Text, name));
                    continue;
                }

                var after = Next(tokens, i + 2);
                var before = i > 0 ? tokens[i - 1] : default;
                var comparedTo = Comparisons.Contains(after.Text) && after.Kind == ExpressionTokenKind.Operator ? Next(tokens, i + 3)
                    : Comparisons.Contains(before.Text) && before.Kind == ExpressionTokenKind.Operator && i > 1 ? tokens[i - 2]
                    : default;
                var written = $"{token.Text}.{name}";
                if (field.Kind == RuleFieldKind.Truth && comparedTo.Kind is ExpressionTokenKind.Number or ExpressionTokenKind.Text)
                {
                    yield return (token.Offset, $"'{written}' is a truth value: use it on its own ({written} or !{written})");
                }
                else if (field.Kind == RuleFieldKind.Text && comparedTo == default)
                {
                    yield return (token.Offset, $"'{written}' is text, not a condition: compare it with a quoted value");
                }
                else if (field.Kind == RuleFieldKind.Text && comparedTo.Kind == ExpressionTokenKind.Number)
                {
                    yield return (token.Offset, $"'{written}' is text: compare it with a quoted value, not a number");
                }
                else if (field.Values.Count > 0 && comparedTo.Kind == ExpressionTokenKind.Text && !field.Values.Contains(comparedTo.Text))
                {
                    yield return (token.Offset, $"'{comparedTo.Text}' is not a value of {written}; its values are {string.Join(", ", field.Values)}");
                }
            }
            else if (token.Text is RuleLanguage.Institution or RuleLanguage.Resident)
            {
                yield return (token.Offset, "a consequence reads the finding (f.) and the previous deficiency (p.), not answers");
            }
            else if (!Keywords.Contains(token.Text))
            {
                yield return (token.Offset, $"'{token.Text}' is not known here; a consequence reads f.<field> and p.<field>");
            }
        }
    }

    private static ExpressionToken Next(List<ExpressionToken> tokens, int i) => i + 1 < tokens.Count ? tokens[i + 1] : default;
}
