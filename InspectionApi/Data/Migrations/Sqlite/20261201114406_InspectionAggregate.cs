using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inspection.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InspectionAggregate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Findings_InspectionId",
                table: "Findings");

            migrationBuilder.DropIndex(
                name: "IX_Disputes_FindingId",
                table: "Disputes");

            migrationBuilder.DropIndex(
                name: "IX_CorrectionPlans_InspectionId",
                table: "CorrectionPlans");

            migrationBuilder.AddColumn<string>(
                name: "CancellationReason",
                table: "Inspections",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Caps",
                table: "Inspections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Rechecked",
                table: "Inspections",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ResultChanges",
                table: "Inspections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "Inspections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ScoreBand",
                table: "Inspections",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Applicable",
                table: "Findings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Bar",
                table: "Findings",
                type: "TEXT",
                precision: 9,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CheckedByFollowUpId",
                table: "Findings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Known",
                table: "Findings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Satisfying",
                table: "Findings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Standing",
                table: "Findings",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "CorrectionPlans",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "DomainScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: false),
                    Met = table.Column<int>(type: "INTEGER", nullable: false),
                    NotMet = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DomainScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DomainScores_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TracerCensus",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TracerCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Residents = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TracerCensus", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TracerCensus_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_CycleId",
                table: "Inspections",
                column: "CycleId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_FollowUpOfId",
                table: "Inspections",
                column: "FollowUpOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_InspectionId_StandardCode",
                table: "Findings",
                columns: new[] { "InspectionId", "StandardCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_FindingId_Open",
                table: "Disputes",
                column: "FindingId",
                unique: true,
                filter: "\"Decision\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_InspectionId",
                table: "Disputes",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionPlans_InspectionId_Purpose",
                table: "CorrectionPlans",
                columns: new[] { "InspectionId", "Purpose" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DomainScores_InspectionId_Domain",
                table: "DomainScores",
                columns: new[] { "InspectionId", "Domain" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TracerCensus_InspectionId_TracerCode",
                table: "TracerCensus",
                columns: new[] { "InspectionId", "TracerCode" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_CorrectionPlans_Inspections_InspectionId",
                table: "CorrectionPlans",
                column: "InspectionId",
                principalTable: "Inspections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Disputes_Findings_FindingId",
                table: "Disputes",
                column: "FindingId",
                principalTable: "Findings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Disputes_Inspections_InspectionId",
                table: "Disputes",
                column: "InspectionId",
                principalTable: "Inspections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Inspections_Cycles_CycleId",
                table: "Inspections",
                column: "CycleId",
                principalTable: "Cycles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Inspections_Inspections_FollowUpOfId",
                table: "Inspections",
                column: "FollowUpOfId",
                principalTable: "Inspections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CorrectionPlans_Inspections_InspectionId",
                table: "CorrectionPlans");

            migrationBuilder.DropForeignKey(
                name: "FK_Disputes_Findings_FindingId",
                table: "Disputes");

            migrationBuilder.DropForeignKey(
                name: "FK_Disputes_Inspections_InspectionId",
                table: "Disputes");

            migrationBuilder.DropForeignKey(
                name: "FK_Inspections_Cycles_CycleId",
                table: "Inspections");

            migrationBuilder.DropForeignKey(
                name: "FK_Inspections_Inspections_FollowUpOfId",
                table: "Inspections");

            migrationBuilder.DropTable(
                name: "DomainScores");

            migrationBuilder.DropTable(
                name: "TracerCensus");

            migrationBuilder.DropIndex(
                name: "IX_Inspections_CycleId",
                table: "Inspections");

            migrationBuilder.DropIndex(
                name: "IX_Inspections_FollowUpOfId",
                table: "Inspections");

            migrationBuilder.DropIndex(
                name: "IX_Findings_InspectionId_StandardCode",
                table: "Findings");

            migrationBuilder.DropIndex(
                name: "IX_Disputes_FindingId_Open",
                table: "Disputes");

            migrationBuilder.DropIndex(
                name: "IX_Disputes_InspectionId",
                table: "Disputes");

            migrationBuilder.DropIndex(
                name: "IX_CorrectionPlans_InspectionId_Purpose",
                table: "CorrectionPlans");

            migrationBuilder.DropColumn(
                name: "CancellationReason",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "Caps",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "Rechecked",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "ResultChanges",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "ScoreBand",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "Applicable",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "Bar",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "CheckedByFollowUpId",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "Known",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "Satisfying",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "Standing",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "CorrectionPlans");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_InspectionId",
                table: "Findings",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_FindingId",
                table: "Disputes",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionPlans_InspectionId",
                table: "CorrectionPlans",
                column: "InspectionId",
                unique: true);
        }
    }
}
