using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Inspections.Answers;

internal sealed class ResidentAnswerConfiguration : IEntityTypeConfiguration<ResidentAnswer>
{
    public void Configure(EntityTypeBuilder<ResidentAnswer> builder)
    {
        builder.ToTable("ResidentAnswers");
        builder.Property(a => a.QuestionCode).HasMaxLength(100);
        builder.HasIndex(a => new { a.ResidentId, a.QuestionCode }).IsUnique();
    }
}
