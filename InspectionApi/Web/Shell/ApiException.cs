namespace Inspection.Web.Shell;

/// <summary>The API refused a request, or could not be reached; <see cref="Problem"/> says which and why.</summary>
public sealed class ApiException(ApiProblem problem) : Exception(problem.Title)
{
    public ApiProblem Problem { get; } = problem;
}
