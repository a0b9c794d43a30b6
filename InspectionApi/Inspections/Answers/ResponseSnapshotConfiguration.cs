using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Inspections.Answers;

internal sealed class ResponseSnapshotConfiguration : IEntityTypeConfiguration<ResponseSnapshot>
{
    public void Configure(EntityTypeBuilder<ResponseSnapshot> builder)
    {
        builder.ToTable("ResponseSnapshots");
        builder.HasKey(s => s.InspectionId);
        builder.HasOne<FacilityInspection>().WithOne(i => i.Snapshot).HasForeignKey<ResponseSnapshot>(s => s.InspectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
