using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Engine.Tests;

/// <summary>
/// A response written for one test: institution answers, and sampled residents coded R1, R2, ...
/// in the order they are added (unless a code is given).
/// </summary>
internal sealed class TestResponse
{
    /// <summary>The day of every test inspection; <c>DaysSince</c> counts to it.</summary>
    public static readonly DateOnly InspectionDate = new(2026, 6, 1);

    private readonly Dictionary<string, AnswerValue> _answers = new(StringComparer.Ordinal);
    private readonly List<SampledResident> _residents = [];
    private readonly List<PreviousDeficiency> _previous = [];
    private readonly HashSet<string> _withdrawn = new(StringComparer.Ordinal);
    private Dictionary<string, int>? _census;

    public static AnswerValue Yes => AnswerValue.YesNo(true);

    public static AnswerValue No => AnswerValue.YesNo(false);

    /// <summary>A date answer <paramref name="days"/> days before the inspection.</summary>
    public static AnswerValue DaysAgo(int days) => AnswerValue.Date(InspectionDate.AddDays(-days));

    public TestResponse Answer(string question, AnswerValue value)
    {
        _answers[question] = value;
        return this;
    }

    /// <summary>A resident with the tracers the inspector marked and the answers given (a null value is left unanswered).</summary>
    public TestResponse Resident(string code, string[] tracers, params (string Question, AnswerValue? Value)[] answers)
    {
        var given = answers.Where(a => a.Value is not null).ToDictionary(a => a.Question, a => a.Value!, StringComparer.Ordinal);
        _residents.Add(new SampledResident(code, tracers, given));
        return this;
    }

    /// <summary>A resident with no marked tracer.</summary>
    public TestResponse Resident(string code, params (string Question, AnswerValue? Value)[] answers) => Resident(code, [], answers);

    /// <summary>One resident per value, each answering <paramref name="question"/> with it (null: unanswered).</summary>
    public TestResponse Residents(string question, params AnswerValue?[] values)
    {
        foreach (var value in values)
        {
            Resident($"R{_residents.Count + 1}", (question, value));
        }

        return this;
    }

    /// <summary>The census says <paramref name="residents"/> current residents have <paramref name="tracer"/>.</summary>
    public TestResponse Census(string tracer, int residents)
    {
        (_census ??= new(StringComparer.Ordinal))[tracer] = residents;
        return this;
    }

    /// <summary>A deficiency of the previous inspection.</summary>
    public TestResponse Previous(string standard, Severity severity = Severity.Major, Scope scope = Scope.Widespread, string grade = "F")
    {
        _previous.Add(new PreviousDeficiency(standard, severity, scope, grade, false));
        return this;
    }

    /// <summary>The finding of <paramref name="standard"/> was withdrawn after a dispute.</summary>
    public TestResponse Withdraw(string standard)
    {
        _withdrawn.Add(standard);
        return this;
    }

    public InspectionResponse Build() => new(InspectionDate, new Dictionary<string, AnswerValue>(_answers, StringComparer.Ordinal), [.. _residents])
    {
        TracerCensus = _census,
        PreviousDeficiencies = _previous.Count == 0 ? null : [.. _previous],
        WithdrawnStandards = _withdrawn.Count == 0 ? null : new HashSet<string>(_withdrawn, StringComparer.Ordinal),
    };
}
