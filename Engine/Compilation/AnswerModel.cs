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
    private readonly Dictionary<string, (Question Question, Action<object, AnswerValue> Set)> _setters;

    public AnswerModel(IEnumerable<Question> questions)
    {
        var list = questions.ToList();
        Questions = list.ToDictionary(q => q.Code, StringComparer.Ordinal);
        Type = list.Count == 0
            ? DynamicClassFactory.CreateType([new DynamicProperty("_none", typeof(bool?))], createParameterCtor: false)
            : DynamicClassFactory.CreateType(list.Select(q => new DynamicProperty(q.Code, ClrType(q.Type))).ToList(), createParameterCtor: false);
        _create = Expression.Lambda<Func<object>>(Expression.New(Type)).CompileFast();
        _setters = list.ToDictionary(q => q.Code, q => (q, CompileSetter(Type, q)), StringComparer.Ordinal);
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
        if (answers is Dictionary<string, AnswerValue> dictionary)
        {
            // The concrete dictionary enumerates without allocating; the interface would box its enumerator.
            foreach (var (code, value) in dictionary)
            {
                Set(target, code, value, resident, problems);
            }
        }
        else
        {
            foreach (var (code, value) in answers)
            {
                Set(target, code, value, resident, problems);
            }
        }

        return target;
    }

    private void Set(object target, string code, AnswerValue value, string? resident, List<ResponseProblem> problems)
    {
        if (!_setters.TryGetValue(code, out var entry))
        {
            problems.Add(new ResponseProblem(resident, code, resident is null
                ? "no institution question has this code"
                : "no resident question has this code"));
        }
        else if (Problem(entry.Question, value) is { } problem)
        {
            problems.Add(new ResponseProblem(resident, code, problem));
        }
        else
        {
            entry.Set(target, value);
        }
    }

    /// <summary>Why <paramref name="value"/> cannot answer <paramref name="question"/>, or null when it can.</summary>
    public static string? Problem(Question question, AnswerValue? value)
    {
        // A plain switch: a tuple pattern here boxed on every answer.
        switch (question.Type)
        {
            case QuestionType.YesNo when value is YesNoAnswer:
            case QuestionType.Date when value is DateAnswer:
            case QuestionType.Text when value is TextAnswer:
                return null;
            case QuestionType.Number or QuestionType.Scale when value is NumberAnswer number:
                return RangeProblem(question, number.Value);
            case QuestionType.Choice when value is ChoiceAnswer choice:
                return IsOption(question, choice.Value) ? null : NotAnOption(question, choice.Value);
            case QuestionType.MultiChoice when value is MultiChoiceAnswer choices:
                return ChoicesProblem(question, choices);
            default:
                return value is null
                    ? "the answer is empty"
                    : $"a {CatalogNames.Of(question.Type)} question cannot take this answer ({value.GetType().Name.Replace("Answer", string.Empty, StringComparison.Ordinal).ToLowerInvariant()})";
        }
    }

    // Kept out of Problem: a lambda capturing the question there would allocate on every answer.
    private static string? ChoicesProblem(Question question, MultiChoiceAnswer choices) =>
        choices.Values.FirstOrDefault(v => !IsOption(question, v)) is { } bad ? NotAnOption(question, bad)
        : choices.Values.Distinct(StringComparer.Ordinal).Count() != choices.Values.Count ? "an option is chosen twice"
        : null;

    private static string NotAnOption(Question question, string value) =>
        $"'{value}' is not one of the options ({string.Join(", ", question.Options.Select(o => o.Value))})";

    private static bool IsOption(Question question, string value)
    {
        var options = question.Options;
        for (var i = 0; i < options.Count; i++)
        {
            if (string.Equals(options[i].Value, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string? RangeProblem(Question question, decimal value) =>
        question.Min is { } min && value < min ? $"{value} is below the lowest allowed value {min}"
        : question.Max is { } max && value > max ? $"{value} is above the highest allowed value {max}"
        : question.Type == QuestionType.Scale && decimal.Truncate(value) != value ? $"a scale takes whole numbers, not {value}"
        : null;

    // One compiled delegate per question: cast the answer, convert it to the property's type, assign.
    // Measured faster per answer than a reflection-bound setter behind a converter delegate.
    private static Action<object, AnswerValue> CompileSetter(Type type, Question question)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var answer = Expression.Parameter(typeof(AnswerValue), "answer");
        Expression value = question.Type switch
        {
            QuestionType.YesNo => Value<YesNoAnswer>(answer, nameof(YesNoAnswer.Value)),
            QuestionType.Number or QuestionType.Scale => Value<NumberAnswer>(answer, nameof(NumberAnswer.Value)),
            QuestionType.Date => Value<DateAnswer>(answer, nameof(DateAnswer.Value)),
            QuestionType.Choice => Value<ChoiceAnswer>(answer, nameof(ChoiceAnswer.Value)),
            QuestionType.Text => Value<TextAnswer>(answer, nameof(TextAnswer.Value)),
            _ => Expression.New(typeof(SelectedOptions).GetConstructors()[0], Value<MultiChoiceAnswer>(answer, nameof(MultiChoiceAnswer.Values))),
        };
        var assign = Expression.Assign(
            Expression.Property(Expression.Convert(target, type), question.Code),
            Expression.Convert(value, ClrType(question.Type)));
        return Expression.Lambda<Action<object, AnswerValue>>(assign, target, answer).CompileFast();
    }

    private static MemberExpression Value<T>(ParameterExpression answer, string property) =>
        Expression.Property(Expression.Convert(answer, typeof(T)), property);
}
