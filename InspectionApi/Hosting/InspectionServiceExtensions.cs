using System.Security.Claims;
using System.Security.Cryptography;
using Inspection.Api.Access;
using Inspection.Api.Audit;
using Inspection.Api.Corrections;
using Inspection.Api.Cycles;
using Inspection.Api.Data;
using Inspection.Api.Facilities;
using Inspection.Api.Inspections;
using Inspection.Api.Inspections.Answers;
using Inspection.Api.RuleSets;
using Inspection.Engine;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
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
        var dataFolder = Path.GetFullPath(options.DataFolder);
        Directory.CreateDirectory(dataFolder);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IRuleSetCompiler, RuleSetCompiler>();
        services.AddSingleton<RuleSetLibrary>();
        services.AddScoped<InspectionEvaluator>();
        services.Configure<AnswerLimits>(configuration.GetSection(AnswerLimits.Section));
        services.AddSingleton(new AttachmentStore(Path.Combine(dataFolder, "attachments")));
        services.AddScoped<CurrentUser>();
        services.AddScoped<AccessPolicy>();
        services.AddScoped<AuditInterceptor>();
        AddDatabase(services, database, dataFolder);

        var key = new SymmetricSecurityKey(SigningKey(auth, dataFolder));
        services.AddSingleton(sp => new TokenIssuer(key, auth.Issuer, auth.TokenLifetime, sp.GetRequiredService<TimeProvider>()));
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
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Administrator, p => p.RequireRole(nameof(Role.Administrator)))
            .AddPolicy(Policies.CatalogAuthor, p => p.RequireRole(nameof(Role.CatalogAuthor), nameof(Role.Administrator)))
            .AddPolicy(Policies.Auditor, p => p.RequireRole(nameof(Role.Analyst), nameof(Role.Administrator)));

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ValidationProblems.NameFieldsAsSent);
        services.AddValidation();
        // Unreadable bodies reach the exception handler, which says what was wrong with them.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddOpenApi();
        services.AddAutoMapper(cfg =>
        {
            cfg.LicenseKey = configuration["AutoMapper:LicenseKey"];
            cfg.AddProfile<ApiMappingProfile>();
            cfg.AddProfile<InspectionMappingProfile>();
        });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = Math.Max(options.MaxRequestBytes, options.MaxAttachmentBytes + (64 * 1024)));
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(f => f.MultipartBodyLengthLimit = options.MaxAttachmentBytes + (64 * 1024));
        return builder;
    }

    public static WebApplication MapInspectionEndpoints(this WebApplication app)
    {
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
        app.UseAuthorization();
        app.UseMiddleware<RequestSizeLimit>();
        app.MapOpenApi();
        app.MapAuth();
        app.MapFacilities();
        app.MapRuleSets();
        app.MapInspections();
        app.MapCorrectionPlans();
        app.MapAttachments();
        app.MapCycles();
        app.MapAudit();
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

    /// <summary>The configured key, or one generated once into the data folder so tokens survive restarts.</summary>
    private static byte[] SigningKey(AuthOptions auth, string dataFolder)
    {
        if (auth.SigningKey is { Length: > 0 } configured)
        {
            return Convert.FromBase64String(configured);
        }

        var path = Path.Combine(dataFolder, "signing.key");
        if (!File.Exists(path))
        {
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }

        return Convert.FromBase64String(File.ReadAllText(path).Trim());
    }
}
