using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inspection.Api.Notifications;

/// <summary>Wires the inbox and the optional e-mail sender.</summary>
public static class NotificationsServiceExtensions
{
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<NotificationOptions>(builder.Configuration.GetSection(NotificationOptions.Section));
        builder.Services.AddScoped<Notifier>();
        builder.Services.TryAddSingleton<INotificationEmailSender, LoggingEmailSender>();
        return builder;
    }
}
