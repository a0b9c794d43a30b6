namespace Inspection.Api.Hosting;

/// <summary>The data folder (database, attachments, signing key), checked before anything is written to it.</summary>
internal static class DataFolder
{
    /// <summary>Creates <paramref name="path"/> if needed and proves it writable; otherwise a <see cref="StartupException"/>.</summary>
    public static string Prepare(string path)
    {
        var full = Path.GetFullPath(path);
        var probe = Path.Combine(full, $".write-check-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(full);
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException(
                $"the data folder {full} is not writable ({e.Message.TrimEnd('.')}). Give the service's account write access to it, or set Inspection:DataFolder to a folder it may write.", e);
        }

        return full;
    }
}
