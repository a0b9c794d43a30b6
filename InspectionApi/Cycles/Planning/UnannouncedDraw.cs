using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Inspection.Api.Cycles.Planning;

/// <summary>
/// Which facilities a cycle visits unannounced: the facilities ranked by a hash of the cycle's recorded seed
/// and their id, the first share of them taken. The same seed always draws the same facilities (so the draw
/// can be checked afterwards), a facility added later joins the ranking where its hash puts it, and nobody
/// can tell the draw without the seed, which providers never see.
/// </summary>
public static class UnannouncedDraw
{
    public static IReadOnlySet<Guid> Draw(int seed, IEnumerable<Guid> facilities, decimal share)
    {
        var ranked = facilities.Distinct().OrderBy(f => Rank(seed, f)).ThenBy(f => f).ToList();
        var count = (int)Math.Round(ranked.Count * share, MidpointRounding.AwayFromZero);
        return ranked.Take(count).ToHashSet();
    }

    private static ulong Rank(int seed, Guid facility)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.ASCII.GetBytes($"{seed}:{facility:N}"), hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }
}
