using System.Globalization;

namespace Inspection.Reports.Printing;

/// <summary>
/// Finds a launched browser's processes on Linux: the main process is the one whose command line
/// carries the printer's marker switch, and the rest are its descendants (renderers, GPU, zygotes).
/// </summary>
internal static class BrowserProcesses
{
    public static IReadOnlyList<int> Find(string marker)
    {
        if (!Directory.Exists("/proc"))
        {
            return [];
        }

        var parents = new Dictionary<int, int>();
        var roots = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            var parent = ParentOf(pid);
            if (parent is null)
            {
                continue;
            }

            parents[pid] = parent.Value;
            if (CommandLine(pid).Contains(marker, StringComparison.Ordinal))
            {
                roots.Add(pid);
            }
        }

        // The main browser is the topmost process with the marker; its descendants follow it.
        var found = roots.Where(r => !roots.Contains(parents[r])).ToList();
        var all = new List<int>(found);
        for (var i = 0; i < all.Count; i++)
        {
            all.AddRange(parents.Where(p => p.Value == all[i] && !all.Contains(p.Key)).Select(p => p.Key));
        }

        return all;
    }

    private static int? ParentOf(int pid)
    {
        try
        {
            // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the process ended while we looked
        }
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
