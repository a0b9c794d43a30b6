using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inspection.Api.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class HeadquartersComparison : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WhatIfRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CycleId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DraftVersionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Total = table.Column<int>(type: "int", nullable: false),
                    Done = table.Column<int>(type: "int", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ResultJson = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WhatIfRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WhatIfRuns_Cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "Cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WhatIfRuns_RuleSetVersions_DraftVersionId",
                        column: x => x.DraftVersionId,
                        principalTable: "RuleSetVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Findings_InspectionId_StandardCode_Status_Grade_Withdrawn",
                table: "Findings",
                columns: new[] { "InspectionId", "StandardCode", "Status", "Grade", "Withdrawn" });

            migrationBuilder.CreateIndex(
                name: "IX_WhatIfRuns_CycleId",
                table: "WhatIfRuns",
                column: "CycleId");

            migrationBuilder.CreateIndex(
                name: "IX_WhatIfRuns_DraftVersionId",
                table: "WhatIfRuns",
                column: "DraftVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_WhatIfRuns_Status",
                table: "WhatIfRuns",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WhatIfRuns");

            migrationBuilder.DropIndex(
                name: "IX_Findings_InspectionId_StandardCode_Status_Grade_Withdrawn",
                table: "Findings");
        }
    }
}
