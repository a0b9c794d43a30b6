using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Inspection.Api.Hosting;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Access;

/// <summary>
/// Checks sign-in passwords. PBKDF2 is slow on purpose (tens of milliseconds of a core), so only a few
/// run at once and the rest wait in a bounded queue: a burst of sign-ins cannot take every core from
/// the other requests. A user name that does not exist is checked against a dummy hash of the same
/// cost, so the time to refuse does not tell which names exist.
/// </summary>
public sealed class PasswordCheck : IDisposable
{
    private readonly string _dummyHash = PasswordHasher.Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));
    private readonly ConcurrencyLimiter _running;

    public PasswordCheck(IOptions<AuthOptions> options)
    {
        var auth = options.Value;
        _running = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = auth.ConcurrentPasswordChecks > 0 ? auth.ConcurrentPasswordChecks : Math.Max(1, Environment.ProcessorCount / 2),
            QueueLimit = Math.Max(0, auth.PasswordCheckQueue),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>
    /// Whether <paramref name="password"/> matches <paramref name="storedHash"/> (never when it is null,
    /// after the same work); null when too many checks are waiting already.
    /// </summary>
    public async Task<bool?> MatchesAsync(string password, string? storedHash, CancellationToken cancellationToken)
    {
        using var turn = await _running.AcquireAsync(1, cancellationToken);
        if (!turn.IsAcquired)
        {
            return null;
        }

        var matches = PasswordHasher.Verify(password, storedHash ?? _dummyHash);
        return storedHash is not null && matches;
    }

    public void Dispose() => _running.Dispose();
}
