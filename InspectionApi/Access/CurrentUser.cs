using System.Security.Claims;

namespace Inspection.Api.Access;

/// <summary>Who is making the current request (or, for jobs and seeding, the system).</summary>
public sealed class CurrentUser
{
    public Guid? Id { get; private set; }

    public string? UserName { get; private set; }

    public Role? Role { get; private set; }

    public Guid? OperatorId { get; private set; }

    public string? District { get; private set; }

    public bool IsAuthenticated => Id is not null;

    internal void Set(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return;
        }

        Id = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
        UserName = principal.FindFirstValue(ClaimTypes.Name);
        Role = Enum.TryParse<Role>(principal.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;
        OperatorId = Guid.TryParse(principal.FindFirstValue(AccessClaims.Operator), out var op) ? op : null;
        District = principal.FindFirstValue(AccessClaims.District);
    }

    internal void SetSystem(string name)
    {
        Id = null;
        UserName = name;
        Role = Access.Role.Administrator;
    }
}
