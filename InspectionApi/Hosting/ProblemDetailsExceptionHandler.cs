using Inspection.Engine.Responses;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Hosting;

/// <summary>
/// The one place exceptions become RFC 7807 problem details: malformed or oversize requests,
/// concurrent edits, responses the Engine refuses, and anything unexpected (500, without internals).
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (413, "The request is too large", exception.Message),
            BadHttpRequestException bad => (bad.StatusCode, "The request is malformed", Unwrap(bad)),
            DbUpdateConcurrencyException => (409, "Someone else changed this in the meantime", "Reload it and apply your change again."),
            InvalidResponseException invalid => (400, "The answers do not fit the questionnaire", invalid.Message),
            _ => (500, "Something went wrong on our side", "The error has been logged."),
        };
        if (status == 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    private static string Unwrap(BadHttpRequestException e) =>
        e.InnerException is System.Text.Json.JsonException json ? $"The JSON body cannot be read: {json.Message}" : e.Message;
}
