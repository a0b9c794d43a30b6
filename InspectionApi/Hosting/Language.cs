namespace Inspection.Api.Hosting;

/// <summary>The language a reader asked for: Hebrew by default, English on request.</summary>
public enum Language
{
    He,
    En,
}
