using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Hosting;

/// <summary>Whether an exception says the disk (or the account's quota on it) is full: a 507, not a 500.</summary>
public static class DiskFull
{
    // ENOSPC and EDQUOT as .NET reports them on Linux (the errno), ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.
    private static readonly int[] IoResults = [28, 122, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    // SQLITE_FULL: "database or disk is full".
    private const int SqliteFull = 13;

    public static bool Is(Exception? exception) => exception switch
    {
        IOException io => IoResults.Contains(io.HResult),
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteFull,
        DbUpdateException update => Is(update.InnerException),
        _ => false,
    };
}
