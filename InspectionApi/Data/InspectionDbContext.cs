using Inspection.Api.Access;
using Inspection.Api.Audit;
using Inspection.Api.Corrections;
using Inspection.Api.Cycles;
using Inspection.Api.Facilities;
using Inspection.Api.Inspections;
using Inspection.Api.Inspections.Answers;
using Inspection.Api.Inspections.Findings;
using Inspection.Api.Jobs;
using Inspection.Api.Notifications;
using Inspection.Api.Reports;
using Inspection.Api.RuleSets;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Data;

/// <summary>
/// The inspection service's database. Provider-neutral: <see cref="SqliteInspectionDbContext"/> and
/// <see cref="SqlServerInspectionDbContext"/> exist only so that each provider has its own migrations.
/// Each entity's configuration lives next to it (<c>IEntityTypeConfiguration</c>).
/// </summary>
public abstract class InspectionDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Operator> Operators => Set<Operator>();

    public DbSet<Facility> Facilities => Set<Facility>();

    public DbSet<RuleSetVersion> RuleSetVersions => Set<RuleSetVersion>();

    public DbSet<InspectionCycle> Cycles => Set<InspectionCycle>();

    public DbSet<PlanningPolicy> PlanningPolicies => Set<PlanningPolicy>();

    public DbSet<FacilityInspection> Inspections => Set<FacilityInspection>();

    public DbSet<InstitutionAnswer> InstitutionAnswers => Set<InstitutionAnswer>();

    public DbSet<SampledResidentRecord> SampledResidents => Set<SampledResidentRecord>();

    public DbSet<FindingRecord> Findings => Set<FindingRecord>();

    public DbSet<FindingDispute> Disputes => Set<FindingDispute>();

    public DbSet<CorrectionPlan> CorrectionPlans => Set<CorrectionPlan>();

    public DbSet<EvidenceAttachment> Attachments => Set<EvidenceAttachment>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<PendingJob> PendingJobs => Set<PendingJob>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<ReportEdition> ReportEditions => Set<ReportEdition>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InspectionDbContext).Assembly);

        // Entities make their own ids (Guid v7), so an entity with an id is not necessarily stored yet:
        // with "never generated" keys, EF adds children found in a collection instead of updating them.
        foreach (var key in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetKeys()).Where(k => k.IsPrimaryKey()))
        {
            foreach (var property in key.Properties.Where(p => p.ClrType == typeof(Guid)))
            {
                property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }
}
