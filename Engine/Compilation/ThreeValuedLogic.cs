using System.Linq.Expressions;

namespace Inspection.Engine.Compilation;

/// <summary>
/// Rewrites a parsed condition so that every truth value is <c>bool?</c> with Kleene's three-valued
/// logic (DESIGN.md section 3): a comparison with a missing answer is unknown (null);
/// <c>unknown &amp;&amp; false</c> is false, <c>unknown || true</c> is true, anything else with unknown
/// stays unknown. Checks for a missing answer (<c>x == null</c>) stay definite. The right operand
/// of <c>&amp;&amp;</c> and <c>||</c> is only evaluated when the left does not decide.
/// </summary>
internal sealed class ThreeValuedLogic
{
    // Written as conversions of plain constants (not boxed bool? constants), which compile to
    // immediate values instead of loads from the compiled delegate's closure.
    private static readonly Expression True = Expression.Convert(Expression.Constant(true), typeof(bool?));
    private static readonly Expression False = Expression.Convert(Expression.Constant(false), typeof(bool?));
    private static readonly Expression Unknown = Expression.Default(typeof(bool?));

    /// <summary>Rewrites a truth-valued expression into a <c>bool?</c> one.</summary>
    public Expression Lift(Expression node)
    {
        switch (node)
        {
            case ConstantExpression { Value: bool value }:
                return value ? True : False;
            case UnaryExpression { NodeType: ExpressionType.Convert, Operand: var operand } when IsTruth(operand.Type):
                return Lift(operand);
            case UnaryExpression { NodeType: ExpressionType.Not, Operand: var operand } when IsTruth(operand.Type):
                return Not(Lift(operand));
            case BinaryExpression { NodeType: ExpressionType.AndAlso } and:
                return Kleene(Lift(and.Left), Lift(and.Right), decisive: false);
            case BinaryExpression { NodeType: ExpressionType.OrElse } or:
                return Kleene(Lift(or.Left), Lift(or.Right), decisive: true);
            case BinaryExpression binary when IsComparison(binary.NodeType):
                return Compare(binary);
            default:
                var lifted = Value(node);

                // Stryker disable once Conditional : converting a bool? to bool? is the identity; the test only keeps the tree small
                return lifted.Type == typeof(bool?) ? lifted : Expression.Convert(lifted, typeof(bool?));
        }
    }

    /// <summary>
    /// Rewrites the truth-valued parts inside a value expression (function arguments, arithmetic), and
    /// makes whole-number arithmetic checked: an overflow throws (an Error finding) instead of wrapping
    /// into a wrong result. Decimal arithmetic is checked already.
    /// </summary>
    private Expression Value(Expression node) => node switch
    {
        // Stryker disable once Logical : an && or || reaching here is an operand of a comparison; left unrewritten, the expression tree's lifted AndAlso and OrElse on bool? are Kleene's logic as well
        BinaryExpression binary when !IsComparison(binary.NodeType) && binary.NodeType is not (ExpressionType.AndAlso or ExpressionType.OrElse) =>
            Checked(binary.NodeType, Value(binary.Left), Value(binary.Right), binary),
        UnaryExpression { NodeType: ExpressionType.Negate } negate when IsWholeNumber(negate.Type) => Expression.NegateChecked(Value(negate.Operand)),
        UnaryExpression unary when !IsTruth(unary.Type) => unary.Update(Value(unary.Operand)),
        MethodCallExpression call => call.Update(call.Object, call.Arguments.Select(Value)),
        _ when IsTruth(node.Type) && node is not MemberExpression && node is not MethodCallExpression && node is not ConstantExpression => Lift(node),
        _ => node,
    };

    private static Expression Checked(ExpressionType type, Expression left, Expression right, BinaryExpression original)
    {
        var checkedType = type switch
        {
            ExpressionType.Add => ExpressionType.AddChecked,
            ExpressionType.Subtract => ExpressionType.SubtractChecked,
            ExpressionType.Multiply => ExpressionType.MultiplyChecked,
            _ => type,
        };

        // Stryker disable once Conditional : decimal's operators are checked either way, and an operator with no checked form is rebuilt as it was
        return checkedType != type && IsWholeNumber(original.Type)
            ? Expression.MakeBinary(checkedType, left, right, original.IsLiftedToNull, original.Method)
            : original.Update(left, original.Conversion, right);
    }

    private static bool IsWholeNumber(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(uint) || t == typeof(ulong));

    private Expression Compare(BinaryExpression binary)
    {
        var left = Value(binary.Left);
        var right = Value(binary.Right);
        if (IsNullConstant(left) || IsNullConstant(right))
        {
            // "Is it answered?" is always known.
            var answer = IsNullConstant(left) ? right : left;
            Expression missing = Nullable.GetUnderlyingType(answer.Type) is not null
                ? Expression.Not(Expression.Property(answer, "HasValue"))
                : Expression.ReferenceEqual(answer, Expression.Constant(null, answer.Type));
            var check = binary.NodeType == ExpressionType.Equal ? missing : Expression.Not(missing);
            return Expression.Convert(check, typeof(bool?));
        }

        // Value has lifted a truth operand already (a comparison or a Kleene block); lifting it again
        // recursed without end (a truth compared with a truth crashed the process).
        var leftValue = Expression.Variable(left.Type, "left");
        var rightValue = Expression.Variable(right.Type, "right");
        var comparison = Expression.MakeBinary(binary.NodeType, Unwrap(leftValue), Unwrap(rightValue));
        Expression known = Expression.Convert(comparison, typeof(bool?));
        var unknown = Or(IsMissing(leftValue), IsMissing(rightValue));
        return Expression.Block(
            typeof(bool?),
            [leftValue, rightValue],
            Expression.Assign(leftValue, left),
            Expression.Assign(rightValue, right),
            unknown is null ? known : Expression.Condition(unknown, Unknown, known));
    }

    /// <summary>
    /// Kleene and (<paramref name="decisive"/> false) or or (true): the decisive value of either side
    /// decides; otherwise unknown if either side is unknown. Written with HasValue and
    /// GetValueOrDefault only, which every expression compiler handles alike.
    /// </summary>
    private static Expression Kleene(Expression left, Expression right, bool decisive)
    {
        var l = Expression.Variable(typeof(bool?), "l");
        var r = Expression.Variable(typeof(bool?), "r");
        var decides = decisive ? True : False;
        Expression Decides(ParameterExpression x) => decisive ? IsTrue(x) : IsFalse(x);
        return Expression.Block(
            typeof(bool?),
            [l, r],
            Expression.Assign(l, left),
            Expression.Condition(
                Decides(l),
                decides,
                Expression.Block(
                    typeof(bool?),
                    Expression.Assign(r, right),
                    Expression.Condition(
                        Decides(r),
                        decides,
                        Expression.Condition(
                            Expression.AndAlso(HasValue(l), HasValue(r)),
                            decisive ? False : True,
                            Unknown)))));
    }

    /// <summary>Not of a three-valued truth: unknown stays unknown.</summary>
    private static Expression Not(Expression operand)
    {
        var v = Expression.Variable(typeof(bool?), "v");
        return Expression.Block(
            typeof(bool?),
            [v],
            Expression.Assign(v, operand),
            Expression.Condition(HasValue(v), Expression.Convert(Expression.Not(TruthOf(v)), typeof(bool?)), Unknown));
    }

    private static Expression HasValue(Expression x) => Expression.Property(x, nameof(Nullable<bool>.HasValue));

    private static Expression TruthOf(Expression x) => Expression.Call(x, typeof(bool?).GetMethod(nameof(Nullable<bool>.GetValueOrDefault), Type.EmptyTypes)!);

    private static Expression IsTrue(Expression x) => TruthOf(x);

    private static Expression IsFalse(Expression x) => Expression.AndAlso(HasValue(x), Expression.Not(TruthOf(x)));

    private static Expression Unwrap(ParameterExpression value) =>
        Nullable.GetUnderlyingType(value.Type) is not null ? Expression.Property(value, "Value") : value;

    private static Expression? IsMissing(ParameterExpression value) =>
        !value.Type.IsValueType ? Expression.ReferenceEqual(value, Expression.Constant(null, value.Type))
        : Nullable.GetUnderlyingType(value.Type) is not null ? Expression.Not(HasValue(value))
        : null;

    private static Expression? Or(Expression? a, Expression? b) => a is null ? b : b is null ? a : Expression.OrElse(a, b);

    private static bool IsTruth(Type type) => type == typeof(bool) || type == typeof(bool?);

    private static bool IsNullConstant(Expression node) =>
        node is ConstantExpression { Value: null } || (node is UnaryExpression { NodeType: ExpressionType.Convert, Operand: ConstantExpression { Value: null } });

    private static bool IsComparison(ExpressionType type) =>
        type is ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
            or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual;
}
