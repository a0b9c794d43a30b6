using Inspection.Standards.Model;

namespace Inspection.Api.Hosting;

/// <summary>
/// The caller's language: <c>?lang=en</c> or <c>?lang=he</c> when given, else the first language of
/// <c>Accept-Language</c> that the service speaks, else Hebrew.
/// </summary>
public static class RequestLanguage
{
    public static Language Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Query.TryGetValue("lang", out var asked) && Parse(asked.ToString()) is { } chosen)
        {
            return chosen;
        }

        foreach (var header in context.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1))
        {
            if (Parse(header.Value.ToString()) is { } language)
            {
                return language;
            }
        }

        return Language.He;
    }

    /// <summary>The text in <paramref name="language"/>, or in the other language when it has none.</summary>
    public static string In(this LocalizedText text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wanted = language == Language.En ? text.En : text.He;
        return wanted.Length > 0 ? wanted : language == Language.En ? text.He : text.En;
    }

    private static Language? Parse(string tag) =>
        tag.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En
        : tag.StartsWith("he", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("iw", StringComparison.OrdinalIgnoreCase) ? Language.He
        : null;
}
