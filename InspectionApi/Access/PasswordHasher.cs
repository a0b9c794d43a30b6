using System.Diagnostics.Metrics;
using System.Security.Cryptography;

namespace Inspection.Api.Access;

/// <summary>PBKDF2-SHA256 password hashes: <c>pbkdf2$iterations$salt$hash</c>.</summary>
internal static class PasswordHasher
{
    /// <summary>The meter whose counter <c>inspection.password.derivations</c> counts PBKDF2 runs, tagged with their iterations.</summary>
    public const string MeterName = "Inspection.Api.Passwords";

    private const int Iterations = 100_000;

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Derivations = Meter.CreateCounter<long>("inspection.password.derivations", description: "PBKDF2 derivations run");

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Derive(password, salt, Iterations, 32);
        return $"pbkdf2${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts is not ["pbkdf2", var iterations, var salt, var hash] || !int.TryParse(iterations, out var count))
        {
            return false;
        }

        var expected = Convert.FromBase64String(hash);
        var actual = Derive(password, Convert.FromBase64String(salt), count, expected.Length);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    private static byte[] Derive(string password, byte[] salt, int iterations, int length)
    {
        var derived = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, length);
        Derivations.Add(1, new KeyValuePair<string, object?>("iterations", iterations));
        return derived;
    }
}
