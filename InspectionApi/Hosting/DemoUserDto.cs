namespace Inspection.Api.Hosting;

public sealed record DemoUserDto(string UserName, string Role);
