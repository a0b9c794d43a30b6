namespace Inspection.Api.Inspections;

/// <summary>Where attachment bytes live: files under the data folder, one per attachment, outside the database.</summary>
public sealed class AttachmentStore(string root)
{
    public string PathFor(Guid inspectionId, Guid attachmentId) => Path.Combine(root, inspectionId.ToString("N"), attachmentId.ToString("N"));

    public async Task SaveAsync(Guid inspectionId, Guid attachmentId, Stream content, CancellationToken cancellationToken)
    {
        var path = PathFor(inspectionId, attachmentId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, cancellationToken);
    }

    public bool Exists(Guid inspectionId, Guid attachmentId) => File.Exists(PathFor(inspectionId, attachmentId));

    public void Delete(Guid inspectionId, Guid attachmentId) => File.Delete(PathFor(inspectionId, attachmentId));

    public Stream Open(Guid inspectionId, Guid attachmentId) =>
        new FileStream(PathFor(inspectionId, attachmentId), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    /// <summary>The content type the bytes really are (photos and documents only), or null.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : head.StartsWith("%PDF-"u8) ? "application/pdf"
        : head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : null;
}
