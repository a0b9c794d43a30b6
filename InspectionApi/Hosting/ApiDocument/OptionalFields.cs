using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Inspection.Api.Hosting.ApiDocument;

/// <summary>
/// A record's constructor parameters are listed as required by default; a nullable one without
/// <see cref="RequiredAttribute"/> may be left out of the JSON (it reads as null), so the document
/// says it is optional, and a generated client does not insist on it.
/// </summary>
internal static class OptionalFields
{
    public static Task Describe(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Required is not { Count: > 0 } required)
        {
            return Task.CompletedTask;
        }

        foreach (var property in context.JsonTypeInfo.Properties)
        {
            var marked = property.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true;
            var nullable = !property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null;
            if (!marked && !property.IsRequired && nullable && property.IsSetNullable)
            {
                required.Remove(property.Name);
            }
        }

        return Task.CompletedTask;
    }
}
