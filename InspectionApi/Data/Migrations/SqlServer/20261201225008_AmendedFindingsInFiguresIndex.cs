using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inspection.Api.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AmendedFindingsInFiguresIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Findings_InspectionId_StandardCode_Status_Grade_Withdrawn",
                table: "Findings");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_InspectionId_StandardCode_Status_Grade_Withdrawn_AmendedStatus_AmendedGrade",
                table: "Findings",
                columns: new[] { "InspectionId", "StandardCode", "Status", "Grade", "Withdrawn", "AmendedStatus", "AmendedGrade" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Findings_InspectionId_StandardCode_Status_Grade_Withdrawn_AmendedStatus_AmendedGrade",
                table: "Findings");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_InspectionId_StandardCode_Status_Grade_Withdrawn",
                table: "Findings",
                columns: new[] { "InspectionId", "StandardCode", "Status", "Grade", "Withdrawn" });
        }
    }
}
