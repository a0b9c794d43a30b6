using System.Globalization;
using System.Text.Json;

namespace Inspection.Web.Questionnaire;

/// <summary>
/// The catalog's show-if conditions, evaluated on the device as answers change: <c>q.code</c> (institution)
/// and <c>r.code</c> (the resident) answers, numbers, "text", true/false, comparisons, <c>!</c>, <c>&amp;&amp;</c>,
/// <c>||</c> and parentheses. A missing answer is unknown, as in the Engine: a question whose condition is not
/// known to hold is not asked (and not counted).
/// </summary>
public static class ShowIf
{
    /// <summary>True only when <paramref name="condition"/> holds for the answers given (no condition: always).</summary>
    public static bool Holds(string? condition, Func<string, JsonElement?> institution, Func<string, JsonElement?> resident)
    {
        if (string.IsNullOrWhiteSpace(condition))
        {
            return true;
        }

        try
        {
            var parser = new Parser(condition, institution, resident);
            return parser.Parse() is true;
        }
        catch (FormatException)
        {
            // A condition this reader does not understand: ask the question rather than hide it.
            return true;
        }
    }

    private sealed class Parser(string text, Func<string, JsonElement?> institution, Func<string, JsonElement?> resident)
    {
        private int _at;

        public object? Parse()
        {
            var value = Or();
            Skip();
            return _at == text.Length ? value : throw new FormatException(text);
        }

        private object? Or()
        {
            var left = And();
            while (Take("||"))
            {
                var right = And();
                left = (left, right) switch
                {
                    (true, _) or (_, true) => true,
                    (false, false) => false,
                    _ => null,
                };
            }

            return left;
        }

        private object? And()
        {
            var left = Not();
            while (Take("&&"))
            {
                var right = Not();
                left = (left, right) switch
                {
                    (false, _) or (_, false) => false,
                    (true, true) => true,
                    _ => null,
                };
            }

            return left;
        }

        private object? Not() => Take("!") && !Peek("=") ? Not() switch { bool b => !b, _ => null } : Comparison();

        private object? Comparison()
        {
            var left = Primary();
            foreach (var op in new[] { "==", "!=", "<=", ">=", "<", ">" })
            {
                if (Take(op))
                {
                    var right = Primary();
                    if (left is null || right is null)
                    {
                        return null;
                    }

                    return op switch
                    {
                        "==" => Equals(left, right),
                        "!=" => !Equals(left, right),
                        _ when left is decimal a && right is decimal b => op switch { "<=" => a <= b, ">=" => a >= b, "<" => a < b, _ => a > b },
                        _ when left is string a && right is string b => Compare(op, string.CompareOrdinal(a, b)),
                        _ => null,
                    };
                }
            }

            return left;
        }

        private static bool Compare(string op, int order) => op switch { "<=" => order <= 0, ">=" => order >= 0, "<" => order < 0, _ => order > 0 };

        private object? Primary()
        {
            Skip();
            if (Take("("))
            {
                var inner = Or();
                return Take(")") ? inner : throw new FormatException(text);
            }

            if (_at >= text.Length)
            {
                throw new FormatException(text);
            }

            var c = text[_at];
            if (c == '"' || c == '\'')
            {
                var end = text.IndexOf(c, _at + 1);
                if (end < 0)
                {
                    throw new FormatException(text);
                }

                var literal = text[(_at + 1)..end];
                _at = end + 1;
                return literal;
            }

            if (char.IsDigit(c) || (c == '-' && _at + 1 < text.Length && char.IsDigit(text[_at + 1])))
            {
                var start = _at++;
                while (_at < text.Length && (char.IsDigit(text[_at]) || text[_at] == '.'))
                {
                    _at++;
                }

                return decimal.Parse(text[start.._at], CultureInfo.InvariantCulture);
            }

            var name = Name();
            switch (name)
            {
                case "true":
                    return true;
                case "false":
                    return false;
                case "q" or "r" when Take("."):
                    var code = Name();
                    return Value(name == "q" ? institution(code) : resident(code));
                default:
                    throw new FormatException(text);
            }
        }

        private static object? Value(JsonElement? answer) => answer switch
        {
            null => null,
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            { ValueKind: JsonValueKind.Number } a => a.GetDecimal(),
            { ValueKind: JsonValueKind.String } a => a.GetString(),
            _ => null,
        };

        private string Name()
        {
            Skip();
            var start = _at;
            while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] is '_' or '-'))
            {
                _at++;
            }

            return _at > start ? text[start.._at] : throw new FormatException(text);
        }

        private void Skip()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }

        private bool Peek(string token) => string.CompareOrdinal(text, _at, token, 0, token.Length) == 0;

        private bool Take(string token)
        {
            Skip();
            if (!Peek(token))
            {
                return false;
            }

            _at += token.Length;
            return true;
        }
    }
}
