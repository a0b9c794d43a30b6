using System.Net;
using System.Net.Http.Json;
using Inspection.Api.Data;
using Inspection.Api.Notifications;
using Inspection.Api.Tests.BadInput;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Api.Tests.Notifications;

/// <summary>Each user's inbox over the API: their notifications only, newest first, marked read one by one or all at once.</summary>
public sealed class InboxTests
{
    private InspectionApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartHost() => _factory = new InspectionApiFactory();

    [OneTimeTearDown]
    public void StopHost() => _factory.Dispose();

    [Test]
    public async Task Inbox_TwoNotificationsForOneUser_OnlyTheySeeAndMarkThem()
    {
        var user = await UserIdAsync("supervisor.center");
        var first = await NotifyAsync([user], "inbox:first", "First");
        var second = await NotifyAsync([user], "inbox:second", "Second");
        var supervisor = await _factory.ClientAsAsync("supervisor.center");
        var provider = await _factory.ClientAsAsync("provider.nitzan");

        var inbox = await supervisor.GetFromJsonAsync<InboxPage>("/api/notifications");
        var othersInbox = await provider.GetFromJsonAsync<InboxPage>("/api/notifications");
        var othersRead = await provider.PostAsync($"/api/notifications/{first[0].Id}/read", null);
        var read = await supervisor.PostAsync($"/api/notifications/{first[0].Id}/read", null);
        var unread = await supervisor.GetFromJsonAsync<InboxPage>("/api/notifications?unread=true");
        var all = await supervisor.PostAsync("/api/notifications/read-all", null);
        var after = await supervisor.GetFromJsonAsync<InboxPage>("/api/notifications");

        inbox!.Items.Select(n => n.Title).Should().Equal("Second", "First");
        (inbox.Total, inbox.Unread).Should().Be((2, 2));
        othersInbox!.Items.Should().NotContain(n => n.Id == first[0].Id || n.Id == second[0].Id);
        await ProblemResponse.ReadAsync(othersRead, HttpStatusCode.NotFound);
        read.StatusCode.Should().Be(HttpStatusCode.OK);
        (await read.Content.ReadFromJsonAsync<NotificationDto>())!.ReadAt.Should().NotBeNull();
        unread!.Items.Select(n => n.Title).Should().Equal("Second");
        (await all.Content.ReadFromJsonAsync<MarkedReadDto>())!.Marked.Should().Be(1);
        after!.Unread.Should().Be(0);
        after.Items.Should().OnlyContain(n => n.ReadAt != null);
    }

    [Test]
    public async Task MarkRead_Twice_KeepsTheFirstTime()
    {
        var user = await UserIdAsync("supervisor.jerusalem");
        var notification = (await NotifyAsync([user], "inbox:twice", "Twice"))[0];
        var client = await _factory.ClientAsAsync("supervisor.jerusalem");

        var first = await (await client.PostAsync($"/api/notifications/{notification.Id}/read", null)).Content.ReadFromJsonAsync<NotificationDto>();
        await Task.Delay(20);
        var second = await (await client.PostAsync($"/api/notifications/{notification.Id}/read", null)).Content.ReadFromJsonAsync<NotificationDto>();

        second!.ReadAt.Should().Be(first!.ReadAt);
    }

    [Test]
    public async Task Notify_SameKeyAgain_NothingNew()
    {
        var user = await UserIdAsync("author");

        var first = await NotifyAsync([user], "inbox:once", "Once");
        var again = await NotifyAsync([user], "inbox:once", "Once");

        first.Should().ContainSingle();
        again.Should().BeEmpty();
        (await _factory.ReadDatabaseAsync(db => db.Notifications.CountAsync(n => n.Key == "inbox:once"))).Should().Be(1);
    }

    [Test]
    public async Task Save_DuplicateUserAndKeyPastTheCheck_RefusedByTheDatabase()
    {
        var user = await UserIdAsync("analyst");

        var act = () => _factory.ReadDatabaseAsync(db =>
        {
            db.Notifications.Add(new Notification(user, "inbox:dup", "a", "b", null, DateTime.UtcNow));
            db.Notifications.Add(new Notification(user, "inbox:dup", "a", "b", null, DateTime.UtcNow));
            return db.SaveChangesAsync();
        });

        await act.Should().ThrowAsync<DbUpdateException>();
    }

    [TestCase("page=0", "page")]
    [TestCase("pageSize=101", "pageSize")]
    public async Task List_BadPaging_ProblemNamesTheField(string query, string field)
    {
        var client = await _factory.ClientAsAsync("analyst");

        var problem = await ProblemResponse.ReadAsync(await client.GetAsync($"/api/notifications?{query}"), HttpStatusCode.BadRequest);

        problem.Errors.Should().ContainKey(field);
    }

    [Test]
    public async Task Inbox_Anonymous_Unauthorized()
    {
        var client = _factory.CreateClient();

        (await client.GetAsync("/api/notifications")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.PostAsync("/api/notifications/read-all", null)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private Task<Guid> UserIdAsync(string userName) =>
        _factory.ReadDatabaseAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private async Task<IReadOnlyList<Notification>> NotifyAsync(Guid[] users, string key, string title)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        var added = await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyAsync(users, key, title, $"{title} body", null, CancellationToken.None);
        await db.SaveChangesAsync();
        await Task.Delay(5);
        return added;
    }
}
