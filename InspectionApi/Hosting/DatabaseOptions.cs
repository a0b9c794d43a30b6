namespace Inspection.Api.Hosting;

/// <summary>The database (section "Database").</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>SqlServer</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Connection string; for SQLite, empty means a file in the data folder.</summary>
    public string? ConnectionString { get; set; }
}
