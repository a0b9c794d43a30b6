namespace Inspection.Api.Tests.Inspections;

/// <summary>
/// A host of its own per test class, with an <see cref="InspectionFlow"/> for the northern supervisor and
/// the provider of the care home it inspects.
/// </summary>
public abstract class InspectionFlowFixture
{
    internal InspectionApiFactory Factory { get; private set; } = null!;

    internal InspectionFlow Flow { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        Factory = new InspectionApiFactory();
        Flow = new InspectionFlow(await Factory.ClientAsAsync("supervisor.north"), await Factory.ClientAsAsync("provider.shalom"));
        await PrepareAsync();
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        Flow.Supervisor.Dispose();
        Flow.Provider.Dispose();
        Factory.Dispose();
    }

    /// <summary>What the test class prepares once the host is up.</summary>
    protected virtual Task PrepareAsync() => Task.CompletedTask;
}
