using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Access;

/// <summary>
/// The service's own accounts, managed by administrators. Deleting a user, changing their role,
/// district or operator, or setting their password ends the tokens they hold (see <see cref="UserStateCheck"/>).
/// </summary>
public static class UserEndpoints
{
    private const int DisplayNameLength = 200;
    private const int DistrictLength = 100;

    public static void MapUsers(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Administrator);
        group.MapGet("/", List).WithName("ListUsers").WithSummary("List users")
            .WithDescription("Every account, optionally only those of one role (?role=).").ProducesProblem(400);
        group.MapGet("/{id:guid}", Get).WithName("GetUser").WithSummary("Get a user").WithDescription("One account by its id.").ProducesProblem(404);
        group.MapPost("/", Create).WithName("CreateUser").WithSummary("Create a user")
            .WithDescription("A new account with its role, and the district (supervisors) or operator (providers) it is bound to.").ProducesProblem(409);
        group.MapPut("/{id:guid}", Update).WithName("UpdateUser").WithSummary("Change a user")
            .WithDescription("Role, district, operator or display name; the last administrator stays one.").ProducesProblem(404).ProducesProblem(409);
        group.MapPut("/{id:guid}/password", SetPassword).WithName("SetUserPassword").WithSummary("Set a user's password")
            .WithDescription("An administrator sets a new password; the user's tokens stop working.").ProducesProblem(404);
        group.MapDelete("/{id:guid}", Delete).WithName("DeleteUser").WithSummary("Delete a user")
            .WithDescription("Removes the account; its tokens stop working. The last administrator cannot be deleted.").ProducesProblem(404).ProducesProblem(409);
    }

    public static async Task<Ok<List<UserDto>>> List(InspectionDbContext db, Role? role, CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (role is not null)
        {
            query = query.Where(u => u.Role == role);
        }

        return TypedResults.Ok((await query.OrderBy(u => u.UserName).ToListAsync(cancellationToken)).Select(ToDto).ToList());
    }

    public static async Task<Results<Ok<UserDto>, ProblemHttpResult>> Get(Guid id, InspectionDbContext db, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) is { } user
            ? TypedResults.Ok(ToDto(user))
            : Problems.NotFound("The user");

    public static async Task<Results<Created<UserDto>, ProblemHttpResult>> Create(CreateUserRequest request, InspectionDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (UserNames.Problem(request.UserName) is { } name)
        {
            errors[nameof(request.UserName)] = [name];
        }

        if (PasswordRules.Problem(request.Password) is { } password)
        {
            errors[nameof(request.Password)] = [password];
        }

        CheckDisplayName(errors, request.DisplayName);
        await CheckAssignmentAsync(errors, db, request.Role, request.OperatorId, request.District, cancellationToken);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        if (await db.Users.AnyAsync(u => u.UserName == request.UserName, cancellationToken))
        {
            return Problems.Conflict($"a user named '{request.UserName}' exists already");
        }

        var user = new User(request.UserName!, request.DisplayName!.Trim(), request.Role!.Value, PasswordHasher.Hash(request.Password!),
            request.OperatorId, District(request.Role.Value, request.District));
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/users/{user.Id}", ToDto(user));
    }

    public static async Task<Results<Ok<UserDto>, ProblemHttpResult>> Update(
        Guid id, UpdateUserRequest request, InspectionDbContext db, UserStateCheck users, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        CheckDisplayName(errors, request.DisplayName);
        await CheckAssignmentAsync(errors, db, request.Role, request.OperatorId, request.District, cancellationToken);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return Problems.NotFound("The user");
        }

        if (user.Role == Role.Administrator && request.Role != Role.Administrator && await IsLastAdministratorAsync(db, cancellationToken))
        {
            return Problems.Conflict("this is the last administrator; make someone else an administrator first");
        }

        user.Rename(request.DisplayName!.Trim());
        user.Assign(request.Role!.Value, request.OperatorId, District(request.Role.Value, request.District));
        await db.SaveChangesAsync(cancellationToken);
        users.Forget(id);
        return TypedResults.Ok(ToDto(user));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> SetPassword(
        Guid id, SetPasswordRequest request, InspectionDbContext db, UserStateCheck users, CancellationToken cancellationToken)
    {
        if (PasswordRules.Problem(request.Password) is { } problem)
        {
            return Problems.Invalid(nameof(request.Password), problem);
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return Problems.NotFound("The user");
        }

        user.SetPasswordHash(PasswordHasher.Hash(request.Password!));
        await db.SaveChangesAsync(cancellationToken);
        users.Forget(id);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, InspectionDbContext db, UserStateCheck users, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return Problems.NotFound("The user");
        }

        if (user.Role == Role.Administrator && await IsLastAdministratorAsync(db, cancellationToken))
        {
            return Problems.Conflict("this is the last administrator; make someone else an administrator first");
        }

        db.Users.Remove(user);
        await db.SaveChangesAsync(cancellationToken);
        users.Forget(id);
        return TypedResults.NoContent();
    }

    private static UserDto ToDto(User user) => new(user.Id, user.UserName, user.DisplayName, user.Role, user.OperatorId, user.District);

    private static async Task<bool> IsLastAdministratorAsync(InspectionDbContext db, CancellationToken cancellationToken) =>
        await db.Users.CountAsync(u => u.Role == Role.Administrator, cancellationToken) <= 1;

    private static void CheckDisplayName(Dictionary<string, string[]> errors, string? displayName)
    {
        if (string.IsNullOrWhiteSpace(displayName))
        {
            errors["displayName"] = ["a display name is required"];
        }
        else if (displayName.Trim().Length > DisplayNameLength)
        {
            errors["displayName"] = [$"at most {DisplayNameLength} characters"];
        }
        else
        {
            PlainText.Check(errors, "displayName", displayName);
        }
    }

    /// <summary>A role with what it needs: supervisors a district, providers an existing operator, other roles neither.</summary>
    private static async Task CheckAssignmentAsync(
        Dictionary<string, string[]> errors, InspectionDbContext db, Role? role, Guid? operatorId, string? district, CancellationToken cancellationToken)
    {
        switch (role)
        {
            case null:
                errors["role"] = [EnumNames.Expected(typeof(Role))];
                return;
            case Role.Supervisor when string.IsNullOrWhiteSpace(district):
                errors["district"] = ["a supervisor works in a district"];
                break;
            case Role.Supervisor when district.Trim().Length > DistrictLength:
                errors["district"] = [$"at most {DistrictLength} characters"];
                break;
            case Role.Supervisor:
                PlainText.Check(errors, "district", district);
                break;
            case not Role.Supervisor when !string.IsNullOrWhiteSpace(district):
                errors["district"] = ["only supervisors work in a district"];
                break;
        }

        if (role == Role.Provider && (operatorId is null || !await db.Operators.AnyAsync(o => o.Id == operatorId, cancellationToken)))
        {
            errors["operatorId"] = ["a provider speaks for an operator: give the id of an existing one"];
        }
        else if (role != Role.Provider && operatorId is not null)
        {
            errors["operatorId"] = ["only providers speak for an operator"];
        }
    }

    private static string? District(Role role, string? district) => role == Role.Supervisor ? district!.Trim() : null;
}
