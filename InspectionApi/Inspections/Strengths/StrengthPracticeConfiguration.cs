using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Inspections.Strengths;

internal sealed class StrengthPracticeConfiguration : IEntityTypeConfiguration<StrengthPractice>
{
    public void Configure(EntityTypeBuilder<StrengthPractice> builder)
    {
        builder.ToTable("StrengthPractices");
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Subject).HasMaxLength(64);
        builder.Property(p => p.Text).HasMaxLength(StrengthPractice.MaxLength);
        builder.HasOne<FacilityInspection>().WithMany().HasForeignKey(p => p.InspectionId).OnDelete(DeleteBehavior.Cascade);

        // One practice per strength, whatever races: the database refuses a second one.
        builder.HasIndex(p => new { p.InspectionId, p.Kind, p.Subject }).IsUnique();
    }
}
