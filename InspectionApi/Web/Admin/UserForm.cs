using Inspection.Web.Shell;

namespace Inspection.Web.Admin;

/// <summary>The fields of an account being created or changed; only the district or operator its role needs is sent.</summary>
public sealed class UserForm
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = Roles.Supervisor;
    public string District { get; set; } = "";
    public Guid? OperatorId { get; set; }
    public string Password { get; set; } = "";

    public static UserForm From(UserAccount user) => new()
    {
        UserName = user.UserName,
        DisplayName = user.DisplayName,
        Role = user.Role,
        District = user.District ?? "",
        OperatorId = user.OperatorId,
    };

    public object CreateRequest() => new { UserName = UserName.Trim(), DisplayName, Role, Password, OperatorId = Operator, District = DistrictSent };

    public object UpdateRequest() => new { DisplayName, Role, OperatorId = Operator, District = DistrictSent };

    private Guid? Operator => Role == Roles.Provider ? OperatorId : null;

    private string? DistrictSent => Role == Roles.Supervisor ? District : null;
}
