using System.Collections.Concurrent;
using System.Text;

namespace Inspection.Api.Hosting;

/// <summary>
/// Enumerations as requests may name them: a member's name (<c>SelfAssessment</c>) or its catalog
/// spelling (<c>self-assessment</c>), in any case. Never a number (<c>"7"</c>), never a combination
/// (<c>"Upheld, Withdrawn"</c>), never padded: unlike <see cref="Enum.TryParse(Type, string?, bool, out object?)"/>,
/// which accepts all three.
/// </summary>
public static class EnumNames
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, object>> Accepted = new();

    /// <summary>The member names of <paramref name="type"/>, in declaration order.</summary>
    public static IReadOnlyList<string> Of(Type type) => Enum.GetNames(type);

    /// <summary>"expected one of: A, B, C", for error messages.</summary>
    public static string Expected(Type type) => $"expected one of: {string.Join(", ", Of(type))}";

    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        if (TryParse(typeof(T), text, out var parsed))
        {
            value = (T)parsed;
            return true;
        }

        value = default;
        return false;
    }

    public static bool TryParse(Type type, string? text, out object value)
    {
        value = null!;
        return text is not null && Accepted.GetOrAdd(type, Names).TryGetValue(text, out value!);
    }

    private static Dictionary<string, object> Names(Type type)
    {
        var names = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in Enum.GetNames(type))
        {
            var value = Enum.Parse(type, name);
            names[name] = value;
            names.TryAdd(Kebab(name), value);
        }

        return names;
    }

    /// <summary><c>SelfAssessment</c> as <c>self-assessment</c>.</summary>
    private static string Kebab(string name)
    {
        var kebab = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(name[i]));
        }

        return kebab.ToString();
    }
}
