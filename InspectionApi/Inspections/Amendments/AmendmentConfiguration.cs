using Inspection.Api.Inspections.Findings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Inspections.Amendments;

internal sealed class AmendmentConfiguration : IEntityTypeConfiguration<Amendment>
{
    public void Configure(EntityTypeBuilder<Amendment> builder)
    {
        builder.ToTable("Amendments");
        builder.Property(a => a.StandardCode).HasMaxLength(50);
        builder.Property(a => a.ComputedStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ComputedScope).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ComputedGrade).HasMaxLength(10);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Scope).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Grade).HasMaxLength(10);
        builder.Property(a => a.Reason).HasMaxLength(4000);
        builder.Property(a => a.Evidence).HasMaxLength(4000);
        builder.Property(a => a.Attachments).HasMaxLength(2000);
        builder.Property(a => a.AmendedByName).HasMaxLength(200);
        builder.Property(a => a.Review).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ReviewNote).HasMaxLength(4000);
        builder.Property(a => a.ReviewedByName).HasMaxLength(200);
        builder.Property(a => a.Ending).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(a => a.AttachmentIds);
        builder.Ignore(a => a.IsCurrent);
        builder.HasOne<FindingRecord>().WithMany().HasForeignKey(a => a.FindingId).OnDelete(DeleteBehavior.Restrict);

        // Two amendments made at once cannot both count: each increments the inspection's revision (a concurrency token).
        builder.HasIndex(a => new { a.InspectionId, a.AmendedAt });
    }
}
