using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Inspection.Api.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteInspectionDbContext>
{
    public SqliteInspectionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteInspectionDbContext>().UseSqlite("Data Source=design.db").Options);
}
