namespace Inspection.Web.Provider;

/// <summary>One action as the plan's form edits it: the finding it answers and the three fields the provider fills.</summary>
public sealed class PlanActionRow(PlanFinding finding)
{
    public PlanFinding Finding { get; } = finding;

    public string Description { get; set; } = "";

    public string Owner { get; set; } = "";

    /// <summary>The due date as the date input holds it (yyyy-MM-dd), empty until chosen.</summary>
    public string DueDate { get; set; } = "";

    public bool IsEmpty => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Owner) && string.IsNullOrWhiteSpace(DueDate);

    public DateOnly? Due => DateOnly.TryParseExact(DueDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;

    /// <summary>Set by the last check of the form: which field is missing or wrong.</summary>
    public bool DescriptionMissing { get; set; }

    public bool OwnerMissing { get; set; }

    public bool DueDateWrong { get; set; }

    public static PlanActionRow From(PlanFinding finding, PlanAction? action) => new(finding)
    {
        Description = action?.Description ?? "",
        Owner = action?.Owner ?? "",
        DueDate = action?.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Marks what is missing or wrong (when <paramref name="required"/> or anything is filled); true when the row can be saved as it is.</summary>
    public bool Check(bool required, DateOnly today)
    {
        if (!required && IsEmpty)
        {
            DescriptionMissing = OwnerMissing = DueDateWrong = false;
            return true;
        }

        DescriptionMissing = string.IsNullOrWhiteSpace(Description);
        OwnerMissing = string.IsNullOrWhiteSpace(Owner);
        DueDateWrong = Due is not { } due || due < today;
        return !(DescriptionMissing || OwnerMissing || DueDateWrong);
    }

    public object ToRequest() => new { findingId = Finding.Id, description = Description.Trim(), owner = Owner.Trim(), dueDate = Due };
}
