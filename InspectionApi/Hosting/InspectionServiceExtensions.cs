using System.Security.Claims;
using Inspection.Api.Access;
using Inspection.Api.Audit;
using Inspection.Api.Comparison;
using Inspection.Api.Comparison.Amendments;
using Inspection.Api.Comparison.Exports;
using Inspection.Api.Comparison.StandardTypes;
using Inspection.Api.Comparison.Improvement;
using Inspection.Api.Comparison.WhatIf;
using Inspection.Api.Corrections;
using Inspection.Api.Cycles;
using Inspection.Api.Cycles.Planning;
using Inspection.Api.Data;
using Inspection.Api.Facilities;
using Inspection.Api.Hosting.ApiDocument;
using Inspection.Api.Inspections;
using Inspection.Api.Inspections.Answers;
using Inspection.Api.Inspections.Evaluation;
using Inspection.Api.Inspections.Strengths;
using Inspection.Api.Jobs;
using Inspection.Api.Notifications;
using Inspection.Api.Reports;
using Inspection.Api.RuleSets;
using Inspection.Engine;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Inspection.Api.Hosting;

/// <summary>Everything the host wires, in one place.</summary>
public static class InspectionServiceExtensions
{
    public static WebApplicationBuilder AddInspectionServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.Configure<InspectionOptions>(configuration.GetSection(InspectionOptions.Section));
        var options = configuration.GetSection(InspectionOptions.Section).Get<InspectionOptions>() ?? new InspectionOptions();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
        CheckSettings(builder.Environment, options, auth);
        var dataFolder = DataFolder.Prepare(options.DataFolder);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IRuleSetCompiler, RuleSetCompiler>();
        services.AddSingleton<RuleSetLibrary>();
        services.AddScoped<InspectionEvaluator>();
        services.Configure<EvaluationOptions>(configuration.GetSection(EvaluationOptions.Section));
        services.AddScoped<EvaluationJob>();
        services.AddScoped<InspectionStrengths>();
        services.AddOptions<StrengthOptions>().Bind(configuration.GetSection(StrengthOptions.Section))
            .Validate(o => o.Margins.Problems().Count == 0, "Strengths: RateAboveBar and DomainImprovement must lie between 0 and 1 (shares)").ValidateOnStart();
        services.Configure<AnswerLimits>(configuration.GetSection(AnswerLimits.Section));
        services.AddSingleton(new AttachmentStore(Path.Combine(dataFolder, "attachments")));
        services.Configure<ReportOptions>(configuration.GetSection(ReportOptions.Section));
        services.AddSingleton<ReportPrinting>();
        services.AddScoped<ReportSources>();
        services.AddScoped<ReportJob>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AccessPolicy>();
        services.AddScoped<AuditInterceptor>();
        services.Configure<ComparisonOptions>(configuration.GetSection(ComparisonOptions.Section));
        services.AddSingleton<IComparisonExport, CsvComparisonExport>();
        services.AddSingleton<IComparisonExport, XlsxComparisonExport>();
        services.AddSingleton<WhatIfRunner>();
        AddDatabase(services, database, dataFolder);

        var key = new SymmetricSecurityKey(SigningKeyFile.Load(auth.SigningKey, dataFolder));
        services.AddSingleton(sp => new TokenIssuer(key, auth.Issuer, auth.TokenLifetime, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<PasswordCheck>();
        services.AddSingleton<UserStateCheck>();
        services.AddRateLimiter(limiter => SignInThrottle.AddAddressPolicy(limiter, auth));
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            if (auth.Authority is { Length: > 0 } authority)
            {
                // Production: tokens from the organisation's OpenID Connect provider.
                jwt.Authority = authority;
                jwt.Audience = auth.Audience;
                jwt.TokenValidationParameters.RoleClaimType = ClaimTypes.Role;
                return;
            }

            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = auth.Issuer,
                ValidAudience = TokenIssuer.Audience,
                IssuerSigningKey = key,
                NameClaimType = ClaimTypes.Name,
                RoleClaimType = ClaimTypes.Role,
                ClockSkew = TimeSpan.FromMinutes(1),
            };

            // A token is only as good as the user it was issued to is still the same user.
            jwt.Events = new JwtBearerEvents { OnTokenValidated = UserStateCheck.OnTokenValidatedAsync };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Administrator, p => p.RequireRole(nameof(Role.Administrator)))
            .AddPolicy(Policies.CatalogAuthor, p => p.RequireRole(nameof(Role.CatalogAuthor), nameof(Role.Administrator)))
            .AddPolicy(Policies.Auditor, p => p.RequireRole(nameof(Role.Analyst), nameof(Role.Administrator)))
            .AddPolicy(Policies.Ministry, p => p.RequireRole(nameof(Role.Supervisor), nameof(Role.Analyst), nameof(Role.Administrator)));

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ValidationProblems.NameFieldsAsSent);
        services.AddValidation();
        // Unreadable bodies reach the exception handler, which says what was wrong with them.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new StrictEnumConverter()));
        services.AddOpenApi(ApiDocumentConventions.Configure);
        services.AddAutoMapper(cfg =>
        {
            cfg.LicenseKey = configuration["AutoMapper:LicenseKey"];
            cfg.AddProfile<ApiMappingProfile>();
            cfg.AddProfile<InspectionMappingProfile>();
            cfg.AddProfile<ComparisonMappingProfile>();
        });
        services.Configure<ForwardedHeadersOptions>(forwarded => TrustedProxies.Configure(forwarded, options.TrustedProxies));
        builder.AddJobs();
        builder.AddNotifications();
        builder.AddPlanning();
        builder.AddWebInterface();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = Math.Max(options.MaxRequestBytes, options.MaxAttachmentBytes + (64 * 1024)));
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(f => f.MultipartBodyLengthLimit = options.MaxAttachmentBytes + (64 * 1024));
        return builder;
    }

    public static WebApplication MapInspectionEndpoints(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        if (app.Services.GetRequiredService<IOptions<InspectionOptions>>().Value.TrustedProxies is { Length: > 0 })
        {
            // Behind a reverse proxy: the client's address (for sign-in throttling) and scheme as the proxy saw them.
            app.UseForwardedHeaders();
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            context.RequestServices.GetRequiredService<CurrentUser>().Set(context.User);
            await next();
        });
        app.UseMiddleware<ForbiddenRequestAudit>();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<RequestSizeLimit>();
        app.MapOpenApi();
        app.MapApiReference();
        app.MapStartPage();

        // Every endpoint, whatever its feature, holds enumerations in its query string to their names.
        var api = app.MapGroup(string.Empty);
        api.AddEndpointFilterFactory(StrictEnumQuery.Filter);
        api.MapAuth();
        api.MapUsers();
        api.MapFacilities();
        api.MapRuleSets();
        api.MapInspections();
        api.MapCorrectionPlans();
        api.MapAttachments();
        api.MapCycles();
        api.MapPlanningPolicies();
        api.MapAudit();
        api.MapNotifications();
        api.MapComparison();
        api.MapAmendmentRates();
        api.MapStandardTypeFigures();
        api.MapImprovement();
        api.MapWhatIfRuns();
        app.MapJobs();
        app.MapWebInterface();
        return app;
    }

    private static void AddDatabase(IServiceCollection services, DatabaseOptions database, string dataFolder)
    {
        if (string.Equals(database.Provider, "SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            var connection = database.ConnectionString ?? throw new InvalidOperationException("Database:ConnectionString is required for SQL Server.");
            services.AddDbContext<SqlServerInspectionDbContext>((sp, o) => o.UseSqlServer(connection).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
            services.AddScoped<InspectionDbContext>(sp => sp.GetRequiredService<SqlServerInspectionDbContext>());
            return;
        }

        var sqlite = database.ConnectionString is { Length: > 0 } configured ? configured : $"Data Source={Path.Combine(dataFolder, "inspection.db")}";
        services.AddDbContext<SqliteInspectionDbContext>((sp, o) => o.UseSqlite(sqlite).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        services.AddScoped<InspectionDbContext>(sp => sp.GetRequiredService<SqliteInspectionDbContext>());
    }

    /// <summary>Settings that would make the service unsafe or cannot work stop the start, with what to change.</summary>
    private static void CheckSettings(IWebHostEnvironment environment, InspectionOptions options, AuthOptions auth)
    {
        if (options.SeedDemoData && environment.IsProduction() && !options.AllowDemoDataInProduction)
        {
            throw new StartupException(
                "the setting Inspection:SeedDemoData is on in the Production environment, and the demo users' password is public. "
                + "Turn it off, or if this really is a demonstration also set Inspection:AllowDemoDataInProduction=true.");
        }

        TrustedProxies.Configure(new ForwardedHeadersOptions(), options.TrustedProxies);
        if (auth.UserCheckInterval <= TimeSpan.Zero || auth.UserCheckInterval > TimeSpan.FromMinutes(1))
        {
            throw new StartupException($"the setting Auth:UserCheckInterval ({auth.UserCheckInterval}) must be more than zero and at most a minute (00:01:00): a deleted user's token works that long.");
        }

        if (auth.SignInWindow <= TimeSpan.Zero || auth.SignInAttemptsPerUser < 1 || auth.SignInAttemptsPerAddress < 1)
        {
            throw new StartupException("the settings Auth:SignInWindow, Auth:SignInAttemptsPerUser and Auth:SignInAttemptsPerAddress must be positive.");
        }
    }
}
