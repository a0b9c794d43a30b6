using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;
using FastExpressionCompiler;

namespace Inspection.Engine.Compilation;

/// <summary>
/// Compiles one expression of the rule language into a three-valued condition over a version's
/// <see cref="RuleScope{TQ, TR}"/>. Parsing is System.Linq.Dynamic.Core under a strict configuration;
/// then the parsed tree is checked against the closed language (only answers, literals, operators
/// and the documented functions), rewritten to three-valued logic, and compiled with
/// FastExpressionCompiler.
/// </summary>
internal sealed partial class RuleExpressionCompiler
{
    /// <summary>Longest expression accepted, in characters.</summary>
    public const int MaxLength = 1000;

    /// <summary>Deepest nesting of parentheses and operators accepted.</summary>
    public const int MaxDepth = 32;

    private static readonly string[] Functions = [nameof(RuleScope.DaysSince), nameof(RuleScope.Has), nameof(RuleScope.Count)];

    private readonly Type _scopeType;
    private readonly AnswerModel _institution;
    private readonly AnswerModel _resident;
    private readonly ParsingConfig _config;

    public RuleExpressionCompiler(AnswerModel institution, AnswerModel resident)
    {
        _institution = institution;
        _resident = resident;
        _scopeType = typeof(RuleScope<,>).MakeGenericType(institution.Type, resident.Type);
        _config = new ParsingConfig
        {
            CustomTypeProvider = new ClosedTypeProvider(_scopeType),
            AllowNewToEvaluateAnyType = false,
            ResolveTypesBySimpleName = false,
            AreContextKeywordsEnabled = false,
            DisableMemberAccessToIndexAccessorFallback = true,
            PrioritizePropertyOrFieldOverTheType = true,
            SupportEnumerationsFromSystemNamespace = false,
            AllowEqualsAndToStringMethodsOnObject = false,
            EvaluateGroupByAtDatabase = false,
        };
    }

    public Type ScopeType => _scopeType;

    /// <summary>Compiles <paramref name="text"/>; <paramref name="residentAllowed"/> says whether <c>r.</c> may be read.</summary>
    public CompiledCondition Compile(string text, bool residentAllowed)
    {
        if (text.Length > MaxLength)
        {
            throw new RuleSyntaxException($"the expression is {text.Length} characters long; the most allowed is {MaxLength}", 0);
        }

        if (NestingDepth(text) > MaxDepth)
        {
            throw new RuleSyntaxException($"the expression is nested more than {MaxDepth} levels deep", 0);
        }

        var it = Expression.Parameter(_scopeType, "it");
        LambdaExpression parsed;
        try
        {
            parsed = DynamicExpressionParser.ParseLambda(_config, [it], null, text);
        }
        catch (ParseException e)
        {
            throw new RuleSyntaxException(Explain(e.Message), e.Position);
        }
        catch (InvalidOperationException e)
        {
            throw new RuleSyntaxException(Explain(e.Message), 0);
        }

        var check = new ClosedLanguageCheck(it, residentAllowed);
        check.Visit(parsed.Body);
        if (check.Problem is { } problem)
        {
            // The parsed tree has no positions: point at the first place the offending text appears.
            var at = check.ProblemText is { } pattern && Regex.Match(text, pattern, RegexOptions.CultureInvariant) is { Success: true } match ? match.Index : 0;
            throw new RuleSyntaxException(problem, at);
        }

        if (parsed.Body.Type != typeof(bool) && parsed.Body.Type != typeof(bool?))
        {
            throw new RuleSyntaxException("the expression must be a condition (true or false), not a value", 0);
        }

        var scope = Expression.Parameter(typeof(RuleScope), "scope");
        var body = new ThreeValuedLogic().Lift(parsed.Body);
        body = new ReplaceParameter(it, Expression.Convert(scope, _scopeType)).Visit(body);
        var lambda = Expression.Lambda<Func<RuleScope, bool?>>(body, scope);
        return new CompiledCondition(text, lambda.CompileFast(), [.. check.Institution], [.. check.Resident]);
    }

    private static int NestingDepth(string text)
    {
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

    private string Explain(string message)
    {
        // "No property or field 'x' exists in type '<generated answers type>'": name the question instead.
        if (UnknownMember().Match(message) is { Success: true } unknown)
        {
            var (code, type) = (unknown.Groups["code"].Value, unknown.Groups["type"].Value);
            var unit = type == _institution.Type.Name ? "institution" : type == _resident.Type.Name ? "resident" : null;
            if (unit is not null)
            {
                var other = unit == "institution" ? _resident : _institution;
                return other.Questions.ContainsKey(code)
                    ? (unit == "institution" ? $"'{code}' is a resident question: write r.{code}" : $"'{code}' is an institution question: write q.{code}")
                    : $"no {unit} question has the code '{code}'";
            }
        }

        return message
            .Replace("<>f__AnonymousType", "answers", StringComparison.Ordinal)
            .Replace("RuleScope`2", "the rule language", StringComparison.Ordinal);
    }

    [GeneratedRegex("^No property or field '(?<code>[^']+)' exists in type '(?<type>[^']+)'")]
    private static partial Regex UnknownMember();

    /// <summary>Rejects everything outside the rule language, and records the answers an expression reads.</summary>
    private sealed class ClosedLanguageCheck(ParameterExpression it, bool residentAllowed) : ExpressionVisitor
    {
        public string? Problem { get; private set; }

        /// <summary>A pattern for the text the problem is about, to locate it in the expression; null when it concerns the whole.</summary>
        public string? ProblemText { get; private set; }

        public SortedSet<string> Institution { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Resident { get; } = new(StringComparer.Ordinal);

        public override Expression? Visit(Expression? node)
        {
            if (Problem is not null || node is null)
            {
                return node;
            }

            switch (node.NodeType)
            {
                case ExpressionType.Constant when node.Type.IsPrimitive || node.Type == typeof(decimal) || node.Type == typeof(string)
                    || Nullable.GetUnderlyingType(node.Type) is not null || ((ConstantExpression)node).Value is null:
                case ExpressionType.Parameter when node == it:
                case ExpressionType.Convert or ExpressionType.ConvertChecked when IsValueType(node.Type):
                case ExpressionType.Not or ExpressionType.Negate or ExpressionType.NegateChecked:
                case ExpressionType.Add or ExpressionType.AddChecked or ExpressionType.Subtract or ExpressionType.SubtractChecked
                    or ExpressionType.Multiply or ExpressionType.MultiplyChecked or ExpressionType.Divide or ExpressionType.Modulo:
                case ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
                    or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual:
                case ExpressionType.AndAlso or ExpressionType.OrElse:
                    return base.Visit(node);
                case ExpressionType.MemberAccess:
                    return VisitAnswer((MemberExpression)node);
                case ExpressionType.Call when node is MethodCallExpression call && call.Object == it && Functions.Contains(call.Method.Name):
                    return base.Visit(node);
                default:
                    Problem = Describe(node);
                    ProblemText = node is MethodCallExpression method ? $@"\b{Regex.Escape(method.Method.Name)}\s*\(" : null;
                    return node;
            }
        }

        private Expression VisitAnswer(MemberExpression node)
        {
            if (node.Expression is MemberExpression { Expression: var owner, Member.Name: var unit } && owner == it && unit is "q" or "r")
            {
                if (unit == "r" && !residentAllowed)
                {
                    Problem = $"'{node.Member.Name}' is a resident answer (r.), which only resident-level standards, tracers and resident questions may read";
                    ProblemText = $@"\br\s*\.\s*{Regex.Escape(node.Member.Name)}\b";
                }

                (unit == "q" ? Institution : Resident).Add(node.Member.Name);
                return node;
            }

            if (node.Expression == it && node.Member.Name is "q" or "r")
            {
                Problem = $"'{node.Member.Name}' must be followed by a question code, as in {node.Member.Name}.some_question";
                return node;
            }

            Problem = $"'{node.Member.Name}' is not part of the rule language: rules read answers (q.<question>, r.<question>) and the functions {string.Join(", ", Functions)}";
            ProblemText = $@"\.\s*{Regex.Escape(node.Member.Name)}\b";
            return node;
        }

        private static bool IsValueType(Type type) => type.IsValueType;

        private static string Describe(Expression node) => node switch
        {
            MethodCallExpression call => $"'{call.Method.Name}' is not part of the rule language; the functions are {string.Join(", ", Functions)}",
            ConditionalExpression => "conditional expressions (iif, ?:) are not part of the rule language; combine conditions with && and ||",
            NewExpression or MemberInitExpression or NewArrayExpression => "creating objects is not part of the rule language",
            _ => $"'{node.NodeType}' is not part of the rule language",
        };
    }

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    /// <summary>Only the scope type is known to the parser: no other type can be named or reached.</summary>
    private sealed class ClosedTypeProvider(Type scopeType) : IDynamicLinqCustomTypeProvider
    {
        public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => [];

        public HashSet<Type> GetCustomTypes() => [scopeType, typeof(RuleScope), typeof(SelectedOptions)];

        public Type? ResolveType(string typeName) => null;

        public Type? ResolveTypeBySimpleName(string simpleTypeName) => null;
    }
}

/// <summary>A compiled condition and the answers it reads.</summary>
internal sealed record CompiledCondition(string Text, Func<RuleScope, bool?> Evaluate, string[] Institution, string[] Resident);

/// <summary>An expression that is not in the rule language, with the offset of the problem.</summary>
internal sealed class RuleSyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
