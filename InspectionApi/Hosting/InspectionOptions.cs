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

    /// <summary>
    /// Seed demo operators, facilities, users (with a published password) and two past cycles into an
    /// empty database. Off unless asked for (<c>./run.sh</c> asks); refused in Production unless
    /// <see cref="AllowDemoDataInProduction"/> is also set.
    /// </summary>
    public bool SeedDemoData { get; set; }

    /// <summary>The second, deliberate switch that lets <see cref="SeedDemoData"/> work in the Production environment.</summary>
    public bool AllowDemoDataInProduction { get; set; }

    /// <summary>Largest evidence attachment accepted, in bytes.</summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most attachments one inspection may hold.</summary>
    public int MaxAttachmentsPerInspection { get; set; } = 200;

    /// <summary>Most attachment bytes one inspection may hold (its quota).</summary>
    public long MaxAttachmentBytesPerInspection { get; set; } = 200L * 1024 * 1024;

    /// <summary>Largest request body accepted for JSON requests, in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>
    /// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> headers are
    /// believed: addresses or networks, comma-separated (<c>10.0.0.5, 10.1.0.0/16</c>). Empty: none, the
    /// service faces clients directly.
    /// </summary>
    public string TrustedProxies { get; set; } = string.Empty;
}
