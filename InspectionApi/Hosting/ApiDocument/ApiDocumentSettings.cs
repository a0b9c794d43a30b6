namespace Inspection.Api.Hosting.ApiDocument;

/// <summary>What the OpenAPI document says about the service itself (section <c>ApiDocument</c>).</summary>
public sealed class ApiDocumentSettings
{
    public const string Section = "ApiDocument";

    public string Title { get; set; } = "RAF inspection API";

    public string LicenseName { get; set; } = "Proprietary";

    public string? LicenseUrl { get; set; }

    public string ContactName { get; set; } = "Inspection service team";

    public string? ContactEmail { get; set; }

    public string? ContactUrl { get; set; }
}
