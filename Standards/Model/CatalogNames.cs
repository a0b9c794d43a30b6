using System.Collections.Concurrent;
using System.Text;

namespace Inspection.Standards.Model;

/// <summary>
/// The names enum values take in catalog files: kebab-case of the C# name
/// (<c>QuestionType.MultiChoice</c> is <c>multi-choice</c>).
/// </summary>
public static class CatalogNames
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> ByType = new();

    /// <summary>The catalog name of an enum value.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => ToKebab(value.ToString());

    /// <summary>All catalog names of an enum, in declaration order.</summary>
    public static IEnumerable<string> All<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(v => Of(v));

    /// <summary>Parses a catalog name (exact, case-sensitive).</summary>
    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        var names = ByType.GetOrAdd(typeof(T), _ => Enum.GetValues<T>().ToDictionary(v => Of(v), v => (object)v, StringComparer.Ordinal));
        if (names.TryGetValue(text, out var boxed))
        {
            value = (T)boxed;
            return true;
        }

        value = default;
        return false;
    }

    private static string ToKebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
