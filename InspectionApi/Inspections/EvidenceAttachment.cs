namespace Inspection.Api.Inspections;

/// <summary>
/// A photo or document attached to an answer. The bytes live in the attachment store (outside the
/// database row); this records what it is and where.
/// </summary>
public sealed class EvidenceAttachment
{
    private EvidenceAttachment()
    {
    }

    public EvidenceAttachment(Guid inspectionId, string questionCode, string? residentCode, string fileName, string contentType, long size, string sha256, Guid uploadedBy, DateTime uploadedAt)
    {
        InspectionId = inspectionId;
        QuestionCode = questionCode;
        ResidentCode = residentCode;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid InspectionId { get; private set; }

    public string QuestionCode { get; private set; } = string.Empty;

    public string? ResidentCode { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = string.Empty;

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = string.Empty;

    public Guid UploadedBy { get; private set; }

    public DateTime UploadedAt { get; private set; }
}
