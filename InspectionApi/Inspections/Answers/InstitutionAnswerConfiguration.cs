using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Inspections.Answers;

internal sealed class InstitutionAnswerConfiguration : IEntityTypeConfiguration<InstitutionAnswer>
{
    public void Configure(EntityTypeBuilder<InstitutionAnswer> builder)
    {
        builder.Property(a => a.QuestionCode).HasMaxLength(100);
        builder.HasIndex(a => new { a.InspectionId, a.QuestionCode }).IsUnique();
    }
}
