namespace Inspection.Api.Notifications;

/// <summary>Notifications (section "Notifications").</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Also send each notification by e-mail, through the registered <see cref="INotificationEmailSender"/>. Off by default.</summary>
    public bool SendEmail { get; set; }
}
