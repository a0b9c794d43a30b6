namespace Inspection.Api.Inspections;

public sealed record AttachmentDto(Guid Id, string QuestionCode, string? ResidentCode, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAt);
