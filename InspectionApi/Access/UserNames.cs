using Inspection.Api.Hosting;

namespace Inspection.Api.Access;

/// <summary>What a user name may be: one word of letters (any script), digits and <c>. _ - @</c>.</summary>
public static class UserNames
{
    public const int MaximumLength = 100;

    /// <summary>What is wrong with <paramref name="userName"/>, or null.</summary>
    public static string? Problem(string? userName)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return "a user name is required";
        }

        if (PlainText.Problem(userName) is { } problem)
        {
            return problem;
        }

        if (userName.Length > MaximumLength)
        {
            return $"at most {MaximumLength} characters";
        }

        return userName.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '@')
            ? null
            : "letters, digits and . _ - @ only (no spaces)";
    }
}
