using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.RuleSets;

internal sealed class RuleSetVersionConfiguration : IEntityTypeConfiguration<RuleSetVersion>
{
    public void Configure(EntityTypeBuilder<RuleSetVersion> builder)
    {
        builder.HasIndex(r => new { r.RuleSetId, r.Version }).IsUnique();
        builder.Property(r => r.RuleSetId).HasMaxLength(100);
        builder.Property(r => r.Version).HasMaxLength(30);
        builder.Property(r => r.ServiceType).HasMaxLength(50);
        builder.Property(r => r.ContentHash).HasMaxLength(80);
        builder.Property(r => r.SourceName).HasMaxLength(300);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(r => r.Moniker);
    }
}
