using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inspection.Api.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CycleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DraftVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Done = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: true)
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
