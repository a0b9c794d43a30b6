namespace Inspection.Web.Shell;

public static class ShellServices
{
    /// <summary>The services every page uses: language, session, the API (at <paramref name="serviceAddress"/>).</summary>
    public static IServiceCollection AddWebShell(this IServiceCollection services, Uri serviceAddress)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new HttpClient { BaseAddress = serviceAddress });
        services.AddSingleton<Texts>();
        services.AddSingleton<Session>();
        services.AddScoped<Api>();
        return services;
    }
}
