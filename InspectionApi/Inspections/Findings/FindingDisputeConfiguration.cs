using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Inspections.Findings;

internal sealed class FindingDisputeConfiguration : IEntityTypeConfiguration<FindingDispute>
{
    public void Configure(EntityTypeBuilder<FindingDispute> builder)
    {
        builder.ToTable("Disputes");
        builder.Property(d => d.Reason).HasMaxLength(4000);
        builder.Property(d => d.DecisionNote).HasMaxLength(4000);
        builder.Property(d => d.Decision).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<FindingRecord>().WithMany().HasForeignKey(d => d.FindingId).OnDelete(DeleteBehavior.Restrict);

        // At most one open dispute per finding, whatever races: the database refuses a second one.
        builder.HasIndex(d => d.FindingId).IsUnique().HasFilter("\"Decision\" IS NULL").HasDatabaseName("IX_Disputes_FindingId_Open");
    }
}
