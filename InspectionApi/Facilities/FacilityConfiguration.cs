using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Facilities;

internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.ServiceType).HasMaxLength(50);
        builder.Property(f => f.Region).HasMaxLength(100);
        builder.Property(f => f.District).HasMaxLength(100);
        builder.Property(f => f.LicenceNumber).HasMaxLength(50);
        builder.HasOne(f => f.Operator).WithMany().HasForeignKey(f => f.OperatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.District);
    }
}
