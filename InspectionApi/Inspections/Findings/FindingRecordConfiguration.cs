using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Inspections.Findings;

internal sealed class FindingRecordConfiguration : IEntityTypeConfiguration<FindingRecord>
{
    public void Configure(EntityTypeBuilder<FindingRecord> builder)
    {
        builder.ToTable("Findings");
        builder.Property(f => f.StandardCode).HasMaxLength(50);
        builder.Property(f => f.Domain).HasMaxLength(100);
        builder.Property(f => f.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Severity).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Scope).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.AmendedStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.AmendedSeverity).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.AmendedScope).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.AmendedGrade).HasMaxLength(10);
        builder.Ignore(f => f.CountedStatus);
        builder.Property(f => f.Standing).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Grade).HasMaxLength(10);
        builder.Property(f => f.Rate).HasPrecision(9, 6);
        builder.Property(f => f.Bar).HasPrecision(9, 6);
        builder.HasIndex(f => new { f.InspectionId, f.StandardCode }).IsUnique();

        // Headquarters figures and the what-if read these columns of thousands of findings at once: from the
        // index alone, never the wide rows with their evidence (on the national picture, 4 ms instead of 100
        // for one cycle's 23,000 findings).
        builder.HasIndex(f => new { f.InspectionId, f.StandardCode, f.Status, f.Grade, f.Withdrawn, f.AmendedStatus, f.AmendedGrade });
        builder.Ignore(f => f.IsDeficiency);
        builder.Ignore(f => f.IsOpenDeficiency);
    }
}
