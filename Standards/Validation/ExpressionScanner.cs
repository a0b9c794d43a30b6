namespace Inspection.Standards.Validation;

/// <summary>
/// Splits a catalog expression into tokens. It knows the lexical form of the expression language
/// (README of standards-catalog) and nothing of its meaning.
/// </summary>
internal static class ExpressionScanner
{
    private static readonly string[] Operators = ["&&", "||", "==", "!=", "<=", ">=", "<", ">", "!", "+", "-", "*", "/"];

    /// <summary>Tokenizes <paramref name="text"/>; on a lexical error returns false with its message and offset.</summary>
    public static bool TryScan(string text, out List<ExpressionToken> tokens, out string error, out int errorOffset)
    {
        tokens = [];
        error = string.Empty;
        errorOffset = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new ExpressionToken(ExpressionTokenKind.Identifier, text[start..i], start));
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new ExpressionToken(ExpressionTokenKind.Number, text[start..i], start));
            }
            else if (c is '"' or '\'')
            {
                var start = i++;
                while (i < text.Length && text[i] != c)
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                if (i >= text.Length)
                {
                    (error, errorOffset) = ("this text has no closing quote", start);
                    return false;
                }

                tokens.Add(new ExpressionToken(ExpressionTokenKind.Text, text[(start + 1)..i], start));
                i++;
            }
            else if (c == '.')
            {
                tokens.Add(new ExpressionToken(ExpressionTokenKind.Dot, ".", i++));
            }
            else if (c == ',')
            {
                tokens.Add(new ExpressionToken(ExpressionTokenKind.Comma, ",", i++));
            }
            else if (c == '(')
            {
                tokens.Add(new ExpressionToken(ExpressionTokenKind.OpenParen, "(", i++));
            }
            else if (c == ')')
            {
                tokens.Add(new ExpressionToken(ExpressionTokenKind.CloseParen, ")", i++));
            }
            else if (Operators.FirstOrDefault(op => string.CompareOrdinal(text, i, op, 0, op.Length) == 0) is { } op)
            {
                tokens.Add(new ExpressionToken(ExpressionTokenKind.Operator, op, i));
                i += op.Length;
            }
            else
            {
                (error, errorOffset) = (c is '&' or '|' or '='
                    ? $"'{c}' on its own is not an operator here; write '{c}{c}'"
                    : $"the character '{c}' has no meaning in a rule", i);
                return false;
            }
        }

        return true;
    }
}
