namespace Inspection.Api.Access;

/// <summary>A person who signs in. Providers belong to an operator; supervisors work in a district.</summary>
public sealed class User
{
    private User()
    {
    }

    public User(string userName, string displayName, Role role, string passwordHash, Guid? operatorId = null, string? district = null)
    {
        UserName = userName;
        DisplayName = displayName;
        Role = role;
        PasswordHash = passwordHash;
        OperatorId = operatorId;
        District = district;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string UserName { get; private set; } = string.Empty;

    public string DisplayName { get; private set; } = string.Empty;

    public Role Role { get; private set; }

    public string PasswordHash { get; private set; } = string.Empty;

    /// <summary>For providers: the operator whose facilities they may see.</summary>
    public Guid? OperatorId { get; private set; }

    /// <summary>For supervisors: the district whose facilities they inspect.</summary>
    public string? District { get; private set; }

    /// <summary>
    /// Changes whenever what a token says about the user stops being true (role, operator, district,
    /// password). Tokens carry the stamp they were issued with; one with an old stamp is refused.
    /// </summary>
    public string SecurityStamp { get; private set; } = NewStamp();

    public void Rename(string displayName) => DisplayName = displayName;

    /// <summary>Gives the user a role (with its operator or district); tokens issued before a change stop working.</summary>
    public void Assign(Role role, Guid? operatorId, string? district)
    {
        if (role == Role && operatorId == OperatorId && district == District)
        {
            return;
        }

        Role = role;
        OperatorId = operatorId;
        District = district;
        SecurityStamp = NewStamp();
    }

    /// <summary>Sets a new password hash; tokens issued before it stop working.</summary>
    public void SetPasswordHash(string passwordHash)
    {
        PasswordHash = passwordHash;
        SecurityStamp = NewStamp();
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
