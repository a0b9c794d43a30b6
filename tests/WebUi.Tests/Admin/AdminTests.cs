using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inspection.WebUi.Tests.Admin;

/// <summary>An administrator's screens: users, cycles and the planning policy, the job log.</summary>
public sealed class AdminTests : WebUiTest
{
    /// <summary>The API asks more of a new password than the seeded demo accounts have.</summary>
    private const string NewPassword = "south-district-1";

    [Test]
    public async Task CreateUser_WithoutADistrictThenWithOne_TheNewSupervisorSignsInToTheirOwnMenu()
    {
        await SignInAsync("admin", "en");
        await Expect(Page).ToHaveURLAsync(new Regex("/app/admin/users$"));
        await Expect(Page.GetByTestId("user-supervisor.north")).ToBeVisibleAsync();

        await Page.GetByTestId("new-user").ClickAsync();
        await Page.Locator("#new-user-name").FillAsync("supervisor.south");
        await Page.Locator("#new-display-name").FillAsync("Dana South");
        await Page.Locator("#new-password").FillAsync(NewPassword);
        await Page.GetByTestId("create").ClickAsync();

        var district = Page.GetByTestId("create-user").Locator(".mud-input-control").Filter(new() { Has = Page.Locator("#new-district") });
        await Expect(district).ToContainTextAsync("a supervisor works in a district");
        using var api = await ApiAsAsync("admin");
        (await UsersAsync(api)).Should().NotContain(u => u.UserName == "supervisor.south", "a refused account is not created");

        await Page.Locator("#new-district").FillAsync("South");
        await Page.GetByTestId("create").ClickAsync();

        await Expect(Page.GetByTestId("user-supervisor.south")).ToContainTextAsync("South", new() { Timeout = 20_000 });
        await Expect(Page.GetByTestId("create-user")).ToHaveCountAsync(0);
        (await UsersAsync(api)).Should().ContainSingle(u => u.UserName == "supervisor.south")
            .Which.Should().Be(new StoredUser("supervisor.south", "Dana South", "Supervisor", "South"));

        var other = await NewContextAsync(Tablet);
        try
        {
            var page = await other.NewPageAsync();
            Watch(page);
            await GoAsync("sign-in", page);
            await UseLanguageAsync("en", page);
            await page.Locator("#username").FillAsync("supervisor.south");
            await page.Locator("#password").FillAsync(NewPassword);
            await page.GetByTestId("sign-in").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/app/inspections$"), new() { Timeout = 30_000 });
            var menu = await MenuAsync(page);
            await Expect(menu.GetByText("My inspections")).ToBeVisibleAsync();
            await Expect(menu.GetByText("Users", new() { Exact = true })).ToHaveCountAsync(0);
            await Expect(menu.GetByText("Rule sets")).ToHaveCountAsync(0);
        }
        finally
        {
            await other.CloseAsync();
        }
    }

    [Test]
    public async Task UsersPage_OpenedSignedOut_SendsToSignInAndBackAfterwards()
    {
        await Page.GotoAsync("app/admin/users");

        await Expect(Page).ToHaveURLAsync(new Regex("/app/sign-in\\?return=admin%2Fusers$"), new() { Timeout = 30_000 });
        await ReadyAsync(Page);
        await Page.Locator("#username").FillAsync("admin");
        await Page.Locator("#password").FillAsync(DemoPassword);
        await Page.GetByTestId("sign-in").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/app/admin/users$"));
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("משתמשים");
        await Expect(Page.GetByTestId("user-admin")).ToBeVisibleAsync();
    }

    [Test]
    public async Task Cycles_CreateAndPlanNow_TheJobLogListsThePlannerRunAndThePolicyIsChangedAtItsField()
    {
        await SignInAsync("admin", "en");
        await GoAsync("admin/cycles");

        await Page.GetByTestId("new-cycle").ClickAsync();
        await Page.Locator("#cycle-name").FillAsync("Browser test cycle");
        await Page.GetByTestId("create").ClickAsync();
        var row = Page.GetByTestId("cycle").Filter(new() { HasText = "Browser test cycle" });
        await Expect(row).ToContainTextAsync("Care homes for older people", new() { Timeout = 20_000 });
        using var api = await ApiAsAsync("admin");
        var cycles = await api.GetFromJsonAsync<List<JsonElement>>("api/cycles");
        var created = cycles!.Should().ContainSingle(c => c.GetProperty("name").GetString() == "Browser test cycle").Which;
        created.GetProperty("serviceType").GetString().Should().Be("elderly-care-home");
        var cycleId = created.GetProperty("id").GetGuid();

        await row.GetByTestId("plan-now").ClickAsync();
        await Expect(Page.Locator(".mud-snackbar").Filter(new() { HasText = "The planner will run" })).ToBeVisibleAsync();

        await Page.GetByTestId("policy-youth-residential").GetByTestId("edit-policy").ClickAsync();
        await Page.Locator("#policy-interval").FillAsync("0");
        await Page.GetByTestId("save-policy").ClickAsync();
        var interval = Page.GetByTestId("policy-form").Locator(".mud-input-control").Filter(new() { Has = Page.Locator("#policy-interval") });
        await Expect(interval).ToContainTextAsync("between 1 and 60");
        await Page.Locator("#policy-interval").FillAsync("14");
        await Page.GetByTestId("save-policy").ClickAsync();
        await Expect(Page.GetByTestId("policy-form")).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("policy-youth-residential")).ToContainTextAsync("14");
        var policy = await api.GetFromJsonAsync<JsonElement>("api/planning-policies/youth-residential");
        policy.GetProperty("intervalMonths").GetInt32().Should().Be(14);
        policy.GetProperty("stored").GetBoolean().Should().BeTrue();

        await GoAsync("admin/jobs");
        // The planner's run of this cycle says what it planned for it; the recurring jobs' runs (planning is off in the test host) do not name a cycle.
        var planner = Page.GetByTestId("run").Filter(new() { HasText = $"Cycle {cycleId} as of" });
        for (var i = 0; i < 30 && await planner.CountAsync() == 0; i++)
        {
            await Task.Delay(1000);
            await Page.GetByTestId("refresh").ClickAsync();
        }

        (await planner.CountAsync()).Should().Be(1, "the planner ran once for the cycle planned now");
        await Expect(planner.GetByTestId("run-outcome")).ToHaveTextAsync("Succeeded");
        await Expect(planner).ToContainTextAsync("CyclePlanner.PlanCycleAsync");
        await Expect(planner).ToContainTextAsync("regular and");

        await Page.Locator("#filter-job").FillAsync("no such job");
        await Page.GetByTestId("apply-filter").ClickAsync();
        await Expect(Page.GetByTestId("no-runs")).ToBeVisibleAsync();
    }

    [TestCase("he")]
    [TestCase("en")]
    public async Task AdminScreens_HaveNoSeriousAccessibilityViolation(string language)
    {
        await SignInAsync("admin", language);

        await GoAsync("admin/users");
        await Expect(Page.GetByTestId("users")).ToBeVisibleAsync();
        await Page.GetByTestId("new-user").ClickAsync();
        await ExpectAccessibleAsync(Page, "users");
        await Screens.CaptureAsync(Page, "users");

        await GoAsync("admin/cycles");
        await Expect(Page.GetByTestId("policies")).ToBeVisibleAsync();
        await ExpectAccessibleAsync(Page, "cycles");
        await Screens.CaptureAsync(Page, "cycles");

        await GoAsync("admin/jobs");
        await Expect(Page.GetByTestId("recurring")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("runs").Or(Page.GetByTestId("no-runs"))).ToBeVisibleAsync();
        await ExpectAccessibleAsync(Page, "job-log");
        await Screens.CaptureAsync(Page, "job-log");
    }

    private static async Task<List<StoredUser>> UsersAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<List<StoredUser>>("api/users", JsonSerializerOptions.Web))!;

    private sealed record StoredUser(string UserName, string DisplayName, string Role, string? District);
}
