namespace Inspection.Api.Hosting;

/// <summary>Where data lives and which database serves it (section "Inspection" of configuration).</summary>
public sealed class InspectionOptions
{
    public const string Section = "Inspection";

    /// <summary>Folder for the SQLite database, attachments and the token signing key; relative to the working directory.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>
    /// The catalog folder imported on start when the database has no rule sets; relative to the working
    /// directory. Empty: the nearest <c>standards-catalog</c> folder above the application or the working directory.
    /// </summary>
    public string CatalogFolder { get; set; } = string.Empty;

    /// <summary>The catalog folder as a full path (see <see cref="CatalogFolder"/>).</summary>
    public string ResolveCatalogFolder()
    {
        if (CatalogFolder.Length > 0)
        {
            return Path.GetFullPath(CatalogFolder);
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "standards-catalog");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath("standards-catalog");
    }

    /// <summary>Seed demo operators, facilities, users and two past cycles on an empty database.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>Largest evidence attachment accepted, in bytes.</summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest request body accepted for JSON requests, in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 2 * 1024 * 1024;
}
