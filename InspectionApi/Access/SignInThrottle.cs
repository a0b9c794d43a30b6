using System.Globalization;
using System.Threading.RateLimiting;
using Inspection.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Access;

/// <summary>
/// Sign-in attempts counted per user name and per client address in fixed windows (ASP.NET Core's
/// rate limiters): past either limit the answer is 429 with <c>Retry-After</c>, the right password
/// included, until the window is over. The address limit is an endpoint policy; the user-name limit
/// is taken in the handler, once the name has been read from the body.
/// </summary>
public sealed class SignInThrottle(IOptions<AuthOptions> options) : IDisposable
{
    /// <summary>The rate-limiting policy that counts sign-ins per client address.</summary>
    public const string AddressPolicy = "sign-in-per-address";

    private readonly AuthOptions _auth = options.Value;

    private readonly PartitionedRateLimiter<string> _perUser = PartitionedRateLimiter.Create<string, string>(userName =>
        RateLimitPartition.GetFixedWindowLimiter(userName, _ => Window(options.Value.SignInAttemptsPerUser, options.Value.SignInWindow)));

    /// <summary>Takes one attempt for <paramref name="userName"/>: null when allowed, else how long to wait.</summary>
    public TimeSpan? Attempt(string userName)
    {
        using var lease = _perUser.AttemptAcquire(userName.Trim().ToLowerInvariant());
        return lease.IsAcquired ? null : RetryAfter(lease, _auth.SignInWindow);
    }

    public void Dispose() => _perUser.Dispose();

    /// <summary>Registers the per-address policy and its 429 answer.</summary>
    public static void AddAddressPolicy(RateLimiterOptions limiter, AuthOptions auth)
    {
        limiter.AddPolicy(AddressPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => Window(auth.SignInAttemptsPerAddress, auth.SignInWindow)));
        limiter.OnRejected = (rejected, cancellationToken) =>
            new ValueTask(WriteTooManyAsync(rejected.HttpContext, RetryAfter(rejected.Lease, auth.SignInWindow), "from this address"));
    }

    /// <summary>The 429 problem, as a handler returns it; sets the <c>Retry-After</c> header.</summary>
    public static ProblemHttpResult TooMany(HttpContext context, TimeSpan retryAfter, string detail)
    {
        var seconds = RetryAfterHeader(context, retryAfter);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many sign-in attempts",
            detail: $"{detail} Try again in {seconds} seconds.", extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
    }

    private static Task WriteTooManyAsync(HttpContext context, TimeSpan retryAfter, string from)
    {
        var seconds = RetryAfterHeader(context, retryAfter);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many sign-in attempts",
                Detail = $"Too many sign-in attempts {from}. Try again in {seconds} seconds.",
                Extensions = { ["retryAfterSeconds"] = seconds },
            },
        }).AsTask();
    }

    private static int RetryAfterHeader(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return seconds;
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0, AutoReplenishment = true };

    private static TimeSpan RetryAfter(RateLimitLease lease, TimeSpan window) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : window;
}
