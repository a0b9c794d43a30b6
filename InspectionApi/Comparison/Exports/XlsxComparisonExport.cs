using Inspection.Api.Hosting;
using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace Inspection.Api.Comparison.Exports;

/// <summary>
/// The comparison as an XLSX workbook (SpreadCheetah): one sheet, the header row frozen and filtered,
/// numbers as numeric cells and dates as date cells.
/// </summary>
public sealed class XlsxComparisonExport : IComparisonExport
{
    public string Format => "xlsx";

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task WriteAsync(ComparisonDto comparison, Language language, Stream output, CancellationToken cancellationToken)
    {
        var table = ExportTable.From(comparison, language);

        // The workbook is a zip written in one pass; buffered so that the response stream sees only asynchronous writes.
        using var buffer = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(buffer, cancellationToken: cancellationToken))
        {
            var options = new WorksheetOptions { FrozenRows = 1 };
            await spreadsheet.StartWorksheetAsync(language == Language.He ? "השוואה" : "Comparison", options, cancellationToken);
            await spreadsheet.AddRowAsync([.. table.Headers.Select(h => new Cell(h))], cancellationToken);
            foreach (var row in table.Rows)
            {
                await spreadsheet.AddRowAsync([.. row.Select(ToCell)], cancellationToken);
            }

            await spreadsheet.FinishAsync(cancellationToken);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static Cell ToCell(object? value) => value switch
    {
        null => new Cell((string?)null),
        string s => new Cell(s),
        int n => new Cell(n),
        decimal d => new Cell(d),
        DateOnly date => new Cell(date.ToDateTime(TimeOnly.MinValue)),
        _ => new Cell(value.ToString()),
    };
}
