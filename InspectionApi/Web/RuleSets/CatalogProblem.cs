namespace Inspection.Web.RuleSets;

/// <summary>One problem of an uploaded catalog file, where the API located it (1-based line and column).</summary>
public sealed record CatalogProblem(string File, int Line, int Column, string Path, string Message);
