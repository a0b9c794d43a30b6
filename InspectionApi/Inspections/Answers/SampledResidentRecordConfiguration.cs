using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Inspections.Answers;

internal sealed class SampledResidentRecordConfiguration : IEntityTypeConfiguration<SampledResidentRecord>
{
    public void Configure(EntityTypeBuilder<SampledResidentRecord> builder)
    {
        builder.ToTable("SampledResidents");
        builder.Property(r => r.Code).HasMaxLength(50);
        builder.Property(r => r.Tracers).HasMaxLength(500);
        builder.HasIndex(r => new { r.InspectionId, r.Code }).IsUnique();
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResidentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Answers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.TracerCodes);
    }
}
