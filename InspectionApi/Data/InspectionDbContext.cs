using Inspection.Api.Access;
using Inspection.Api.Audit;
using Inspection.Api.Corrections;
using Inspection.Api.Cycles;
using Inspection.Api.Facilities;
using Inspection.Api.Inspections;
using Inspection.Api.RuleSets;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Data;

/// <summary>
/// The inspection service's database. Provider-neutral: <see cref="SqliteInspectionDbContext"/> and
/// <see cref="SqlServerInspectionDbContext"/> exist only so that each provider has its own migrations.
/// </summary>
public abstract class InspectionDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Operator> Operators => Set<Operator>();

    public DbSet<Facility> Facilities => Set<Facility>();

    public DbSet<RuleSetVersion> RuleSetVersions => Set<RuleSetVersion>();

    public DbSet<InspectionCycle> Cycles => Set<InspectionCycle>();

    public DbSet<Inspections.Inspection> Inspections => Set<Inspections.Inspection>();

    public DbSet<InstitutionAnswer> InstitutionAnswers => Set<InstitutionAnswer>();

    public DbSet<SampledResident> SampledResidents => Set<SampledResident>();

    public DbSet<FindingRecord> Findings => Set<FindingRecord>();

    public DbSet<FindingDispute> Disputes => Set<FindingDispute>();

    public DbSet<CorrectionPlan> CorrectionPlans => Set<CorrectionPlan>();

    public DbSet<EvidenceAttachment> Attachments => Set<EvidenceAttachment>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Entities make their own ids (Guid v7), so an entity with an id is not necessarily stored yet:
        // with "never generated" keys, EF adds children found in a collection instead of updating them.
        foreach (var key in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetKeys()).Where(k => k.IsPrimaryKey()))
        {
            foreach (var property in key.Properties.Where(p => p.ClrType == typeof(Guid)))
            {
                property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }

        modelBuilder.Entity<User>(e =>
        {
            e.HasIndex(u => u.UserName).IsUnique();
            e.Property(u => u.UserName).HasMaxLength(100);
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.District).HasMaxLength(100);
            e.Property(u => u.Role).HasConversion<string>().HasMaxLength(30);
        });
        modelBuilder.Entity<Operator>(e =>
        {
            e.Property(o => o.Name).HasMaxLength(200);
            e.Property(o => o.RegistrationNumber).HasMaxLength(50);
        });
        modelBuilder.Entity<Facility>(e =>
        {
            e.Property(f => f.Name).HasMaxLength(200);
            e.Property(f => f.ServiceType).HasMaxLength(50);
            e.Property(f => f.Region).HasMaxLength(100);
            e.Property(f => f.District).HasMaxLength(100);
            e.Property(f => f.LicenceNumber).HasMaxLength(50);
            e.HasOne(f => f.Operator).WithMany().HasForeignKey(f => f.OperatorId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(f => f.District);
        });
        modelBuilder.Entity<RuleSetVersion>(e =>
        {
            e.HasIndex(r => new { r.RuleSetId, r.Version }).IsUnique();
            e.Property(r => r.RuleSetId).HasMaxLength(100);
            e.Property(r => r.Version).HasMaxLength(30);
            e.Property(r => r.ServiceType).HasMaxLength(50);
            e.Property(r => r.ContentHash).HasMaxLength(80);
            e.Property(r => r.SourceName).HasMaxLength(300);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Ignore(r => r.Moniker);
        });
        modelBuilder.Entity<InspectionCycle>(e =>
        {
            e.Property(c => c.Name).HasMaxLength(200);
            e.Property(c => c.ServiceType).HasMaxLength(50);
        });
        modelBuilder.Entity<Inspections.Inspection>(e =>
        {
            e.Property(i => i.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(40);
            e.Property(i => i.Rating).HasMaxLength(50);
            e.Property(i => i.OverallScore).HasPrecision(9, 6);
            e.Property(i => i.AnswersVersion).IsConcurrencyToken();
            e.HasOne(i => i.Facility).WithMany().HasForeignKey(i => i.FacilityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(i => i.RuleSetVersion).WithMany().HasForeignKey(i => i.RuleSetVersionId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(i => i.Answers).WithOne().HasForeignKey(a => a.InspectionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(i => i.Residents).WithOne().HasForeignKey(r => r.InspectionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(i => i.Findings).WithOne().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(i => i.Answers).UsePropertyAccessMode(PropertyAccessMode.Field);
            e.Navigation(i => i.Residents).UsePropertyAccessMode(PropertyAccessMode.Field);
            e.Navigation(i => i.Findings).UsePropertyAccessMode(PropertyAccessMode.Field);
            e.Ignore(i => i.AcceptsAnswers);
            e.HasIndex(i => new { i.FacilityId, i.PlannedDate });
        });
        modelBuilder.Entity<InstitutionAnswer>(e =>
        {
            e.Property(a => a.QuestionCode).HasMaxLength(100);
            e.HasIndex(a => new { a.InspectionId, a.QuestionCode }).IsUnique();
        });
        modelBuilder.Entity<SampledResident>(e =>
        {
            e.Property(r => r.Code).HasMaxLength(50);
            e.Property(r => r.Tracers).HasMaxLength(500);
            e.HasIndex(r => new { r.InspectionId, r.Code }).IsUnique();
            e.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResidentId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(r => r.Answers).UsePropertyAccessMode(PropertyAccessMode.Field);
            e.Ignore(r => r.TracerCodes);
        });
        modelBuilder.Entity<ResidentAnswer>(e =>
        {
            e.ToTable("ResidentAnswers");
            e.Property(a => a.QuestionCode).HasMaxLength(100);
            e.HasIndex(a => new { a.ResidentId, a.QuestionCode }).IsUnique();
        });
        modelBuilder.Entity<FindingRecord>(e =>
        {
            e.Property(f => f.StandardCode).HasMaxLength(50);
            e.Property(f => f.Domain).HasMaxLength(100);
            e.Property(f => f.Level).HasConversion<string>().HasMaxLength(20);
            e.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(f => f.Severity).HasConversion<string>().HasMaxLength(20);
            e.Property(f => f.Scope).HasConversion<string>().HasMaxLength(20);
            e.Property(f => f.Grade).HasMaxLength(10);
            e.Property(f => f.Rate).HasPrecision(9, 6);
            e.Ignore(f => f.IsDeficiency);
        });
        modelBuilder.Entity<FindingDispute>(e =>
        {
            e.Property(d => d.Reason).HasMaxLength(4000);
            e.Property(d => d.DecisionNote).HasMaxLength(4000);
            e.Property(d => d.Decision).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(d => d.FindingId);
        });
        modelBuilder.Entity<CorrectionPlan>(e =>
        {
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.ReviewNote).HasMaxLength(4000);
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasIndex(p => p.InspectionId).IsUnique();
            e.HasMany(p => p.Actions).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(p => p.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<CorrectionAction>(e =>
        {
            e.ToTable("CorrectionActions");
            e.Property(a => a.Description).HasMaxLength(4000);
            e.Property(a => a.Owner).HasMaxLength(200);
        });
        modelBuilder.Entity<EvidenceAttachment>(e =>
        {
            e.Property(a => a.QuestionCode).HasMaxLength(100);
            e.Property(a => a.ResidentCode).HasMaxLength(50);
            e.Property(a => a.FileName).HasMaxLength(260);
            e.Property(a => a.ContentType).HasMaxLength(100);
            e.Property(a => a.Sha256).HasMaxLength(64);
            e.HasIndex(a => a.InspectionId);
        });
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.Property(a => a.Entity).HasMaxLength(100);
            e.Property(a => a.EntityId).HasMaxLength(100);
            e.Property(a => a.Action).HasMaxLength(20);
            e.Property(a => a.UserName).HasMaxLength(100);
            e.HasIndex(a => new { a.Entity, a.EntityId });
        });
    }
}
