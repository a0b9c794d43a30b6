using Inspection.Api.Hosting;

namespace Inspection.Api.Comparison.Exports;

/// <summary>
/// A way of writing the comparison to a file. CSV and XLSX are here; the comparison report as PDF
/// (on the reports' machinery) is another implementation, registered the same way.
/// </summary>
public interface IComparisonExport
{
    /// <summary>The format's name in the URL (<c>/api/comparison/export/{format}</c>).</summary>
    string Format { get; }

    string ContentType { get; }

    Task WriteAsync(ComparisonDto comparison, Language language, Stream output, CancellationToken cancellationToken);
}
