using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inspection.Api.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EvaluationOnSubmit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EvaluationError",
                table: "Inspections",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EvaluationFailures",
                table: "Inspections",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "EvaluationRequest",
                table: "Inspections",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<DateTime>(
                name: "EvaluationRequestedAt",
                table: "Inspections",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EvaluationRetryAt",
                table: "Inspections",
                type: "datetime2",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EvaluationError",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "EvaluationFailures",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "EvaluationRequest",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "EvaluationRequestedAt",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "EvaluationRetryAt",
                table: "Inspections");
        }
    }
}
