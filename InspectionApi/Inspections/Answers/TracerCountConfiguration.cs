using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Inspections.Answers;

internal sealed class TracerCountConfiguration : IEntityTypeConfiguration<TracerCount>
{
    public void Configure(EntityTypeBuilder<TracerCount> builder)
    {
        builder.ToTable("TracerCensus");
        builder.Property(c => c.TracerCode).HasMaxLength(100);
        builder.HasIndex(c => new { c.InspectionId, c.TracerCode }).IsUnique();
    }
}
