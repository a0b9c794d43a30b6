using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Jobs;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.Property(r => r.BackgroundJobId).HasMaxLength(100);
        builder.Property(r => r.Job).HasMaxLength(200);
        builder.Property(r => r.Arguments).HasMaxLength(2000);
        builder.Property(r => r.RecurringJobId).HasMaxLength(100);
        builder.Property(r => r.Server).HasMaxLength(200);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Summary).HasMaxLength(2000);
        builder.Property(r => r.Error).HasMaxLength(8000);

        // An attempt is recorded once, however often Hangfire elects its state.
        builder.HasIndex(r => new { r.BackgroundJobId, r.Attempt }).IsUnique();
        builder.HasIndex(r => r.StartedAt);
        builder.HasIndex(r => new { r.RecurringJobId, r.StartedAt });
    }
}
