using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Data;

/// <summary>The SQLite flavour (the embedded default), with its own migrations.</summary>
public sealed class SqliteInspectionDbContext(DbContextOptions<SqliteInspectionDbContext> options) : InspectionDbContext(options);
