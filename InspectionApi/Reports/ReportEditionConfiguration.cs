using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Reports;

internal sealed class ReportEditionConfiguration : IEntityTypeConfiguration<ReportEdition>
{
    public void Configure(EntityTypeBuilder<ReportEdition> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Report).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.Fingerprint).HasMaxLength(64).IsFixedLength();

        // One edition per number: of two jobs issuing the same change at once, the second's save is refused.
        builder.HasIndex(e => new { e.InspectionId, e.Report, e.Number }).IsUnique();
        builder.HasOne<Inspections.FacilityInspection>().WithMany().HasForeignKey(e => e.InspectionId).OnDelete(DeleteBehavior.Restrict);
    }
}
