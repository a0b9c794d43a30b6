namespace Inspection.Reports.Components;

/// <summary>
/// The print style sheet. Fonts are named by family only: Chromium finds Debian's Noto fonts on the
/// machine and embeds the glyphs it uses in the PDF. Tables break across pages with their headers
/// repeated; rows stay whole; long words wrap rather than overflow.
/// </summary>
internal static class ReportStyles
{
    public const string HebrewFonts = "'Noto Sans Hebrew', 'Noto Sans', sans-serif";
    public const string EnglishFonts = "'Noto Sans', 'Noto Sans Hebrew', sans-serif";

    public const string Css = """
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; font-size: 9.5pt; line-height: 1.4; color: #1d2125; font-variant-ligatures: none; }
        body.he { font-family: 'Noto Sans Hebrew', 'Noto Sans', sans-serif; }
        body.en { font-family: 'Noto Sans', 'Noto Sans Hebrew', sans-serif; }
        h1 { font-size: 17pt; margin: 0 0 2pt; color: #123a5a; }
        h2 { font-size: 12.5pt; margin: 14pt 0 5pt; color: #123a5a; border-bottom: 1.2pt solid #123a5a; padding-bottom: 2pt; break-after: avoid; }
        h3 { font-size: 10.5pt; margin: 10pt 0 4pt; color: #123a5a; break-after: avoid; }
        p { margin: 3pt 0; }
        .subtitle { font-size: 10.5pt; color: #4a5560; margin-bottom: 8pt; }
        .notice { border: 1pt solid #b26a00; background: #fff4e0; padding: 5pt 7pt; margin: 6pt 0; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 3pt 0 6pt; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { padding: 2.5pt 4pt; text-align: start; vertical-align: top; overflow-wrap: break-word; }
        th { background: #e6edf3; font-weight: 700; font-size: 8.5pt; }
        td { border-bottom: 0.5pt solid #cfd6dc; }
        table.facts th { width: 28%; background: none; font-size: 9pt; }
        table.facts td { border-bottom: 0.5pt solid #e3e7ea; }
        tr.detail td { background: #fbf7f4; border-bottom: 0.8pt solid #cfd6dc; padding-top: 1pt; }
        .statement { font-weight: 700; }
        .evidence { font-size: 8.5pt; color: #394149; }
        .evidence span.k { font-weight: 700; }
        code, .code { font-family: 'Noto Sans Mono', 'DejaVu Sans Mono', monospace; font-size: 8pt; unicode-bidi: isolate; }
        code.rule { direction: ltr; display: inline; }
        .met { color: #1b6e2e; font-weight: 700; }
        .not-met { color: #a4161a; font-weight: 700; }
        .na { color: #5f6b75; }
        .incomplete { color: #8a5a00; font-weight: 700; }
        .error { color: #6a1b9a; font-weight: 700; }
        .overdue { color: #a4161a; font-weight: 700; }
        .jeopardy { color: #fff; background: #a4161a; padding: 0 3pt; font-weight: 700; }
        .big { font-size: 15pt; font-weight: 700; color: #123a5a; }
        .cards { display: flex; gap: 6pt; margin: 4pt 0 6pt; }
        .card { flex: 1; border: 0.8pt solid #c5d0da; border-radius: 3pt; padding: 4pt 6pt; break-inside: avoid; }
        .card .label { font-size: 8pt; color: #4a5560; }
        .cap { margin: 2pt 0; }
        .chart { margin: 4pt 0 6pt; break-inside: avoid; }
        .keep { break-inside: avoid; }
        .signatures td { height: 26pt; vertical-align: bottom; }
        ul { margin: 2pt 0; padding-inline-start: 14pt; }
        bdi { unicode-bidi: isolate; }
        .nowrap { white-space: nowrap; }
        .dispute { margin-bottom: 6pt; border-bottom: 0.5pt solid #cfd6dc; padding-bottom: 4pt; }
        .dispute h3 { margin-top: 6pt; }
        p.user { margin-inline-start: 10pt; }
        .k { font-weight: 700; }
        """;
}
