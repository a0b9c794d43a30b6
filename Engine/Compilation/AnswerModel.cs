using System.Linq.Dynamic.Core;
using System.Linq.Expressions;
using FastExpressionCompiler;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Engine.Compilation;

/// <summary>
/// The typed answers of one unit (institution or resident) of one rule-set version: a class generated
/// with one property per question, typed by the question (yes-no bool?, number and scale decimal?,
/// date DateOnly?, choice and text string, multi-choice <see cref="SelectedOptions"/>), and a compiled
/// setter per question. Rules read these properties directly: no dictionary at evaluation time.
/// </summary>
internal sealed class AnswerModel
{
    private readonly Func<object> _create;
    private readonly Dictionary<string, Action<object, AnswerValue>> _setters;

    public AnswerModel(IEnumerable<Question> questions)
    {
        var list = questions.ToList();
        Questions = list.ToDictionary(q => q.Code, StringComparer.Ordinal);
        Type = list.Count == 0
            ? DynamicClassFactory.CreateType([new DynamicProperty("_none", typeof(bool?))], createParameterCtor: false)
            : DynamicClassFactory.CreateType(list.Select(q => new DynamicProperty(q.Code, ClrType(q.Type))).ToList(), createParameterCtor: false);
        _create = Expression.Lambda<Func<object>>(Expression.New(Type)).CompileFast();
        _setters = list.ToDictionary(q => q.Code, q => CompileSetter(Type, q), StringComparer.Ordinal);
    }

    public Type Type { get; }

    public IReadOnlyDictionary<string, Question> Questions { get; }

    public static Type ClrType(QuestionType type) => type switch
    {
        QuestionType.YesNo => typeof(bool?),
        QuestionType.Number or QuestionType.Scale => typeof(decimal?),
        QuestionType.Date => typeof(DateOnly?),
        QuestionType.MultiChoice => typeof(SelectedOptions),
        _ => typeof(string),
    };

    /// <summary>Creates the typed answers, reporting answers that do not fit their question.</summary>
    public object Fill(IReadOnlyDictionary<string, AnswerValue> answers, string? resident, List<ResponseProblem> problems)
    {
        var target = _create();
        foreach (var (code, value) in answers)
        {
            if (!_setters.TryGetValue(code, out var set))
            {
                problems.Add(new ResponseProblem(resident, code, resident is null
                    ? "no institution question has this code"
                    : "no resident question has this code"));
                continue;
            }

            if (Problem(Questions[code], value) is { } problem)
            {
                problems.Add(new ResponseProblem(resident, code, problem));
                continue;
            }

            set(target, value);
        }

        return target;
    }

    /// <summary>Why <paramref name="value"/> cannot answer <paramref name="question"/>, or null when it can.</summary>
    public static string? Problem(Question question, AnswerValue? value)
    {
        var type = Standards.Loading.CatalogNames.Of(question.Type);
        return (question.Type, value) switch
        {
            (_, null) => "the answer is empty",
            (QuestionType.YesNo, YesNoAnswer) => null,
            (QuestionType.Date, DateAnswer) => null,
            (QuestionType.Text, TextAnswer) => null,
            (QuestionType.Number or QuestionType.Scale, NumberAnswer n) => RangeProblem(question, n.Value),
            (QuestionType.Choice, ChoiceAnswer c) => question.Options.Any(o => o.Value == c.Value) ? null : $"'{c.Value}' is not one of the options ({string.Join(", ", question.Options.Select(o => o.Value))})",
            (QuestionType.MultiChoice, MultiChoiceAnswer m) => m.Values.FirstOrDefault(v => question.Options.All(o => o.Value != v)) is { } bad
                ? $"'{bad}' is not one of the options ({string.Join(", ", question.Options.Select(o => o.Value))})"
                : m.Values.Distinct(StringComparer.Ordinal).Count() != m.Values.Count ? "an option is chosen twice" : null,
            _ => $"a {type} question cannot take this answer ({value.GetType().Name.Replace("Answer", string.Empty, StringComparison.Ordinal).ToLowerInvariant()})",
        };
    }

    private static string? RangeProblem(Question question, decimal value) =>
        question.Min is { } min && value < min ? $"{value} is below the lowest allowed value {min}"
        : question.Max is { } max && value > max ? $"{value} is above the highest allowed value {max}"
        : question.Type == QuestionType.Scale && decimal.Truncate(value) != value ? $"a scale takes whole numbers, not {value}"
        : null;

    private static Action<object, AnswerValue> CompileSetter(Type type, Question question)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var answer = Expression.Parameter(typeof(AnswerValue), "answer");
        var propertyType = ClrType(question.Type);
        Expression value = question.Type switch
        {
            QuestionType.YesNo => Field<YesNoAnswer>(answer, nameof(YesNoAnswer.Value)),
            QuestionType.Number or QuestionType.Scale => Field<NumberAnswer>(answer, nameof(NumberAnswer.Value)),
            QuestionType.Date => Field<DateAnswer>(answer, nameof(DateAnswer.Value)),
            QuestionType.Choice => Field<ChoiceAnswer>(answer, nameof(ChoiceAnswer.Value)),
            QuestionType.Text => Field<TextAnswer>(answer, nameof(TextAnswer.Value)),
            _ => Expression.New(
                typeof(SelectedOptions).GetConstructors()[0],
                Field<MultiChoiceAnswer>(answer, nameof(MultiChoiceAnswer.Values))),
        };
        var assign = Expression.Assign(
            Expression.Property(Expression.Convert(target, type), question.Code),
            Expression.Convert(value, propertyType));
        return Expression.Lambda<Action<object, AnswerValue>>(assign, target, answer).CompileFast();
    }

    private static MemberExpression Field<T>(ParameterExpression answer, string property) =>
        Expression.Property(Expression.Convert(answer, typeof(T)), property);
}
