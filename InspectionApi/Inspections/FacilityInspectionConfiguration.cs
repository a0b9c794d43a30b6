using Inspection.Api.Cycles;
using Inspection.Api.Inspections.Evaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inspection.Api.Inspections;

internal sealed class FacilityInspectionConfiguration : IEntityTypeConfiguration<FacilityInspection>
{
    public void Configure(EntityTypeBuilder<FacilityInspection> builder)
    {
        builder.ToTable("Inspections");
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.Rating).HasMaxLength(50);
        builder.Property(i => i.ScoreBand).HasMaxLength(50);
        builder.Property(i => i.OverallScore).HasPrecision(9, 6);
        builder.Property(i => i.Rechecked).HasMaxLength(4000);
        builder.Property(i => i.CancellationReason).HasMaxLength(1000);
        builder.Property(i => i.EscalateTo).HasConversion<string>().HasMaxLength(20);
        builder.PrimitiveCollection(i => i.NotRatedReasons);
        builder.Property(i => i.PlanningKey).HasMaxLength(200);
        builder.Property(i => i.EvaluationRequest).HasConversion<string>().HasMaxLength(20).HasDefaultValue(EvaluationOnSubmit.None);
        builder.Property(i => i.EvaluationError).HasMaxLength(2000);

        // The planner's idempotence: one visit per key, however often (and on however many servers) it runs.
        builder.HasIndex(i => i.PlanningKey).IsUnique();
        builder.HasIndex(i => new { i.SupervisorId, i.PlannedDate });

        // Every change increments one of these: of two concurrent changes, exactly one is saved.
        builder.Property(i => i.AnswersVersion).IsConcurrencyToken();
        builder.Property(i => i.Revision).IsConcurrencyToken();

        builder.HasOne(i => i.Facility).WithMany().HasForeignKey(i => i.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.RuleSetVersion).WithMany().HasForeignKey(i => i.RuleSetVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InspectionCycle>().WithMany().HasForeignKey(i => i.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FacilityInspection>().WithMany().HasForeignKey(i => i.FollowUpOfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FacilityInspection>().WithMany().HasForeignKey(i => i.PreviousInspectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Answers).WithOne().HasForeignKey(a => a.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Residents).WithOne().HasForeignKey(r => r.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Census).WithOne().HasForeignKey(c => c.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Findings).WithOne().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Disputes).WithOne().HasForeignKey(d => d.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Amendments).WithOne().HasForeignKey(a => a.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.DomainScores).WithOne().HasForeignKey(d => d.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(i => i.Caps, caps =>
        {
            caps.ToJson();
            caps.PrimitiveCollection(c => c.Standards);
        });
        builder.OwnsMany(i => i.Consequences, consequences =>
        {
            consequences.ToJson();
            consequences.Property(c => c.EscalateTo).HasConversion<string>();
            consequences.PrimitiveCollection(c => c.Facts);
        });
        builder.OwnsOne(i => i.Coverage, coverage =>
        {
            coverage.ToJson();
            coverage.PrimitiveCollection(c => c.Unjudged);
            coverage.PrimitiveCollection(c => c.RequiredUnjudged);
            coverage.Ignore(c => c.Sufficient);
        });
        builder.OwnsMany(i => i.ResultChanges, changes => changes.ToJson());
        foreach (var navigation in new[] { "Answers", "Residents", "Census", "Findings", "Disputes", "DomainScores", "Caps", "Consequences", "ResultChanges", "Amendments" })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }

        builder.Ignore(i => i.AcceptsAnswers);
        builder.Ignore(i => i.RecheckedStandards);
        builder.Ignore(i => i.WithdrawnStandards);
        builder.Ignore(i => i.IsFullVisit);
        builder.Ignore(i => i.AmendedFindings);
        builder.HasIndex(i => new { i.FacilityId, i.PlannedDate });
    }
}
