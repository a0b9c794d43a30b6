using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Inspection.WebUi.Tests.TestData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inspection.WebUi.Tests.Shell;

/// <summary>
/// The interface on a phone, with the keyboard alone: a supervisor signs in, opens a visit's questionnaire and answers
/// it without a pointer; nothing is wider than the screen and axe finds no serious violation.
/// </summary>
public sealed class PhoneAndKeyboardTests : WebUiTest
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Test]
    public async Task Questionnaire_OnAPhoneWithTheKeyboardAlone_IsAnsweredAndSaved()
    {
        using var api = await ApiAsAsync("supervisor.north");
        var id = await StartedVisitAsync(api);
        await using var phone = await NewContextAsync(Phone);
        var page = await phone.NewPageAsync();
        Watch(page);

        // Signing in: the user name has the focus; Tab to the password, Enter sends the form.
        await GoAsync("sign-in", page);
        await UseLanguageAsync("he", page);
        await page.Locator("#username").FocusAsync();
        await page.Keyboard.TypeAsync("supervisor.north");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#password")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).Not.ToHaveURLAsync(new Regex("/sign-in"), new() { Timeout = 30_000 });

        await GoAsync($"inspections/{id}/questionnaire", page);
        await Expect(page.GetByTestId("questionnaire")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 30_000 });
        var first = page.Locator("[data-testid^=question-]").First;
        var code = (await first.GetAttributeAsync("data-testid"))!["question-".Length..];
        var yes = first.GetByTestId("yes").Locator("input");

        // Tab until the first question's answer has the focus, then Space chooses "yes".
        for (var presses = 0; presses < 60 && !await yes.EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(yes).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(yes).ToBeCheckedAsync();
        await Expect(page.GetByTestId("save-state")).ToHaveAttributeAsync("data-pending", "0", new() { Timeout = 20_000 });
        var answers = await api.GetFromJsonAsync<JsonElement>($"api/inspections/{id}/answers");
        answers.GetProperty("answers").GetProperty(code).GetBoolean().Should().BeTrue("the answer given with the keyboard was saved");

        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"))
            .Should().BeTrue("nothing on the phone's screen is wider than the screen");
        await ExpectAccessibleAsync(page, "questionnaire on a phone");
        await Screens.CaptureAsync(page, "questionnaire-phone");
    }

    private static async Task<Guid> StartedVisitAsync(HttpClient api)
    {
        var (facility, _) = await InspectionData.FacilityAsync(api, "north");
        var id = await new InspectionData(api).PlannedAsync(facility, 250);
        using var started = await api.PostAsync($"api/inspections/{id}/start", null);
        started.StatusCode.Should().Be(HttpStatusCode.OK, await started.Content.ReadAsStringAsync());
        return id;
    }
}
