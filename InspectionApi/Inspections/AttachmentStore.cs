using Inspection.Api.Hosting;

namespace Inspection.Api.Inspections;

/// <summary>
/// Where attachment bytes live: files under the data folder, one per attachment, outside the database.
/// A file is written under a temporary name and renamed when complete, so a crash mid-upload leaves
/// only a file no row names, which <see cref="SweepOrphans"/> removes at the next start.
/// </summary>
/// <param name="root">The attachment folder.</param>
/// <param name="createFile">Opens a new file for writing (a seam for tests that need the disk to be full).</param>
public sealed class AttachmentStore(string root, Func<string, Stream>? createFile = null)
{
    private const string PartialSuffix = ".partial";

    /// <summary>
    /// How old a file without a row must be before the sweep removes it: on a folder shared by several
    /// nodes, an upload another node is writing now is younger than this.
    /// </summary>
    public static readonly TimeSpan OrphanAge = TimeSpan.FromMinutes(15);

    private readonly Func<string, Stream> _createFile = createFile
        ?? (path => new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true));

    public string PathFor(Guid inspectionId, Guid attachmentId) => Path.Combine(root, inspectionId.ToString("N"), attachmentId.ToString("N"));

    /// <summary>Stores the whole of <paramref name="content"/> or nothing (a full disk leaves no partial file behind).</summary>
    public async Task SaveAsync(Guid inspectionId, Guid attachmentId, Stream content, CancellationToken cancellationToken)
    {
        var path = PathFor(inspectionId, attachmentId);
        var partial = path + PartialSuffix;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            await using (var file = _createFile(partial))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            File.Move(partial, path);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    public bool Exists(Guid inspectionId, Guid attachmentId) => File.Exists(PathFor(inspectionId, attachmentId));

    public void Delete(Guid inspectionId, Guid attachmentId) => File.Delete(PathFor(inspectionId, attachmentId));

    public Stream Open(Guid inspectionId, Guid attachmentId) =>
        new FileStream(PathFor(inspectionId, attachmentId), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    /// <summary>
    /// Removes the files no attachment row names (left by uploads a crash interrupted, whole or
    /// partial) once they are older than <see cref="OrphanAge"/>, and folders left empty. Returns how
    /// many files went. Files the store did not name are left alone.
    /// </summary>
    public int SweepOrphans(IReadOnlySet<Guid> attachmentIds, DateTime utcNow)
    {
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var swept = 0;
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            if (!Guid.TryParseExact(Path.GetFileName(folder), "N", out _))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var name = Path.GetFileName(file);
                var stem = name.EndsWith(PartialSuffix, StringComparison.Ordinal) ? name[..^PartialSuffix.Length] : name;
                if (!Guid.TryParseExact(stem, "N", out var id) || (stem == name && attachmentIds.Contains(id))
                    || utcNow - File.GetLastWriteTimeUtc(file) < OrphanAge)
                {
                    continue;
                }

                File.Delete(file);
                swept++;
            }

            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }

        return swept;
    }

    /// <summary>
    /// The name a download offers: the stored name without control or direction-changing characters,
    /// ending in the extension of what the bytes really are (so <c>photo&#x202E;gnp.exe</c>, which
    /// displays as <c>photoexe.png</c>, is offered as <c>photognp.exe.png</c>).
    /// </summary>
    public static string DownloadName(string fileName, string contentType)
    {
        string[] extensions = contentType switch
        {
            "image/jpeg" => [".jpg", ".jpeg"],
            "image/png" => [".png"],
            "image/webp" => [".webp"],
            "application/pdf" => [".pdf"],
            _ => [],
        };
        var name = PlainText.Strip(Path.GetFileName(fileName)).Trim();
        if (name.Length == 0)
        {
            name = "attachment";
        }

        return extensions.Length == 0 || extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)) ? name : name + extensions[0];
    }

    /// <summary>The content type the bytes really are (photos and documents only), or null.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : head.StartsWith("%PDF-"u8) ? "application/pdf"
        : head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : null;
}
