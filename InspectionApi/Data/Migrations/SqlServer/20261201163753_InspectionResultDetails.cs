using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inspection.Api.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InspectionResultDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Consequences",
                table: "Inspections",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Coverage",
                table: "Inspections",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EscalateTo",
                table: "Inspections",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FollowUpWithinDays",
                table: "Inspections",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotRatedReasons",
                table: "Inspections",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<Guid>(
                name: "PreviousInspectionId",
                table: "Inspections",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_PreviousInspectionId",
                table: "Inspections",
                column: "PreviousInspectionId");

            migrationBuilder.AddForeignKey(
                name: "FK_Inspections_Inspections_PreviousInspectionId",
                table: "Inspections",
                column: "PreviousInspectionId",
                principalTable: "Inspections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Inspections_Inspections_PreviousInspectionId",
                table: "Inspections");

            migrationBuilder.DropIndex(
                name: "IX_Inspections_PreviousInspectionId",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "Consequences",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "Coverage",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "EscalateTo",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "FollowUpWithinDays",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "NotRatedReasons",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "PreviousInspectionId",
                table: "Inspections");
        }
    }
}
