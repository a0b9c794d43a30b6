namespace Inspection.Standards.Tests.Schema;

/// <summary>
/// One error the schema reports: the JSON pointer of the value at fault, and for a <c>required</c>
/// error the keys that are missing there.
/// </summary>
internal sealed record SchemaViolation(string At, IReadOnlyList<string> MissingKeys, string Keyword, string Message, string EvaluationPath)
{
    /// <summary>
    /// Where the error stands: the value at fault and, for a missing key, the key itself, so that
    /// "missing id" is told apart from any other problem at the root. An unknown key is reported at
    /// the key itself (additionalProperties: false fails the value under it).
    /// </summary>
    public IEnumerable<string> Locations => [At, .. MissingKeys.Select(key => $"{At}/{CatalogJson.Escape(key)}")];

    public override string ToString() => $"{(At.Length == 0 ? "(root)" : At)}: {Message} [{Keyword} at {EvaluationPath}]";
}
