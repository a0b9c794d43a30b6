using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Corrections;

internal sealed class CorrectionPlanConfiguration : IEntityTypeConfiguration<CorrectionPlan>
{
    public void Configure(EntityTypeBuilder<CorrectionPlan> builder)
    {
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ReviewNote).HasMaxLength(4000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Inspections.FacilityInspection>().WithMany().HasForeignKey(p => p.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.InspectionId, p.Purpose }).IsUnique();
        builder.HasMany(p => p.Actions).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
