using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Inspections.Results;

internal sealed class DomainScoreRecordConfiguration : IEntityTypeConfiguration<DomainScoreRecord>
{
    public void Configure(EntityTypeBuilder<DomainScoreRecord> builder)
    {
        builder.ToTable("DomainScores");
        builder.Property(d => d.Domain).HasMaxLength(100);
        builder.Property(d => d.Weight).HasPrecision(9, 6);
        builder.Property(d => d.Score).HasPrecision(9, 6);
        builder.HasIndex(d => new { d.InspectionId, d.Domain }).IsUnique();
    }
}
