using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Inspection.Api.Demo;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Inspection.Api.Tests.ApiDocument;

/// <summary>
/// The contract proven usable, not only valid: NSwag (the .NET tool in .config/dotnet-tools.json)
/// writes a C# client from the document the host serves, Roslyn compiles it, and the client signs in
/// and reads through the real host.
/// </summary>
public sealed class GeneratedClientTests
{
    private InspectionApiFactory _factory = null!;
    private string _folder = null!;
    private Assembly _client = null!;

    [OneTimeSetUp]
    public async Task GenerateAndCompileClient()
    {
        _factory = new InspectionApiFactory();
        _folder = Path.Combine(Path.GetTempPath(), "inspection-client-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var document = Path.Combine(_folder, "v1.json");
        await File.WriteAllTextAsync(document, await _factory.CreateClient().GetStringAsync("/openapi/v1.json"));

        var source = Path.Combine(_folder, "InspectionClient.cs");
        await RunToolAsync("tool", "restore");
        await RunToolAsync("tool", "run", "nswag", "openapi2csclient", $"/input:{document}", $"/output:{source}", "/namespace:Generated",
            "/className:InspectionClient", "/jsonLibrary:SystemTextJson", "/operationGenerationMode:SingleClientFromOperationId",
            "/generateClientInterfaces:false", "/useBaseUrl:false");
        _client = Compile(await File.ReadAllTextAsync(source));
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task GeneratedClient_SignInThenRead_ReturnsTheSignedInUserAndTheirFacilities()
    {
        var http = _factory.CreateClient();
        var client = Activator.CreateInstance(Type("InspectionClient"), http)!;
        var request = Activator.CreateInstance(Type("TokenRequest"))!;
        Set(request, "UserName", "supervisor.north");
        Set(request, "Password", DemoData.Password);

        var token = await CallAsync(client, "SignInAsync", request);
        http.DefaultRequestHeaders.Authorization = new("Bearer", (string)Get(token, "AccessToken")!);
        var me = await CallAsync(client, "GetMeAsync");
        var facilities = (System.Collections.IEnumerable)(await CallAsync(client, "ListFacilitiesAsync", null, null))!;

        Get(me, "UserName").Should().Be("supervisor.north");
        Get(me, "District").Should().Be("north");
        var districts = facilities.Cast<object>().Select(f => Get(f, "District")).ToList();
        districts.Should().NotBeEmpty().And.OnlyContain(d => Equals(d, "north"), "a supervisor sees the facilities of their own district");
    }

    [Test]
    public async Task GeneratedClient_UnknownFacility_ThrowsTheProblemDetailsTheDocumentDescribes()
    {
        var http = await _factory.ClientAsAsync("analyst");
        var client = Activator.CreateInstance(Type("InspectionClient"), http)!;

        var call = async () => await CallAsync(client, "GetFacilityAsync", Guid.NewGuid());

        var thrown = (await call.Should().ThrowAsync<Exception>()).Which;
        thrown.GetType().Name.Should().Be("ApiException`1", "a 404 the document lists is read into its problem schema");
        Get(thrown, "StatusCode").Should().Be(404);
        var problem = Get(thrown, "Result")!;
        Get(problem, "Title").Should().Be("Not found");
        Get(problem, "Status").Should().Be(404);
    }

    [Test]
    public async Task GeneratedClient_WithoutToken_Gets401()
    {
        var client = Activator.CreateInstance(Type("InspectionClient"), _factory.CreateClient())!;

        var call = async () => await CallAsync(client, "GetMeAsync");

        var thrown = (await call.Should().ThrowAsync<Exception>()).Which;
        Get(thrown, "StatusCode").Should().Be(401);
    }

    private Type Type(string name) => _client.GetType($"Generated.{name}", throwOnError: true)!;

    private static void Set(object target, string property, object? value) => target.GetType().GetProperty(property)!.SetValue(target, value);

    private static object? Get(object? target, string property) => target!.GetType().GetProperty(property)!.GetValue(target);

    /// <summary>Calls the generated method without a cancellation token and awaits it; an API error is thrown as itself.</summary>
    private static async Task<object?> CallAsync(object client, string method, params object?[] arguments)
    {
        var candidates = client.GetType().GetMethods().Where(m => m.Name == method && m.GetParameters().Length == arguments.Length).ToList();
        candidates.Should().ContainSingle($"the generated client has one {method} with {arguments.Length} argument(s)");
        var task = (Task)candidates[0].Invoke(client, arguments)!;
        await task;
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }

    private static Assembly Compile(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0).Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Generated.InspectionClient", [CSharpSyntaxTree.ParseText(source)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Should().BeEmpty("the generated client compiles");
        image.Position = 0;
        return new AssemblyLoadContext("generated-client", isCollectible: true).LoadFromStream(image);
    }

    /// <summary>Runs <c>dotnet</c> in the repository (where the tool manifest is), failing with its output when it fails.</summary>
    private static async Task RunToolAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = InspectionApiFactory.RepositoryRoot(), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, $"dotnet {string.Join(' ', arguments)} succeeds:\n{await output}\n{await errors}");
    }
}
