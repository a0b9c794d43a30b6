using Inspection.Standards.Loading;
using Inspection.Standards.Model;

namespace Inspection.Standards.Tests.Loading;

public class CatalogNamesTests
{
    [Test]
    public void Of_EnumValue_IsKebabCase()
    {
        CatalogNames.Of(QuestionType.MultiChoice).Should().Be("multi-choice");
        CatalogNames.Of(QuestionType.YesNo).Should().Be("yes-no");
        CatalogNames.Of(EvidenceSource.StaffInterview).Should().Be("staff-interview");
        CatalogNames.Of(Severity.Critical).Should().Be("critical");
    }

    [Test]
    public void All_Enum_ListsNamesInDeclarationOrder()
    {
        CatalogNames.All<Scope>().Should().Equal("isolated", "pattern", "widespread");
    }

    [Test]
    public void TryParse_EveryCatalogName_RoundTrips()
    {
        foreach (var source in Enum.GetValues<EvidenceSource>())
        {
            CatalogNames.TryParse<EvidenceSource>(CatalogNames.Of(source), out var parsed).Should().BeTrue();
            parsed.Should().Be(source);
        }
    }

    [TestCase("MultiChoice")]
    [TestCase("Multi-Choice")]
    [TestCase("multichoice")]
    [TestCase("multi_choice")]
    [TestCase("")]
    public void TryParse_AnyOtherSpelling_Fails(string text)
    {
        CatalogNames.TryParse<QuestionType>(text, out _).Should().BeFalse();
    }
}
