namespace Inspection.Api.Reports;

/// <summary>
/// One issued edition of an inspection's report: its number, when and why it was issued, and the PDF in
/// Hebrew and in English. Editions are never changed or deleted; a change of what the report says makes
/// a new one. The PDF bytes are kept in the database (not the data folder, as attachments are) because
/// with SQL Server the job servers and the API nodes may run on different machines and share only it.
/// </summary>
public sealed class ReportEdition
{
    private ReportEdition()
    {
    }

    public ReportEdition(Guid inspectionId, ReportKind report, int number, DateTime issuedAt, string reason, string fingerprint, byte[] pdfHebrew, byte[] pdfEnglish)
    {
        InspectionId = inspectionId;
        Report = report;
        Number = number;
        IssuedAt = issuedAt;
        Reason = reason;
        Fingerprint = fingerprint;
        PdfHebrew = pdfHebrew;
        PdfEnglish = pdfEnglish;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid InspectionId { get; private set; }

    public ReportKind Report { get; private set; }

    /// <summary>1 for the first edition of this report of this inspection, then 2, 3, ...</summary>
    public int Number { get; private set; }

    public DateTime IssuedAt { get; private set; }

    /// <summary>Why this edition was issued: the report was issued, a dispute was decided, a follow-up re-checked ...</summary>
    public string Reason { get; private set; } = string.Empty;

    /// <summary>SHA-256 of the report's content (its model without the issue date): a report that says what its latest edition says makes no new edition.</summary>
    public string Fingerprint { get; private set; } = string.Empty;

    public byte[] PdfHebrew { get; private set; } = [];

    public byte[] PdfEnglish { get; private set; } = [];
}
