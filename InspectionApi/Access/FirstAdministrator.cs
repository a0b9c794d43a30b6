using System.Security.Cryptography;
using Inspection.Api.Data;
using Inspection.Api.Hosting;

namespace Inspection.Api.Access;

/// <summary>
/// The administrator a database without users starts with, so that a new installation can be run
/// without demo data: the password comes from the setting <c>Auth:FirstAdministratorPassword</c>, or is
/// generated and printed once on the console (and nowhere else: not in the log, not in the database).
/// </summary>
internal static class FirstAdministrator
{
    public static void Add(InspectionDbContext db, AuthOptions options, TextWriter console)
    {
        var userName = options.FirstAdministratorUserName.Trim();
        if (userName.Length == 0 || UserNames.Problem(userName) is not null)
        {
            throw new StartupException($"the setting Auth:FirstAdministratorUserName ('{userName}') is not a valid user name: {UserNames.Problem(userName) ?? "it is empty"}.");
        }

        var password = options.FirstAdministratorPassword;
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
        }
        else if (PasswordRules.Problem(password) is { } problem)
        {
            throw new StartupException($"the setting Auth:FirstAdministratorPassword is too weak: {problem}. Give a longer one, or leave it empty to have one generated.");
        }

        db.Users.Add(new User(userName, "Administrator", Role.Administrator, PasswordHasher.Hash(password!)));
        console.WriteLine();
        console.WriteLine(generated
            ? $"  The database had no users: created the administrator '{userName}' with the password {password}"
            : $"  The database had no users: created the administrator '{userName}' with the password given in Auth:FirstAdministratorPassword.");
        if (generated)
        {
            console.WriteLine("  This password is shown once. Sign in and change it (POST /api/auth/password).");
        }
    }
}
