using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Inspection.Engine.Responses;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Hosting;

/// <summary>
/// The one place exceptions become RFC 7807 problem details: malformed or oversize requests,
/// concurrent edits, responses the Engine refuses, a full disk (507), and anything unexpected (500,
/// without internals).
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (413, "The request is too large", exception.Message),
            BadHttpRequestException bad => (bad.StatusCode, "The request is malformed", Unwrap(bad)),
            DbUpdateConcurrencyException => (409, "Someone else changed this in the meantime", "Reload it and apply your change again."),
            InvalidResponseException invalid => (400, "The answers do not fit the questionnaire", invalid.Message),
            Reports.ReportSourceMismatchException mismatch => (409, "The stored result does not match the answers", mismatch.Message),
            _ when DiskFull.Is(exception) => (507, "The server's disk is full", "Nothing was stored. Try again once an administrator has made room."),
            _ => (500, "Something went wrong on our side", "The error has been logged."),
        };
        if (status is 500 or 507)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        };
        if (exception is BadHttpRequestException && EnumBindingFailure(httpContext, exception.Message) is var (parameter, allowed))
        {
            context.ProblemDetails.Detail = $"The value of '{parameter}' is not one of its names.";
            context.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { [parameter] = [allowed] };
        }
        else if (WrongTypeField(exception) is { } field)
        {
            var error = exception.InnerException is EnumNameException names ? names.Message : "this value does not have the type this field takes";
            context.ProblemDetails.Detail = $"The JSON body cannot be read: the value of '{field}' does not have the type this field takes.";
            context.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [error] };
        }

        return await problems.TryWriteAsync(context);
    }

    /// <summary>What is wrong with an unreadable body; for JSON that is well formed but not the shape asked for, without naming our types.</summary>
    private static string Unwrap(BadHttpRequestException e) => e.InnerException switch
    {
        JsonException { InnerException: JsonException } syntax => $"The JSON body cannot be read: {syntax.Message}",
        JsonException => "The JSON body cannot be read: it does not have the shape this request takes.",
        _ => e.Message,
    };

    /// <summary>
    /// The field of well-formed JSON whose value has the wrong type (<c>"version": "abc"</c>), named as
    /// in the body; null for anything else, such as JSON that is not well formed (the reader's own
    /// exception is then the inner one).
    /// </summary>
    private static string? WrongTypeField(Exception exception) =>
        exception is BadHttpRequestException { InnerException: JsonException { Path: { Length: > 2 } path, InnerException: not JsonException } }
            ? path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path
            : null;

    /// <summary>
    /// An enumeration in the query string or route that did not bind (<c>?role=boss</c>): the parameter and
    /// its names, instead of the framework's message, which names our types. Null for anything else.
    /// </summary>
    private static (string Parameter, string Allowed)? EnumBindingFailure(HttpContext context, string message)
    {
        var match = BindingFailure().Match(message);
        var parameter = match.Success
            ? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
                .FirstOrDefault(p => p.Name == match.Groups["name"].Value)
            : null;
        var type = parameter is null ? null : Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type is { IsEnum: true } ? (parameter!.Name!, EnumNames.Expected(type)) : null;
    }

    [GeneratedRegex("^Failed to bind parameter \"[^\"]* (?<name>[^\" ]+)\" from \"", RegexOptions.CultureInvariant)]
    private static partial Regex BindingFailure();
}
