using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inspection.WebUi.Tests.Shell;

/// <summary>The app's frame: signing in, the language and its direction, and each role's menu.</summary>
public sealed class ShellTests : WebUiTest
{
    [Test]
    public async Task SignIn_InHebrew_IsRightToLeftAndShowsASupervisorOnlyTheirWork()
    {
        await SignInAsync("supervisor.north", "he");

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        var menu = await MenuAsync(Page);
        await Expect(menu.GetByText("הביקורות שלי")).ToBeVisibleAsync();
        await Expect(menu.GetByText("משתמשים")).ToHaveCountAsync(0);
        await Expect(menu.GetByText("השוואה")).ToHaveCountAsync(0);
        await Expect(menu.GetByText("מערכי כללים")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task Language_SwitchedToEnglish_StaysEnglishAfterReloading()
    {
        await SignInAsync("admin", "he");
        await UseLanguageAsync("en", Page);

        await Page.ReloadAsync();
        await ReadyAsync(Page);

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        var menu = await MenuAsync(Page);
        await Expect(menu.GetByText("Users", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(menu.GetByText("Rule sets")).ToBeVisibleAsync();
        await Expect(menu.GetByText("My inspections")).ToBeVisibleAsync();
    }

    [Test]
    public async Task SignIn_WithAWrongPassword_SaysSoAndStaysOnTheForm()
    {
        await GoAsync("sign-in");
        await UseLanguageAsync("en", Page);
        await Page.Locator("#username").FillAsync("supervisor.north");
        await Page.Locator("#password").FillAsync("not the password");
        await Page.GetByTestId("sign-in").ClickAsync();

        await Expect(Page.GetByTestId("problem")).ToContainTextAsync("Sign-in failed");
        Page.Url.Should().Contain("/app/sign-in");
    }

    [TestCase("he")]
    [TestCase("en")]
    public async Task SignInPage_HasNoSeriousAccessibilityViolation(string language)
    {
        await GoAsync("sign-in");
        await UseLanguageAsync(language, Page);

        await ExpectAccessibleAsync(Page, "sign-in");
        await Screens.CaptureAsync(Page, "sign-in");
    }
}
