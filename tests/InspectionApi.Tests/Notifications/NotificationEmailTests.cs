using System.Collections.Concurrent;
using Hangfire;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Jobs;
using Inspection.Api.Notifications;
using Inspection.Api.Tests.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Api.Tests.Notifications;

/// <summary>E-mail, when switched on: one job per notification, which sends once however often it runs.</summary>
public sealed class NotificationEmailTests
{
    [Test]
    public async Task Notify_EmailOn_SentOnceEvenWhenTheJobRunsTwice()
    {
        var outbox = new RecordingEmailSender();
        using var factory = JobsTestHost.Create();
        factory.Settings["Notifications:SendEmail"] = "true";
        factory.TestServices = services => services.AddSingleton<INotificationEmailSender>(outbox);
        _ = factory.Server;

        Notification notification;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
            var user = await db.Users.SingleAsync(u => u.UserName == "supervisor.north");
            notification = (await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyAsync([user.Id], "email:1", "Visit tomorrow", "Body", null, CancellationToken.None)).Single();
            db.PendingJobs.Local.Count.Should().Be(1, "the e-mail job is recorded with the notification");
            await db.SaveChangesAsync();
        }

        await JobsTestHost.UntilAsync(async () => (await factory.RunsAsync("NotificationEmailJob.SendAsync")).Count == 1, "the e-mail job");
        var id = notification.Id;
        factory.Services.GetRequiredService<IBackgroundJobClientV2>().Enqueue<NotificationEmailJob>(job => job.SendAsync(id, CancellationToken.None));
        await JobsTestHost.UntilAsync(async () => (await factory.RunsAsync("NotificationEmailJob.SendAsync")).Count == 2, "the e-mail job run again");

        outbox.Sent.Should().ContainSingle().Which.Should().Be(("supervisor.north", "Visit tomorrow"));
        var runs = await factory.RunsAsync("NotificationEmailJob.SendAsync");
        runs.Should().OnlyContain(r => r.Outcome == JobRunOutcome.Succeeded);
        runs[0].Summary.Should().Be($"Notification {id} e-mailed to supervisor.north.");
        runs[1].Summary.Should().StartWith($"Notification {id} was e-mailed at ").And.EndWith("not sent again.");
        (await factory.ReadDatabaseAsync(db => db.Notifications.SingleAsync(n => n.Id == id))).EmailedAt.Should().NotBeNull();
        (await factory.PendingJobsAsync()).Should().Be(0, "a job that has run leaves no record behind");
    }

    [Test]
    public async Task Notify_EmailOff_NoJob()
    {
        using var factory = new InspectionApiFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == "analyst");

        await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyAsync([user.Id], "email:off", "t", "b", null, CancellationToken.None);

        db.PendingJobs.Local.Should().BeEmpty();
    }

    private sealed class RecordingEmailSender : INotificationEmailSender
    {
        public ConcurrentQueue<(string User, string Title)> Sent { get; } = new();

        public Task SendAsync(User recipient, Notification notification, CancellationToken cancellationToken)
        {
            Sent.Enqueue((recipient.UserName, notification.Title));
            return Task.CompletedTask;
        }
    }
}
