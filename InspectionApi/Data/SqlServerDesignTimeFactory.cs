using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Inspection.Api.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server context without a server.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerInspectionDbContext>
{
    public SqlServerInspectionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerInspectionDbContext>().UseSqlServer("Server=.;Database=Inspection;Integrated Security=true;TrustServerCertificate=true").Options);
}
