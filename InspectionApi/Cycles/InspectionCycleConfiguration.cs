using Inspection.Api.RuleSets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Cycles;

internal sealed class InspectionCycleConfiguration : IEntityTypeConfiguration<InspectionCycle>
{
    public void Configure(EntityTypeBuilder<InspectionCycle> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.ServiceType).HasMaxLength(50);
        builder.HasOne<RuleSetVersion>().WithMany().HasForeignKey(c => c.RuleSetVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}
