using Inspection.Api.Catalog;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Api.NationalData;
using Inspection.Engine;
using Inspection.Standards.Loading;

if (args is ["catalog", .. var rest])
{
    return CatalogCommand.Run(rest, new RuleSetLoader(RuleExpressionCheck.LoaderOptions(new RuleSetCompiler())), Console.Out, Console.Error);
}

if (args is ["generate", .. var generate])
{
    return await NationalDataCommand.RunAsync(generate, Console.Out, Console.Error);
}

try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.AddInspectionServices();
    var app = builder.Build();
    app.MapInspectionEndpoints();
    await app.PrepareDatabaseAsync();
    app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
    await app.RunAsync();
    return 0;
}
catch (StartupException e)
{
    await Console.Error.WriteLineAsync($"The inspection service cannot start: {e.Message}");
    return 1;
}
catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    await Console.Error.WriteLineAsync(
        $"The inspection service cannot start: {e.Message.TrimEnd('.')}. Stop what listens there, or give another address (--urls, or URLS for run.sh).");
    return 1;
}

/// <summary>The host's entry point (public for the integration tests' WebApplicationFactory).</summary>
public partial class Program;
