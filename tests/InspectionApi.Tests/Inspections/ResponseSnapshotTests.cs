using Inspection.Api.Inspections.Answers;
using Inspection.Engine.Responses;

namespace Inspection.Api.Tests.Inspections;

/// <summary>
/// The response snapshot written when a result is stored: packed into one text and split back into exactly
/// the answers, census and residents it was made of, whatever the answers hold.
/// </summary>
public sealed class ResponseSnapshotTests
{
    private static readonly Guid Inspection = Guid.CreateVersion7();

    [Test]
    public void Read_PackedResponse_GivesBackEveryAnswerResidentAndCensusEntry()
    {
        var answers = new[]
        {
            new InstitutionAnswer(Inspection, "fire_drill", AnswerValue.YesNo(true)),
            new InstitutionAnswer(Inspection, "staff_count", AnswerValue.Number(12.5m)),
            new InstitutionAnswer(Inspection, "note", AnswerValue.Text("שורה\u001Eאחת\u001F,\u001C\u001D \"quoted\"\nnext")),
            new InstitutionAnswer(Inspection, "kinds", AnswerValue.Choices("a", "b")),
        };
        var first = new SampledResidentRecord(Inspection, "R-02");
        first.SetTracers(["pressure_sore", "falls"]);
        first.SetAnswer("wound_plan", AnswerValue.Date(new DateOnly(2026, 3, 1)));
        first.SetAnswer("turned", AnswerValue.YesNo(false));
        var second = new SampledResidentRecord(Inspection, "R-01");
        var third = new SampledResidentRecord(Inspection, "R-03");
        third.SetAnswer("mobility", AnswerValue.Choice("walks"));
        var census = new[] { new TracerCount(Inspection, "pressure_sore", 4), new TracerCount(Inspection, "falls", 0) };

        var read = ResponseSnapshot.Read(ResponseSnapshot.Pack(answers, [first, second, third], census));

        Answers(read.Answers).Should().BeEquivalentTo(answers.Select(a => (a.QuestionCode, a.ValueJson)));
        read.Census.Should().BeEquivalentTo(new Dictionary<string, int> { ["pressure_sore"] = 4, ["falls"] = 0 });
        read.Residents.Select(r => r.Code).Should().Equal("R-01", "R-02", "R-03");
        read.Residents[0].Tracers.Should().BeEmpty();
        Answers(read.Residents[0].Answers).Should().BeEmpty();
        read.Residents[1].Tracers.Should().Equal("falls", "pressure_sore");
        Answers(read.Residents[1].Answers).Should().BeEquivalentTo(first.Answers.Select(a => (a.QuestionCode, a.ValueJson)));
        Answers(read.Residents[2].Answers).Should().Equal(("mobility", "\"walks\""));
    }

    [Test]
    public void Read_NothingAnswered_GivesNoAnswersNoCensusAndNoResidents()
    {
        var read = ResponseSnapshot.Read(ResponseSnapshot.Pack([], [], []));

        Answers(read.Answers).Should().BeEmpty();
        read.Census.Should().BeNull();
        read.Residents.Should().BeEmpty();
    }

    [TestCase("fire_drill\u001Ftrue", TestName = "Read_NoCensusPart_Refused")]
    [TestCase("\u001Dfalls\u001Fmany", TestName = "Read_CensusCountNotANumber_Refused")]
    [TestCase("\u001D\u001DR-01\u001Ffalls", TestName = "Read_ResidentWithoutItsFields_Refused")]
    public void Read_NotAPackedResponse_Refused(string packed)
    {
        var read = () => ResponseSnapshot.Read(packed);

        read.Should().Throw<FormatException>();
    }

    private static List<(string Code, string Json)> Answers(ReadOnlyMemory<char> packed)
    {
        var answers = new List<(string, string)>();
        foreach (var answer in packed.ToString().Split(ResponseSnapshot.Record, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = answer.Split(ResponseSnapshot.Unit);
            parts.Should().HaveCount(2, "an answer is a code and a JSON value");
            answers.Add((parts[0], parts[1]));
        }

        return answers;
    }
}
