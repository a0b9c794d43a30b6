using System.Text.Json.Nodes;

namespace Inspection.Standards.Tests.Schema;

/// <summary>
/// A catalog as JSON, changed in one place by a schema variant. Each change returns the JSON pointer
/// where the schema must report the problem, and throws when the minimal catalog no longer has what
/// the variant expects, so that a stale variant fails instead of passing by breaking something else.
/// Paths are lists of property names (string) and array indexes (int).
/// </summary>
public sealed class CatalogJson(JsonObject root)
{
    public JsonObject Root { get; } = root;

    public static string Escape(string segment) =>
        segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string PointerTo(IEnumerable<object> path) => string.Concat(path.Select(s => $"/{Escape(Convert.ToString(s, System.Globalization.CultureInfo.InvariantCulture)!)}"));

    /// <summary>The value at <paramref name="path"/>.</summary>
    public JsonNode Get(params object[] path)
    {
        JsonNode? node = Root;
        foreach (var segment in path)
        {
            node = (node, segment) switch
            {
                (JsonObject o, string key) when o.ContainsKey(key) => o[key],
                (JsonArray a, int index) when index >= 0 && index < a.Count => a[index],
                _ => throw Stale($"nothing at {PointerTo(path)}"),
            };
            if (node is null)
            {
                throw Stale($"null at {PointerTo(path)}");
            }
        }

        return node!;
    }

    public JsonObject MappingAt(params object[] path) => Get(path) as JsonObject ?? throw Stale($"no object at {PointerTo(path)}");

    public JsonArray ListAt(params object[] path) => Get(path) as JsonArray ?? throw Stale($"no list at {PointerTo(path)}");

    /// <summary>Adds a key that is not there; returns where it stands.</summary>
    public string Add(object[] parent, string key, JsonNode? value)
    {
        var target = MappingAt(parent);
        if (target.ContainsKey(key))
        {
            throw Stale($"{PointerTo([.. parent, key])} already exists");
        }

        target[key] = value;
        return PointerTo([.. parent, key]);
    }

    /// <summary>Replaces an existing value; returns where it stands.</summary>
    public string Set(object[] path, JsonNode? value)
    {
        Get(path);
        switch (Get(path[..^1]), path[^1])
        {
            case (JsonObject o, string key):
                o[key] = value;
                break;
            case (JsonArray a, int index):
                a[index] = value;
                break;
        }

        return PointerTo(path);
    }

    /// <summary>Removes an existing key; returns where it stood (the schema must then report it missing).</summary>
    public string Remove(object[] parent, string key)
    {
        if (!MappingAt(parent).Remove(key))
        {
            throw Stale($"nothing at {PointerTo([.. parent, key])}");
        }

        return PointerTo([.. parent, key]);
    }

    /// <summary>The path of the first item of the list at <paramref name="list"/> that matches.</summary>
    public object[] Find(object[] list, Func<JsonNode, bool> predicate, string what)
    {
        var items = ListAt(list);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item && predicate(item))
            {
                return [.. list, i];
            }
        }

        throw Stale($"no {what}");
    }

    public object[] ResidentStandard() => Find(["standards"], s => Text(s, "level") == "resident", "resident-level standard");

    public object[] InstitutionStandard() => Find(["standards"], s => Text(s, "level") == "institution", "institution-level standard");

    /// <summary>The path of the first question of <paramref name="type"/>, in any instrument.</summary>
    public object[] Question(string type)
    {
        var instruments = ListAt("instruments");
        for (var i = 0; i < instruments.Count; i++)
        {
            if (instruments[i]?["questions"] is JsonArray questions)
            {
                for (var q = 0; q < questions.Count; q++)
                {
                    if (questions[q] is { } question && Text(question, "type") == type)
                    {
                        return ["instruments", i, "questions", q];
                    }
                }
            }
        }

        throw Stale($"no {type} question");
    }

    public static string? Text(JsonNode node, string key) =>
        node is JsonObject o && o[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static InvalidOperationException Stale(string what) => new($"minimal.yaml has {what}; update the variant");
}
