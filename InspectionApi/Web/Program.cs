using Inspection.Web;
using Inspection.Web.Shell;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using MudBlazor.Services;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");
builder.Services.AddMudServices();
builder.Services.AddScoped<Inspection.Web.Questionnaire.AnswerOutbox>();
builder.Services.AddWebShell(new Uri(new Uri(builder.HostEnvironment.BaseAddress), "/"));
var host = builder.Build();
await host.Services.GetRequiredService<Texts>().LoadAsync();
await host.Services.GetRequiredService<Session>().LoadAsync();
await host.RunAsync();
