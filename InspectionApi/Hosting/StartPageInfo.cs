namespace Inspection.Api.Hosting;

/// <summary>The start page's data: empty outside a demo.</summary>
public sealed record StartPageInfo(bool DemoData, string? DemoPassword, IReadOnlyList<DemoUserDto> DemoUsers);
