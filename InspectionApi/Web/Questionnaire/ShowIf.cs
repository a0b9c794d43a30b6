using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Inspection.Web.Questionnaire;

/// <summary>
/// The catalog's show-if conditions, evaluated on the device as answers change, with the rule language's grammar and
/// three-valued logic as the Engine has them (Engine/Compilation: RuleExpressionCompiler, ThreeValuedLogic):
/// <c>q.code</c> (institution) and <c>r.code</c> (the resident) answers; numbers, "text", true, false, null;
/// <c>|| or</c>, <c>&amp;&amp; and</c>, comparisons (<c>== = != &lt;&gt; &lt; &lt;= &gt; &gt;=</c>), <c>+ - * / %</c>,
/// <c>! not</c> and unary minus (binding tighter than comparisons), parentheses, and the functions <c>Has</c>,
/// <c>Count</c> and <c>DaysSince</c>. A missing answer is unknown: a comparison with it is unknown, <c>unknown and
/// false</c> is false, <c>unknown or true</c> is true; <c>x == null</c> ("is it answered?") is always known. A
/// question whose condition is not known to hold is not asked (and not counted). A condition this reader cannot
/// read (the catalog's validator refuses those) asks the question rather than hide it.
/// </summary>
public static partial class ShowIf
{
    /// <summary>Deepest nesting of parentheses and unary operators read, as the rule language allows.</summary>
    private const int MaxDepth = 32;

    /// <summary>True only when <paramref name="condition"/> holds for the answers given (no condition: always).</summary>
    public static bool Holds(string? condition, Func<string, JsonElement?> institution, Func<string, JsonElement?> resident) =>
        Holds(condition, institution, resident, inspectionDay: null);

    /// <summary>
    /// True only when <paramref name="condition"/> holds for the answers given (no condition: always);
    /// <paramref name="inspectionDay"/> is the day <c>DaysSince</c> counts to (unknown without it).
    /// </summary>
    public static bool Holds(string? condition, Func<string, JsonElement?> institution, Func<string, JsonElement?> resident, DateOnly? inspectionDay)
    {
        ArgumentNullException.ThrowIfNull(institution);
        ArgumentNullException.ThrowIfNull(resident);
        if (string.IsNullOrWhiteSpace(condition))
        {
            return true;
        }

        try
        {
            return new Parser(condition, institution, resident, inspectionDay).Parse() switch
            {
                bool holds => holds,
                null => false,
                _ => true, // a number or a word is not a condition: ask
            };
        }
        catch (FormatException)
        {
            return true;
        }
    }

    /// <summary>The institution questions (<c>q.code</c>) <paramref name="condition"/> reads, in the order written, each once.</summary>
    public static IReadOnlyList<string> InstitutionAnswersRead(string? condition) =>
        string.IsNullOrEmpty(condition)
            ? []
            : [.. InstitutionAnswer().Matches(StringLiteral().Replace(condition, "\"\"")).Select(m => m.Groups["code"].Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"(?<![\w.])q\s*\.\s*(?<code>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex InstitutionAnswer();

    [GeneratedRegex("\"[^\"]*\"|'[^']*'")]
    private static partial Regex StringLiteral();

    /// <summary>The literal <c>null</c>: compared with an answer, asks whether it is missing.</summary>
    private sealed class NullLiteral
    {
        public static readonly NullLiteral Value = new();
    }

    private sealed class Parser(string text, Func<string, JsonElement?> institution, Func<string, JsonElement?> resident, DateOnly? inspectionDay)
    {
        private static readonly string[] Comparisons = ["==", "!=", "<>", "<=", ">=", "=", "<", ">"];

        private int _at;
        private int _depth;

        public object? Parse()
        {
            var value = Or();
            Skip();
            return _at == text.Length ? value : throw Malformed();
        }

        private object? Or()
        {
            var left = And();
            while (Take("||") || TakeWord("or"))
            {
                var right = And();
                left = (Truth(left), Truth(right)) switch
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
            var left = Comparison();
            while (Take("&&") || TakeWord("and"))
            {
                var right = Comparison();
                left = (Truth(left), Truth(right)) switch
                {
                    (false, _) or (_, false) => false,
                    (true, true) => true,
                    _ => null,
                };
            }

            return left;
        }

        /// <summary>A truth value or unknown; anything else is not a condition.</summary>
        private bool? Truth(object? value) => value switch
        {
            bool b => b,
            null => null,
            _ => throw Malformed(),
        };

        private object? Comparison()
        {
            var left = Additive();
            Skip();
            var op = Comparisons.FirstOrDefault(o => Peek(o) && !(o == "=" && Peek("=>")));
            if (op is null)
            {
                return left;
            }

            _at += op.Length;
            var right = Additive();
            if (left is NullLiteral || right is NullLiteral)
            {
                var answered = (left is NullLiteral ? right : left) is not (null or NullLiteral);
                return op switch
                {
                    "==" or "=" => !answered,
                    "!=" or "<>" => answered,
                    _ => throw Malformed(),
                };
            }

            if (left is null || right is null)
            {
                return null;
            }

            return op switch
            {
                "==" or "=" => Same(left, right),
                "!=" or "<>" => !Same(left, right),
                _ when left is decimal a && right is decimal b => op switch { "<=" => a <= b, ">=" => a >= b, "<" => a < b, _ => a > b },
                _ when left is string a && right is string b => Order(op, string.CompareOrdinal(a, b)),
                _ => throw Malformed(),
            };
        }

        private static bool Same(object left, object right) => (left, right) switch
        {
            (decimal a, decimal b) => a == b,
            (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
            (bool a, bool b) => a == b,
            _ => false,
        };

        private static bool Order(string op, int order) => op switch { "<=" => order <= 0, ">=" => order >= 0, "<" => order < 0, _ => order > 0 };

        private object? Additive()
        {
            var left = Multiplicative();
            while (true)
            {
                Skip();
                var op = Peek("+") ? '+' : Peek("-") ? '-' : '\0';
                if (op == '\0')
                {
                    return left;
                }

                _at++;
                var right = Multiplicative();
                left = Arithmetic(op, left, right);
            }
        }

        private object? Multiplicative()
        {
            var left = Unary();
            while (true)
            {
                Skip();
                var op = Peek("*") ? '*' : Peek("/") ? '/' : Peek("%") ? '%' : TakeWord("mod") ? 'm' : '\0';
                if (op == '\0')
                {
                    return left;
                }

                _at += op == 'm' ? 0 : 1;
                var right = Unary();
                left = Arithmetic(op, left, right);
            }
        }

        private object? Arithmetic(char op, object? left, object? right)
        {
            if (left is NullLiteral || right is NullLiteral)
            {
                throw Malformed();
            }

            if (left is null || right is null)
            {
                return null;
            }

            if (left is not decimal a || right is not decimal b)
            {
                throw Malformed();
            }

            try
            {
                return op switch
                {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    '/' => a / b,
                    _ => a % b,
                };
            }
            catch (Exception e) when (e is DivideByZeroException or OverflowException)
            {
                // What the answers make of the condition cannot be known.
                return null;
            }
        }

        private object? Unary()
        {
            Skip();
            if ((Peek("!") && !Peek("!=")) || PeekWord("not"))
            {
                _at += Peek("!") ? 1 : 3;
                return Nested(() => Unary() switch
                {
                    bool b => !b,
                    null => null,
                    _ => throw Malformed(),
                });
            }

            if (Peek("-") && !(_at + 1 < text.Length && char.IsDigit(text[_at + 1])))
            {
                _at++;
                return Nested(() => Unary() switch
                {
                    decimal d => -d,
                    null => null,
                    _ => throw Malformed(),
                });
            }

            return Primary();
        }

        private object? Nested(Func<object?> inner)
        {
            if (++_depth > MaxDepth)
            {
                throw Malformed();
            }

            var value = inner();
            _depth--;
            return value;
        }

        private object? Primary()
        {
            Skip();
            if (Take("("))
            {
                var inner = Nested(Or);
                return Take(")") ? inner : throw Malformed();
            }

            if (_at >= text.Length)
            {
                throw Malformed();
            }

            var c = text[_at];
            if (c is '"' or '\'')
            {
                var end = text.IndexOf(c, _at + 1);
                if (end < 0)
                {
                    throw Malformed();
                }

                var literal = text[(_at + 1)..end];
                _at = end + 1;
                return literal;
            }

            if (char.IsDigit(c) || c == '-')
            {
                var start = _at++;
                while (_at < text.Length && (char.IsDigit(text[_at]) || text[_at] == '.'))
                {
                    _at++;
                }

                return decimal.TryParse(text[start.._at], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : throw Malformed();
            }

            var name = Name();
            switch (name)
            {
                case "true":
                    return true;
                case "false":
                    return false;
                case "null":
                    return NullLiteral.Value;
                case "q" or "r":
                    if (!Take("."))
                    {
                        throw Malformed();
                    }

                    var code = Name();
                    return Value(name == "q" ? institution(code) : resident(code));
                case "Has" or "Count" or "DaysSince":
                    return Call(name);
                default:
                    throw Malformed();
            }
        }

        private object? Call(string function)
        {
            if (!Take("("))
            {
                throw Malformed();
            }

            var arguments = new List<object?> { Nested(Or) };
            while (Take(","))
            {
                arguments.Add(Nested(Or));
            }

            if (!Take(")"))
            {
                throw Malformed();
            }

            return (function, arguments) switch
            {
                ("Has", [null, string]) => null,
                ("Has", [List<string> chosen, string option]) => chosen.Contains(option, StringComparer.Ordinal),
                ("Count", [null]) => null,
                ("Count", [List<string> chosen]) => (decimal)chosen.Count,
                ("DaysSince", [null]) => null,
                ("DaysSince", [string date]) when DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) =>
                    inspectionDay is { } today ? (decimal)(today.DayNumber - day.DayNumber) : null,
                _ => throw Malformed(),
            };
        }

        private static object? Value(JsonElement? answer) => answer switch
        {
            null => null,
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            { ValueKind: JsonValueKind.Number } a => a.GetDecimal(),
            { ValueKind: JsonValueKind.String } a => a.GetString(),
            { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Select(o => o.ToString()).ToList(),
            _ => null,
        };

        private string Name()
        {
            Skip();
            var start = _at;
            while (_at < text.Length && (char.IsAsciiLetterOrDigit(text[_at]) || text[_at] == '_'))
            {
                _at++;
            }

            return _at > start ? text[start.._at] : throw Malformed();
        }

        private void Skip()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }

        private bool Peek(string token) => string.CompareOrdinal(text, _at, token, 0, token.Length) == 0;

        /// <summary>A keyword (<c>and</c>, <c>or</c>, <c>not</c>, <c>mod</c>) as a whole word, in any case.</summary>
        private bool PeekWord(string word) =>
            string.Compare(text, _at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
            && _at + word.Length <= text.Length
            && (_at + word.Length == text.Length || !(char.IsAsciiLetterOrDigit(text[_at + word.Length]) || text[_at + word.Length] == '_'));

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

        private bool TakeWord(string word)
        {
            Skip();
            if (!PeekWord(word))
            {
                return false;
            }

            _at += word.Length;
            return true;
        }

        private FormatException Malformed() => new($"not a show-if condition the device can read: {text}");
    }
}
