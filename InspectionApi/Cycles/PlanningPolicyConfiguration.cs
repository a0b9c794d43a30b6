using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Cycles;

internal sealed class PlanningPolicyConfiguration : IEntityTypeConfiguration<PlanningPolicy>
{
    public void Configure(EntityTypeBuilder<PlanningPolicy> builder)
    {
        builder.Property(p => p.ServiceType).HasMaxLength(50);
        builder.HasIndex(p => p.ServiceType).IsUnique();
        builder.Property(p => p.PoorRatings).HasMaxLength(500);
        builder.Property(p => p.PoorScoreBelow).HasPrecision(9, 6);
        builder.Property(p => p.UnannouncedShare).HasPrecision(9, 6);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.PoorRatingList);
        builder.Ignore(p => p.Settings);
    }
}
