using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Jobs;

internal sealed class PendingJobConfiguration : IEntityTypeConfiguration<PendingJob>
{
    public void Configure(EntityTypeBuilder<PendingJob> builder)
    {
        builder.Property(p => p.Job).HasMaxLength(200);
        builder.Property(p => p.Invocation).HasMaxLength(4000);
        builder.Property(p => p.BackgroundJobId).HasMaxLength(100);
        builder.HasIndex(p => p.CreatedAt);
    }
}
