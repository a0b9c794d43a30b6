using System.Text.Json;

namespace Inspection.Api.Hosting;

/// <summary>A JSON value that is not one of its enumeration's names; the message lists the names.</summary>
public sealed class EnumNameException(string message) : JsonException(message);
