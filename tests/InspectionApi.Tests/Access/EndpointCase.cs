namespace Inspection.Api.Tests.Access;

/// <summary>
/// One endpoint of the access matrix: its method, its route with <c>{placeholders}</c> for the ids
/// prepared in <see cref="AccessTargets"/>, the body it is sent (just enough for access to be judged),
/// and the outcome each <see cref="Actor"/> must get.
/// </summary>
public sealed record EndpointCase(string Method, string Route, Func<AccessTargets, HttpContent?> Body, Func<Actor, AccessOutcome> Expected, string? Label = null)
{
    public override string ToString() => Label is null ? $"{Method} {Route}" : $"{Method} {Route} [{Label}]";
}
