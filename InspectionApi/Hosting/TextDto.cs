
namespace Inspection.Api.Hosting;

/// <summary>Text in both languages.</summary>
public sealed record TextDto(string He, string En);
