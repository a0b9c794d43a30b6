using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Hosting;

/// <summary>
/// Holds JSON request bodies to <see cref="InspectionOptions.MaxRequestBytes"/> (attachment uploads,
/// which are multipart, have their own larger limit). An oversize body gets 413 problem details.
/// </summary>
internal sealed class RequestSizeLimit(RequestDelegate next, IOptions<InspectionOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBytes;
        if (!context.Request.HasFormContentType)
        {
            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = { Status = 413, Title = "The request is too large", Detail = $"Requests are limited to {Problems.Size(limit)}." },
                });
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }
        }

        await next(context);
    }
}
