using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using Inspection.Api.Access;
using Inspection.Api.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Inspection.Api.Jobs;

/// <summary>Wires Hangfire: storage, job server (by role), filters, recurring jobs, the run log and the dashboard.</summary>
public static class JobsServiceExtensions
{
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(JobsOptions.Section);
        var options = section.Get<JobsOptions>() ?? new JobsOptions();
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var storage = options.Storage
            ?? (string.Equals(database.Provider, "SqlServer", StringComparison.OrdinalIgnoreCase) ? JobStorageKind.SqlServer : JobStorageKind.Embedded);
        if (storage == JobStorageKind.Embedded && options.Role != JobsRole.All)
        {
            throw new InvalidOperationException(
                $"Jobs:Role={options.Role} needs a job storage shared between nodes (Jobs:Storage=SqlServer): the embedded storage lives inside one process, so API and jobs must run together (Jobs:Role=All).");
        }

        var connection = options.ConnectionString is { Length: > 0 } own ? own : database.ConnectionString;
        if (storage == JobStorageKind.SqlServer && string.IsNullOrEmpty(connection))
        {
            throw new InvalidOperationException("Jobs:Storage=SqlServer needs Jobs:ConnectionString or Database:ConnectionString.");
        }

        services.Configure<JobsOptions>(section);
        services.PostConfigure<JobsOptions>(o => o.Storage = storage);

        // Registered before AddHangfire, which only adds what is missing: each host has its own storage,
        // activator and filters instead of Hangfire's process-wide ones.
        // In-memory job ids are GUIDs: counting from 1 again after each start would reuse ids the job-run log holds.
        services.AddSingleton<JobStorage>(_ => storage == JobStorageKind.SqlServer
            ? new SqlServerStorage(connection, new SqlServerStorageOptions { PrepareSchemaIfNecessary = true })
            : new InMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Guid }));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<JobRunLogFilter>();
        services.AddSingleton<IJobFilterProvider>(sp => Filters(sp.GetRequiredService<JobRunLogFilter>(), options));
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (options.Role != JobsRole.Api)
        {
            services.AddHangfireServer((_, server) =>
            {
                server.WorkerCount = options.WorkerCount;
                server.SchedulePollingInterval = options.SchedulePollingInterval;
            });
        }

        services.AddScoped<JobOutbox>();
        services.AddScoped<PendingWork>();
        services.AddScoped<RecurringJobSchedule>();
        services.AddHostedService<JobsStartup>();
        if (options.Role == JobsRole.Worker)
        {
            services.AddTransient<IStartupFilter, WorkerOnlyStartupFilter>();
        }

        JobsDashboard.AddCookie(services.AddAuthentication(), options);
        services.AddAuthorizationBuilder().AddPolicy(JobsDashboard.Policy, policy => policy
            .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme, JobsDashboard.CookieScheme)
            .RequireRole(nameof(Role.Administrator)));
        return builder;
    }

    public static WebApplication MapJobs(this WebApplication app)
    {
        app.MapJobRuns();
        JobsDashboard.MapSession(app);
        app.MapHangfireDashboardWithAuthorizationPolicy(JobsDashboard.Policy, JobsDashboard.Path, new DashboardOptions
        {
            DashboardTitle = "Inspection service: background jobs",
            AppPath = "/",
            DisplayStorageConnectionString = false,
        });
        return app;
    }

    /// <summary>Hangfire's default filters, with retries as configured and the job-run log after them.</summary>
    private static JobFilterProviderCollection Filters(JobRunLogFilter runLog, JobsOptions options)
    {
        var filters = new JobFilterCollection
        {
            new CaptureCultureAttribute(),
            new AutomaticRetryAttribute
            {
                Attempts = options.RetryAttempts,
                DelaysInSeconds = options.RetryDelays(),
                OnAttemptsExceeded = AttemptsExceededAction.Fail,
            },
            new StatisticsHistoryAttribute(),
            new ContinuationsSupportAttribute(),
        };
        filters.Add(runLog, JobRunLogFilter.Order);
        return new JobFilterProviderCollection(filters, new JobFilterAttributeFilterProvider());
    }
}
