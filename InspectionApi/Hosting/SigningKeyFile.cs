using System.Security.Cryptography;

namespace Inspection.Api.Hosting;

/// <summary>
/// The key that signs the service's own tokens: from the setting <c>Auth:SigningKey</c>, or generated
/// once into the data folder (readable by the service's account only) so that tokens survive restarts.
/// A key that is empty, not base64 or shorter than 256 bits stops the start with what to do.
/// </summary>
internal static class SigningKeyFile
{
    public const string FileName = "signing.key";

    public const int MinimumBytes = 32;

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static byte[] Load(string? configured, string dataFolder)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Decode(configured, "the setting Auth:SigningKey",
                "Set it to at least 32 random bytes in base64 (for example the output of 'openssl rand -base64 32'), or remove it to have a key generated in the data folder.");
        }

        var path = Path.Combine(dataFolder, FileName);
        if (!File.Exists(path))
        {
            Create(path);
        }
        else if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnly) != 0)
        {
            // Written by an earlier version with the default mode: nobody but the service reads it from now on.
            File.SetUnixFileMode(path, OwnerOnly);
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"the token signing key file {path} cannot be read ({e.Message.TrimEnd('.')}). Give the service's account access to it.", e);
        }

        return Decode(text, $"the token signing key file {path}",
            "Delete it to have a new key generated (everyone signs in again), or write at least 32 random bytes in base64 into it.");
    }

    private static void Create(string path)
    {
        // Written whole under another name, then renamed: a crash never leaves a half-written key.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (var writer = new StreamWriter(temporary, System.Text.Encoding.ASCII, options))
        {
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumBytes)));
        }

        try
        {
            File.Move(temporary, path);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance starting at the same moment wrote it first; its key is the key.
            File.Delete(temporary);
        }
    }

    private static byte[] Decode(string text, string source, string advice)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException e)
        {
            throw new StartupException($"{source} is not base64. {advice}", e);
        }

        return key.Length switch
        {
            0 => throw new StartupException($"{source} is empty. {advice}"),
            < MinimumBytes => throw new StartupException($"{source} holds a {key.Length * 8}-bit key; at least {MinimumBytes * 8} bits are needed. {advice}"),
            _ => key,
        };
    }
}
