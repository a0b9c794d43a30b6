using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Inspection.Api.Access;
using Inspection.Api.Demo;
using Inspection.Api.Tests.BadInput;

namespace Inspection.Api.Tests.Security;

/// <summary>
/// Sign-in attempts are counted per user name and per client address: past the limit the answer is
/// 429 with Retry-After as problem details, and the right password too is refused until the window
/// has passed; password checks run a few at a time, and an unknown user name costs the same hash.
/// </summary>
public sealed class SignInThrottleTests
{
    [Test]
    public async Task SignIn_ManyWrongPasswords_Then429_AndTheRightPasswordIsRefusedUntilTheWindowPasses()
    {
        using var factory = new InspectionApiFactory();
        factory.Settings["Auth:SignInAttemptsPerUser"] = "5";
        factory.Settings["Auth:SignInWindow"] = "00:00:03";
        using var client = factory.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            (await SignInAsync(client, "supervisor.north", $"guess {i}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var throttled = await SignInAsync(client, "supervisor.north", "guess 6");
        var rightButLocked = await SignInAsync(client, "Supervisor.North ", DemoData.Password);
        var otherUser = await SignInAsync(client, "analyst", DemoData.Password);

        var problem = await ProblemResponse.ReadAsync(throttled, HttpStatusCode.TooManyRequests);
        problem.Title.Should().Be("Too many sign-in attempts");
        problem.Detail.Should().StartWith("Too many sign-in attempts for this user name. Try again in ");
        var retryAfter = throttled.Headers.RetryAfter!.Delta!.Value;
        retryAfter.Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(3));
        problem.Body.GetProperty("retryAfterSeconds").GetInt32().Should().Be((int)retryAfter.TotalSeconds);
        (await ProblemResponse.ReadAsync(rightButLocked, HttpStatusCode.TooManyRequests)).Title.Should().Be("Too many sign-in attempts");
        otherUser.StatusCode.Should().Be(HttpStatusCode.OK, "another user's attempts are counted apart");

        await Task.Delay(TimeSpan.FromSeconds(3.5));
        (await SignInAsync(client, "supervisor.north", DemoData.Password)).StatusCode.Should().Be(HttpStatusCode.OK, "the window has passed");
    }

    [Test]
    public async Task SignIn_ManyUserNamesFromOneAddress_Then429ForTheAddress()
    {
        using var factory = new InspectionApiFactory();
        factory.Settings["Auth:SignInAttemptsPerAddress"] = "4";
        using var client = factory.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            (await SignInAsync(client, $"sprayed.{i}", "password")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var response = await SignInAsync(client, "analyst", DemoData.Password);

        var problem = await ProblemResponse.ReadAsync(response, HttpStatusCode.TooManyRequests);
        problem.Detail.Should().StartWith("Too many sign-in attempts from this address.");
        response.Headers.RetryAfter!.Delta.Should().BePositive();
    }

    [Test]
    public async Task SignIn_BurstBeyondWhatMayWaitForAPasswordCheck_IsTurnedAwayWith429()
    {
        using var factory = new InspectionApiFactory();
        factory.Settings["Auth:ConcurrentPasswordChecks"] = "1";
        factory.Settings["Auth:PasswordCheckQueue"] = "0";
        factory.Settings["Auth:SignInAttemptsPerAddress"] = "1000";
        using var client = factory.CreateClient();
        await SignInAsync(client, "warm.up", "password");

        // Whether two checks overlap depends on the scheduler: on an idle machine one burst can be served in
        // turn. Bursts are repeated until one overlaps; with a queue that let checks wait, none would be refused.
        HttpResponseMessage[] responses = [];
        for (var burst = 0; burst < 8 && !responses.Any(r => r.StatusCode == HttpStatusCode.TooManyRequests); burst++)
        {
            responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => SignInAsync(client, $"burst.{burst}.{i}", "password")));
        }

        var statuses = responses.Select(r => r.StatusCode).ToList();
        statuses.Should().OnlyContain(s => s == HttpStatusCode.Unauthorized || s == HttpStatusCode.TooManyRequests);
        statuses.Should().Contain(HttpStatusCode.TooManyRequests, "one check runs at a time and none may wait");
        statuses.Should().Contain(HttpStatusCode.Unauthorized);
        var turnedAway = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        (await ProblemResponse.ReadAsync(turnedAway, HttpStatusCode.TooManyRequests)).Detail.Should().StartWith("The service is checking too many sign-ins at once.");
    }

    [Test]
    public async Task SignIn_UnknownUserName_RunsTheSamePasswordHashAsAKnownOne()
    {
        using var factory = new InspectionApiFactory();
        using var client = factory.CreateClient();
        await SignInAsync(client, "warm.up", "password");
        var derivations = new ConcurrentQueue<int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PasswordHasher.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "iterations")
                {
                    derivations.Enqueue((int)tag.Value!);
                }
            }
        });
        listener.Start();

        (await SignInAsync(client, "no.such.user", "password")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var unknown = Drain(derivations);
        (await SignInAsync(client, new string('x', 500), "password")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var overlong = Drain(derivations);
        (await SignInAsync(client, "analyst", "wrong password")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var known = Drain(derivations);

        known.Should().Equal(100_000);
        unknown.Should().Equal(known, "an unknown name is checked against a dummy hash of the same cost");
        overlong.Should().Equal(known);
    }

    private static List<int> Drain(ConcurrentQueue<int> queue)
    {
        var drained = new List<int>();
        while (queue.TryDequeue(out var item))
        {
            drained.Add(item);
        }

        return drained;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/auth/token", new { userName, password });
}
