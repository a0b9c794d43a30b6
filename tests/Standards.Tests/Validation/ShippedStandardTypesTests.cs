using Inspection.Standards.Loading;
using Inspection.Standards.Model;
using Inspection.Standards.Tests.Schema;

namespace Inspection.Standards.Tests.Validation;

/// <summary>
/// The shipped catalogs say what every standard measures, and the newest version of each service type has
/// outcome standards in every domain where the method allows one (staffing is mostly the means of care:
/// structure and process).
/// </summary>
public class ShippedStandardTypesTests
{
    private static readonly string Catalog = Path.Combine(RuleSetSchema.RepositoryRoot, "standards-catalog");

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Catalog, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(Catalog, f));

    private static IEnumerable<string> ServiceTypes() => Directory.EnumerateDirectories(Catalog).Select(Path.GetFileName).OfType<string>().Where(d => d != "schema").Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Files))]
    public void Load_ShippedCatalog_EveryStandardSaysWhatItMeasuresAndEachTypeOccurs(string file)
    {
        var ruleSet = Load(file);

        ruleSet.Standards.Should().OnlyContain(s => s.Measures != null);
        ruleSet.Standards.Select(s => s.Measures).Distinct().Should().BeEquivalentTo([StandardType.Structure, StandardType.Process, StandardType.Outcome]);
    }

    [TestCaseSource(nameof(ServiceTypes))]
    public void Load_NewestVersion_HasOutcomeStandardsInEveryDomainButStaffing(string serviceType)
    {
        var newest = Directory.EnumerateFiles(Path.Combine(Catalog, serviceType), "*.yaml")
            .Select(f => Load(Path.GetRelativePath(Catalog, f)))
            .MaxBy(r => r.Version)!;

        var withoutOutcome = newest.Domains
            .Where(d => !newest.Standards.Any(s => s.Domain == d.Code && s.Measures == StandardType.Outcome))
            .Select(d => d.Code);

        withoutOutcome.Should().BeSubsetOf(["staffing"], "{0} measures outcomes in every domain (staffing may have none)", newest.Moniker);
    }

    private static RuleSet Load(string file)
    {
        var result = new RuleSetLoader().LoadFile(Path.Combine(Catalog, file));
        result.Diagnostics.Should().BeEmpty();
        return result.RuleSet!;
    }
}
