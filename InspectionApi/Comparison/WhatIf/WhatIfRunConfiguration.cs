using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Comparison.WhatIf;

internal sealed class WhatIfRunConfiguration : IEntityTypeConfiguration<WhatIfRun>
{
    public void Configure(EntityTypeBuilder<WhatIfRun> builder)
    {
        builder.ToTable("WhatIfRuns");
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Error).HasMaxLength(2000);
        builder.HasOne<Cycles.InspectionCycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RuleSets.RuleSetVersion>().WithMany().HasForeignKey(r => r.DraftVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.Status);
        builder.Ignore(r => r.IsFinished);
    }
}
