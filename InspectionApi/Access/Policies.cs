namespace Inspection.Api.Access;

/// <summary>Role-based authorization policies; finer, per-resource rules live in <see cref="AccessPolicy"/>.</summary>
public static class Policies
{
    public const string Administrator = nameof(Administrator);
    public const string CatalogAuthor = nameof(CatalogAuthor);
    public const string Auditor = nameof(Auditor);

    /// <summary>The ministry's own people (supervisors, analysts, administrators): planning is theirs, never the providers'.</summary>
    public const string Ministry = nameof(Ministry);
}
