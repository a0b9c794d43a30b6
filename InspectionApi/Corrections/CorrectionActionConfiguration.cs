using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Corrections;

internal sealed class CorrectionActionConfiguration : IEntityTypeConfiguration<CorrectionAction>
{
    public void Configure(EntityTypeBuilder<CorrectionAction> builder)
    {
        builder.ToTable("CorrectionActions");
        builder.Property(a => a.Description).HasMaxLength(4000);
        builder.Property(a => a.Owner).HasMaxLength(200);
    }
}
