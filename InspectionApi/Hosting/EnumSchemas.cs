using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Inspection.Api.Hosting;

/// <summary>
/// Enumerations in the OpenAPI document as what <see cref="StrictEnumConverter"/> and
/// <see cref="StrictEnumQuery"/> accept: a string, one of the member names.
/// </summary>
internal static class EnumSchemas
{
    public static Task Describe(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        var nullable = Nullable.GetUnderlyingType(type) is not null;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            schema.Enum = [.. EnumNames.Of(type).Select(n => (JsonNode)JsonValue.Create(n))];
            if (nullable)
            {
                schema.Enum.Add(null!);
            }
        }

        return Task.CompletedTask;
    }
}
