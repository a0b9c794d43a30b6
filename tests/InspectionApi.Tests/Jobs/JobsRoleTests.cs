using System.Net;
using Hangfire;
using Inspection.Api.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inspection.Api.Tests.Jobs;

/// <summary>One binary, three roles: API and jobs, API only, jobs only.</summary>
public sealed class JobsRoleTests
{
    [TestCase("Api")]
    [TestCase("Worker")]
    public void AddJobs_SplitRoleOnEmbeddedStorage_RefusedWithTheReason(string role)
    {
        var builder = Builder(("Jobs:Role", role));

        var act = () => builder.AddJobs();

        act.Should().Throw<InvalidOperationException>().WithMessage($"Jobs:Role={role} needs a job storage shared between nodes (Jobs:Storage=SqlServer)*");
    }

    [Test]
    public void AddJobs_SqlServerStorageWithoutConnectionString_Refused()
    {
        var act = () => Builder(("Jobs:Storage", "SqlServer")).AddJobs();

        act.Should().Throw<InvalidOperationException>().WithMessage("*Jobs:ConnectionString or Database:ConnectionString*");
    }

    [Test]
    public void AddJobs_All_RunsAJobServer()
    {
        using var app = Builder().AddJobs().Build();

        app.Services.GetServices<IHostedService>().Should().Contain(s => s is BackgroundJobServerHostedService).And.Contain(s => s is JobsStartup);
    }

    [Test]
    public void AddJobs_ApiOnly_NoJobServerButJobsCanBeEnqueued()
    {
        using var app = Builder(("Jobs:Role", "Api"), ("Jobs:Storage", "SqlServer"), ("Jobs:ConnectionString", "Server=nowhere;Database=jobs")).AddJobs().Build();

        app.Services.GetServices<IHostedService>().Should().NotContain(s => s is BackgroundJobServerHostedService).And.Contain(s => s is JobsStartup);
        app.Services.GetServices<IStartupFilter>().Should().NotContain(f => f is WorkerOnlyStartupFilter);
    }

    [Test]
    public void AddJobs_WorkerOnly_JobServerAndTheApiClosed()
    {
        using var app = Builder(("Jobs:Role", "Worker"), ("Jobs:Storage", "SqlServer"), ("Jobs:ConnectionString", "Server=nowhere;Database=jobs")).AddJobs().Build();

        app.Services.GetServices<IHostedService>().Should().Contain(s => s is BackgroundJobServerHostedService);
        app.Services.GetServices<IStartupFilter>().Should().Contain(f => f is WorkerOnlyStartupFilter);
    }

    [TestCase("/api/inspections", HttpStatusCode.NotFound)]
    [TestCase("/API/facilities", HttpStatusCode.NotFound)]
    [TestCase("/openapi/v1.json", HttpStatusCode.NotFound)]
    [TestCase("/api-reference/", HttpStatusCode.NotFound)]
    [TestCase("/api/auth/token", HttpStatusCode.OK)]
    [TestCase("/api/jobs/dashboard-session", HttpStatusCode.OK)]
    [TestCase("/hangfire", HttpStatusCode.OK)]
    [TestCase("/hangfire/jobs/enqueued", HttpStatusCode.OK)]
    public async Task WorkerOnlyGate_Path_OnlySignInAndTheDashboardPass(string path, HttpStatusCode expected)
    {
        var passed = false;
        var gate = new WorkerOnlyGate(_ =>
        {
            passed = true;
            return Task.CompletedTask;
        });
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();

        await gate.InvokeAsync(context);

        passed.Should().Be(expected == HttpStatusCode.OK);
        if (!passed)
        {
            context.Response.StatusCode.Should().Be((int)expected);
            context.Response.ContentType.Should().Be("application/problem+json");
            context.Response.Body.Position = 0;
            (await new StreamReader(context.Response.Body).ReadToEndAsync()).Should().Contain("Jobs:Role=Worker");
        }
    }

    private static WebApplicationBuilder Builder(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        return builder;
    }
}
