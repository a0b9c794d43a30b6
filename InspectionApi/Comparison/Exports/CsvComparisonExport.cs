using System.Globalization;
using System.Text;
using Inspection.Api.Hosting;

namespace Inspection.Api.Comparison.Exports;

/// <summary>
/// The comparison as CSV (RFC 4180): UTF-8 with a byte-order mark (so spreadsheets read Hebrew), comma
/// separated, numbers in invariant notation without thousands separators, dates as yyyy-MM-dd.
/// </summary>
public sealed class CsvComparisonExport : IComparisonExport
{
    public string Format => "csv";

    public string ContentType => "text/csv; charset=utf-8";

    public async Task WriteAsync(ComparisonDto comparison, Language language, Stream output, CancellationToken cancellationToken)
    {
        var table = ExportTable.From(comparison, language);
        var text = new StringBuilder();
        text.AppendJoin(',', table.Headers.Select(Quote)).Append("\r\n");
        foreach (var row in table.Rows)
        {
            text.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }

        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        await output.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken);
    }

    private static string Field(object? value) => value switch
    {
        null => string.Empty,
        string s => Quote(s),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(value.ToString() ?? string.Empty),
    };

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
