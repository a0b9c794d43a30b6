using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Data;

/// <summary>The SQL Server flavour (production), with its own migrations.</summary>
public sealed class SqlServerInspectionDbContext(DbContextOptions<SqlServerInspectionDbContext> options) : InspectionDbContext(options);
