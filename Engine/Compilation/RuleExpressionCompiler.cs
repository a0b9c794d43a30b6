using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;
using FastExpressionCompiler;
using Inspection.Engine.Network;
using Inspection.Standards.Language;

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
    private static readonly string[] Functions = [.. RuleLanguage.Functions.Select(f => f.Name)];
    private static readonly ParsingConfig ConsequenceConfig = Strict(typeof(ConsequenceScope));

    private readonly Type _scopeType;
    private readonly AnswerModel _institution;
    private readonly AnswerModel _resident;
    private readonly ParsingConfig _config;

    public RuleExpressionCompiler(AnswerModel institution, AnswerModel resident)
    {
        _institution = institution;
        _resident = resident;
        _scopeType = typeof(RuleScope<,>).MakeGenericType(institution.Type, resident.Type);
        _config = Strict(_scopeType);
    }

    public Type ScopeType => _scopeType;

    private static ParsingConfig Strict(Type scopeType) =>
        new()
        {
            CustomTypeProvider = new ClosedTypeProvider(scopeType),

            // Stryker disable once Boolean : the closed type provider resolves no name, so this flag cannot widen what parses; kept as defence in depth
            AllowNewToEvaluateAnyType = false,

            // Stryker disable once Boolean : as above, the closed type provider resolves no simple name either
            ResolveTypesBySimpleName = false,
            AreContextKeywordsEnabled = false,
            DisableMemberAccessToIndexAccessorFallback = true,
            PrioritizePropertyOrFieldOverTheType = true,
            SupportEnumerationsFromSystemNamespace = false,
            AllowEqualsAndToStringMethodsOnObject = false,
            EvaluateGroupByAtDatabase = false,
        };

    /// <summary>Compiles <paramref name="text"/>; <paramref name="residentAllowed"/> says whether <c>r.</c> may be read.</summary>
    public CompiledCondition Compile(string text, bool residentAllowed)
    {
        // Unnamed: the parser's implicit scope, so that the context keyword "it" is refused like the others.
        var it = Expression.Parameter(_scopeType);
        var (body, check) = Parse(_config, it, text, residentAllowed ? [RuleLanguage.Institution, RuleLanguage.Resident] : [RuleLanguage.Institution], Explain);
        var scope = Expression.Parameter(typeof(RuleScope));
        body = new ReplaceParameter(it, Expression.Convert(scope, _scopeType)).Visit(body);
        var lambda = Expression.Lambda<Func<RuleScope, bool?>>(body, scope);
        return new CompiledCondition(text, lambda.CompileFast(), [.. check.Read(RuleLanguage.Institution)], [.. check.Read(RuleLanguage.Resident)]);
    }

    /// <summary>
    /// Compiles a consequence's condition over a finding (<c>f.</c>) and the previous deficiency of the
    /// same standard (<c>p.</c>): the three-valued body, with <c>f</c> and <c>p</c> as parameters, for
    /// the rule network to hold as a pattern condition.
    /// </summary>
    public static CompiledConsequenceCondition CompileConsequence(string text)
    {
        var it = Expression.Parameter(typeof(ConsequenceScope));
        var (body, check) = Parse(ConsequenceConfig, it, text, [RuleLanguage.Finding, RuleLanguage.Previous], ExplainConsequence);
        var f = Expression.Parameter(typeof(FindingFact), RuleLanguage.Finding);
        var p = Expression.Parameter(typeof(PreviousDeficiencyFact), RuleLanguage.Previous);
        body = new ReplaceScopeMembers(it, f, p).Visit(body);
        return new CompiledConsequenceCondition(text, body, f, p, check.Read(RuleLanguage.Previous).Count > 0);
    }

    /// <summary>Parses, checks against the closed language, and lifts to three-valued logic.</summary>
    private static (Expression Body, ClosedLanguageCheck Check) Parse(
        ParsingConfig config, ParameterExpression it, string text, string[] prefixes, Func<string, string> explain)
    {
        if (text.Length > RuleLanguage.MaxLength)
        {
            throw new RuleSyntaxException(RuleLanguage.TooLong(text.Length), 0);
        }

        if (RuleLanguage.NestingDepth(text) > RuleLanguage.MaxDepth)
        {
            throw new RuleSyntaxException(RuleLanguage.TooDeep, 0);
        }

        LambdaExpression parsed;
        try
        {
            parsed = DynamicExpressionParser.ParseLambda(config, [it], null, text);
        }
        catch (ParseException e)
        {
            throw new RuleSyntaxException(explain(e.Message), e.Position);
        }
        catch (ArgumentException e) when (NotAValue().Match(e.Message) is { Success: true } value)
        {
            // The parser converts a literal to the other operand's type and fails this way (not with a
            // ParseException) on a number compared with a word: still the author's mistake, located.
            var literal = value.Groups["value"].Value;
            var at = text.IndexOf($"\"{literal}\"", StringComparison.Ordinal);
            throw new RuleSyntaxException($"\"{literal}\" is a word, compared here with a {value.Groups["type"].Value.ToLowerInvariant()}: compare numbers with numbers", Math.Max(at, 0));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw new RuleSyntaxException(explain(e.Message), 0);
        }

        var check = new ClosedLanguageCheck(it, prefixes, functionsAllowed: prefixes.Contains(RuleLanguage.Institution));
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

        return (new ThreeValuedLogic().Lift(parsed.Body), check);
    }

    private static string ExplainConsequence(string message) =>
        NoMethod().Match(message) is { Success: true } method ? RuleLanguage.NoFunctionsInConsequences(method.Groups["name"].Value)
        : UnknownMember().Match(message) is { Success: true } unknown
            ? unknown.Groups["type"].Value == nameof(FindingFact) ? RuleLanguage.UnknownField(RuleLanguage.Finding, unknown.Groups["code"].Value)
            : unknown.Groups["type"].Value == nameof(PreviousDeficiencyFact) ? RuleLanguage.UnknownField(RuleLanguage.Previous, unknown.Groups["code"].Value)
            : InConsequence(message)
            : InConsequence(message);

    private static string InConsequence(string message) => message.Replace(nameof(ConsequenceScope), "a consequence", StringComparison.Ordinal);

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

        if (NoMethod().Match(message) is { Success: true } method)
        {
            return RuleLanguage.NotAFunction(method.Groups["name"].Value);
        }

        return message
            .Replace("<>f__AnonymousType", "answers", StringComparison.Ordinal)
            .Replace("RuleScope`2", "the rule language", StringComparison.Ordinal);
    }

    [GeneratedRegex("^(?<value>.*) is not a valid value for (?<type>\\w+)")]
    private static partial Regex NotAValue();

    [GeneratedRegex("^No applicable method '(?<name>[^']+)' exists")]
    private static partial Regex NoMethod();

    [GeneratedRegex("^No property or field '(?<code>[^']+)' exists in type '(?<type>[^']+)'")]
    private static partial Regex UnknownMember();

    /// <summary>Rejects everything outside the rule language, and records the answers an expression reads.</summary>
    private sealed class ClosedLanguageCheck(ParameterExpression it, string[] prefixes, bool functionsAllowed) : ExpressionVisitor
    {
        private readonly Dictionary<string, SortedSet<string>> _read = prefixes.ToDictionary(p => p, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);

        public string? Problem { get; private set; }

        /// <summary>A pattern for the text the problem is about, to locate it in the expression; null when it concerns the whole.</summary>
        public string? ProblemText { get; private set; }

        /// <summary>The names read after <paramref name="prefix"/> (<c>q.</c>: institution answers, ...).</summary>
        public SortedSet<string> Read(string prefix) => _read.TryGetValue(prefix, out var read) ? read : [];

        public override Expression? Visit(Expression? node)
        {
            if (Problem is not null || node is null)
            {
                return node;
            }

            switch (node.NodeType)
            {
                case ExpressionType.Divide or ExpressionType.Modulo when IsZero(((BinaryExpression)node).Right):
                    Problem = RuleLanguage.DivisionByZero;
                    ProblemText = @"[/%]\s*0";
                    return node;
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
                case ExpressionType.Call when functionsAllowed && node is MethodCallExpression call && call.Object == it && Functions.Contains(call.Method.Name):
                    return base.Visit(node);
                case ExpressionType.Call when !functionsAllowed:
                    Problem = RuleLanguage.NoFunctionsInConsequences(((MethodCallExpression)node).Method.Name);
                    ProblemText = $@"\b{Regex.Escape(((MethodCallExpression)node).Method.Name)}\s*\(";
                    return node;
                default:
                    Problem = Describe(node);
                    ProblemText = node is MethodCallExpression method ? $@"\b{Regex.Escape(method.Method.Name)}\s*\(" : null;
                    return node;
            }
        }

        private static bool IsZero(Expression node) => node switch
        {
            ConstantExpression { Value: int or long or decimal or double } constant => Convert.ToDecimal(constant.Value, System.Globalization.CultureInfo.InvariantCulture) == 0,
            UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked, Operand: var operand } => IsZero(operand),
            _ => false,
        };

        private Expression VisitAnswer(MemberExpression node)
        {
            if (node.Expression is MemberExpression { Expression: var owner, Member.Name: var unit } && owner == it && _read.TryGetValue(unit, out var read))
            {
                read.Add(node.Member.Name);
                return node;
            }

            if (node.Expression is MemberExpression { Expression: var scope, Member.Name: RuleLanguage.Resident } && scope == it && prefixes.Contains(RuleLanguage.Institution))
            {
                Problem = $"'{node.Member.Name}' is a resident answer (r.), which only resident-level standards, tracers and resident questions may read";
                ProblemText = $@"\br\s*\.\s*{Regex.Escape(node.Member.Name)}\b";
                return node;
            }

            if (node.Expression == it && prefixes.Contains(node.Member.Name))
            {
                Problem = RuleLanguage.PrefixAlone(node.Member.Name);
                return node;
            }

            Problem = $"'{node.Member.Name}' is not part of the rule language: rules read answers (q.<question>, r.<question>) and the functions {string.Join(", ", Functions)}";
            ProblemText = $@"\.\s*{Regex.Escape(node.Member.Name)}\b";
            return node;
        }

        private static bool IsValueType(Type type) => type.IsValueType;

        private static string Describe(Expression node) => node switch
        {
            MethodCallExpression call => RuleLanguage.NotAFunction(call.Method.Name),
            ConditionalExpression => "conditional expressions (iif, ?:) are not part of the rule language; combine conditions with && and ||",
            NewExpression or MemberInitExpression or NewArrayExpression => "creating objects is not part of the rule language",
            _ => $"'{node.NodeType}' is not part of the rule language",
        };
    }

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    /// <summary>Turns <c>it.f</c> and <c>it.p</c> into the pattern parameters <c>f</c> and <c>p</c>.</summary>
    private sealed class ReplaceScopeMembers(ParameterExpression it, ParameterExpression f, ParameterExpression p) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression == it ? (node.Member.Name == RuleLanguage.Finding ? f : p) : base.VisitMember(node);
    }

    /// <summary>Only the scope type is known to the parser: no other type can be named or reached.</summary>
    private sealed class ClosedTypeProvider(Type scopeType) : IDynamicLinqCustomTypeProvider
    {
        public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => [];

        public HashSet<Type> GetCustomTypes() => [scopeType, typeof(RuleScope), typeof(SelectedOptions), typeof(FindingFact), typeof(PreviousDeficiencyFact)];

        public Type? ResolveType(string typeName) => null;

        public Type? ResolveTypeBySimpleName(string simpleTypeName) => null;
    }
}

/// <summary>A consequence's condition: the three-valued body over the parameters <c>f</c> and <c>p</c>.</summary>
/// <param name="ReadsPrevious">Whether it reads <c>p.</c>: then it matches only findings whose standard was a previous deficiency.</param>
internal sealed record CompiledConsequenceCondition(string Text, Expression Body, ParameterExpression Finding, ParameterExpression Previous, bool ReadsPrevious);

/// <summary>A compiled condition and the answers it reads.</summary>
internal sealed record CompiledCondition(string Text, Func<RuleScope, bool?> Evaluate, string[] Institution, string[] Resident);

/// <summary>An expression that is not in the rule language, with the offset of the problem.</summary>
internal sealed class RuleSyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
