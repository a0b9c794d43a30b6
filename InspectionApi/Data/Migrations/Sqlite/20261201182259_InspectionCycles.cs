using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inspection.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InspectionCycles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PlanningKey",
                table: "Inspections",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ScheduleFixed",
                table: "Inspections",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "RuleSetVersionId",
                table: "Cycles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UnannouncedSeed",
                table: "Cycles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "PlanningPolicies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IntervalMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxIntervalMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    SoonerAfterPoorMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    PoorRatings = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PoorScoreBelow = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    FollowUpWithinDays = table.Column<int>(type: "INTEGER", nullable: false),
                    SelfAssessmentLeadDays = table.Column<int>(type: "INTEGER", nullable: false),
                    UnannouncedShare = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: false),
                    HorizonDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ReminderDaysBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    EscalateAfterDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanningPolicies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_PlanningKey",
                table: "Inspections",
                column: "PlanningKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_SupervisorId_PlannedDate",
                table: "Inspections",
                columns: new[] { "SupervisorId", "PlannedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Cycles_RuleSetVersionId",
                table: "Cycles",
                column: "RuleSetVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanningPolicies_ServiceType",
                table: "PlanningPolicies",
                column: "ServiceType",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Cycles_RuleSetVersions_RuleSetVersionId",
                table: "Cycles",
                column: "RuleSetVersionId",
                principalTable: "RuleSetVersions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cycles_RuleSetVersions_RuleSetVersionId",
                table: "Cycles");

            migrationBuilder.DropTable(
                name: "PlanningPolicies");

            migrationBuilder.DropIndex(
                name: "IX_Inspections_PlanningKey",
                table: "Inspections");

            migrationBuilder.DropIndex(
                name: "IX_Inspections_SupervisorId_PlannedDate",
                table: "Inspections");

            migrationBuilder.DropIndex(
                name: "IX_Cycles_RuleSetVersionId",
                table: "Cycles");

            migrationBuilder.DropColumn(
                name: "PlanningKey",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "ScheduleFixed",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "RuleSetVersionId",
                table: "Cycles");

            migrationBuilder.DropColumn(
                name: "UnannouncedSeed",
                table: "Cycles");
        }
    }
}
