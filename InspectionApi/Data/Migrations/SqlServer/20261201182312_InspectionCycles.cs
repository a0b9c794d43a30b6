using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inspection.Api.Data.Migrations.SqlServer
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
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ScheduleFixed",
                table: "Inspections",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "RuleSetVersionId",
                table: "Cycles",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UnannouncedSeed",
                table: "Cycles",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "PlanningPolicies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ServiceType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    IntervalMonths = table.Column<int>(type: "int", nullable: false),
                    MaxIntervalMonths = table.Column<int>(type: "int", nullable: false),
                    SoonerAfterPoorMonths = table.Column<int>(type: "int", nullable: false),
                    PoorRatings = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    PoorScoreBelow = table.Column<decimal>(type: "decimal(9,6)", precision: 9, scale: 6, nullable: true),
                    FollowUpWithinDays = table.Column<int>(type: "int", nullable: false),
                    SelfAssessmentLeadDays = table.Column<int>(type: "int", nullable: false),
                    UnannouncedShare = table.Column<decimal>(type: "decimal(9,6)", precision: 9, scale: 6, nullable: false),
                    HorizonDays = table.Column<int>(type: "int", nullable: false),
                    ReminderDaysBefore = table.Column<int>(type: "int", nullable: false),
                    EscalateAfterDays = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanningPolicies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_PlanningKey",
                table: "Inspections",
                column: "PlanningKey",
                unique: true,
                filter: "[PlanningKey] IS NOT NULL");

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
