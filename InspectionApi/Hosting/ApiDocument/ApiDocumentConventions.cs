using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Inspection.Api.Hosting.ApiDocument;

/// <summary>
/// What every operation of the OpenAPI document says because of how its endpoint is mapped, in one
/// place, so an endpoint added by any feature is described the same way: the bearer scheme on every
/// operation that requires authorization (and none on those that allow anonymous callers), 401 and
/// 403 where a policy decides, 429 where a rate limit applies, 400 and 413 where a body is read,
/// the RFC 7807 problem schema on every 4xx and 5xx answer, tag descriptions, licence, contact and a
/// server address without a trailing slash.
/// </summary>
internal static class ApiDocumentConventions
{
    public const string BearerScheme = "Bearer";
    public const string ProblemSchema = "ProblemDetails";
    public const string ValidationProblemSchema = "ValidationProblemDetails";
    private const string ProblemJson = "application/problem+json";

    public static void Configure(OpenApiOptions options)
    {
        options.AddSchemaTransformer(EnumSchemas.Describe);
        options.AddSchemaTransformer(OptionalFields.Describe);
        options.AddOperationTransformer(DescribeAccessAsync);
        options.AddOperationTransformer(RequestExamples.AddAsync);
        options.AddDocumentTransformer(DescribeDocumentAsync);
    }

    private static Task DescribeAccessAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        operation.Responses ??= [];
        if (metadata.OfType<FormFields>().FirstOrDefault() is { } form)
        {
            operation.RequestBody = DescribeForm(form.Form);
        }

        if (authorize.Count > 0 && !anonymous)
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
            AddProblem(operation, StatusCodes.Status401Unauthorized, "No valid bearer token: sign in at POST /api/auth/token and send the token.");
            if (authorize.Any(a => a.Policy is not null || a.Roles is not null))
            {
                AddProblem(operation, StatusCodes.Status403Forbidden, "The signed-in user's role may not do this.");
            }
        }
        else
        {
            // Said outright: this operation needs no token.
            operation.Security = [];
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            AddProblem(operation, StatusCodes.Status429TooManyRequests, "Too many attempts: wait as long as the Retry-After header says.");
        }

        if (context.Description.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Body)
            || operation.RequestBody is not null)
        {
            AddProblem(operation, StatusCodes.Status400BadRequest, "The body cannot be read, or fields are invalid (errors per field).");
            AddProblem(operation, StatusCodes.Status413PayloadTooLarge, "The body is larger than the service accepts.");
        }

        return Task.CompletedTask;
    }

    private static void AddProblem(OpenApiOperation operation, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Responses!.ContainsKey(key))
        {
            operation.Responses[key] = new OpenApiResponse { Description = description };
        }
    }

    private static Task DescribeDocumentAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var settings = context.ApplicationServices.GetRequiredService<IConfiguration>().GetSection(ApiDocumentSettings.Section).Get<ApiDocumentSettings>() ?? new ApiDocumentSettings();
        document.Info = new OpenApiInfo
        {
            Title = settings.Title,
            Version = "v1",
            Description = "Plan and run quality-standards inspections of social-care services by the threshold method (RAF), "
                + "and read their findings, grades, scores and reports. Sign in at POST /api/auth/token and send the token as "
                + "`Authorization: Bearer <token>`. Errors are RFC 7807 problem details.",
            License = new OpenApiLicense { Name = settings.LicenseName, Url = settings.LicenseUrl is { Length: > 0 } license ? new Uri(license) : null },
            Contact = new OpenApiContact
            {
                Name = settings.ContactName,
                Email = settings.ContactEmail is { Length: > 0 } ? settings.ContactEmail : null,
                Url = settings.ContactUrl is { Length: > 0 } contact ? new Uri(contact) : null,
            },
        };

        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "The access token from POST /api/auth/token (or from the organisation's OpenID Connect provider, where one is set up).",
        };
        AddProblemSchemas(document.Components);

        var operations = (document.Paths ?? []).Values.SelectMany(p => p.Operations ?? []).Select(o => o.Value).ToList();
        foreach (var response in operations.SelectMany(o => o.Responses ?? []).Where(r => r.Key[0] is '4' or '5'))
        {
            if (response.Value is OpenApiResponse problem)
            {
                var schema = response.Key == "400" ? ValidationProblemSchema : ProblemSchema;
                problem.Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                {
                    [ProblemJson] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(schema, document) },
                };
            }
        }

        var used = operations.SelectMany(o => o.Tags ?? Enumerable.Empty<OpenApiTagReference>()).Select(t => t.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(used.Order(StringComparer.Ordinal).Select(name => new OpenApiTag
        {
            Name = name,
            Description = ApiTags.Descriptions.GetValueOrDefault(name),
        }));
        return Task.CompletedTask;
    }

    /// <summary>
    /// Says that the endpoint reads the fields of <typeparamref name="TForm"/> as multipart/form-data
    /// (its handler reads the form itself). Unlike <c>Accepts</c>, this changes nothing in routing: a
    /// body of another type still reaches the handler, which answers it with a clear 400.
    /// </summary>
    public static RouteHandlerBuilder WithFormFields<TForm>(this RouteHandlerBuilder builder) => builder.WithMetadata(new FormFields(typeof(TForm)));

    /// <summary>
    /// The form's fields described in the operation itself, each file a binary string, as generators
    /// expect them (NSwag, for one, writes no file type for a file inside a named model).
    /// </summary>
    private static OpenApiRequestBody DescribeForm(Type form)
    {
        var nullability = new NullabilityInfoContext();
        var fields = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal),
            Required = new HashSet<string>(StringComparer.Ordinal),
        };
        foreach (var property in form.GetProperties())
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var description = property.GetCustomAttribute<DescriptionAttribute>()?.Description;
            fields.Properties[name] = property.PropertyType == typeof(IFormFile)
                ? new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = description }
                : new OpenApiSchema { Type = JsonSchemaType.String, Description = description };
            if (nullability.Create(property).ReadState != NullabilityState.Nullable)
            {
                fields.Required.Add(name);
            }
        }

        return new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { ["multipart/form-data"] = new OpenApiMediaType { Schema = fields } },
        };
    }

    private sealed record FormFields(Type Form);

    /// <summary>The RFC 7807 body every error answer has, and the 400 one with its errors per field.</summary>
    private static void AddProblemSchemas(OpenApiComponents components)
    {
        components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        components.Schemas[ProblemSchema] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An RFC 7807 problem: what went wrong, for people (title, detail) and programs (status, type).",
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "A URI naming the kind of problem." },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "The kind of problem, in a few words." },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32", Description = "The HTTP status code." },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "What went wrong this time, and what to change." },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "The request the problem happened in." },
                ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "The request's trace id, to find it in the service's log." },
            },
            AdditionalPropertiesAllowed = true,
        };
        components.Schemas[ValidationProblemSchema] = new OpenApiSchema
        {
            Description = "A 400 problem; when fields are invalid, errors names each (as the JSON body names it) with what is wrong.",
            AllOf =
            [
                new OpenApiSchemaReference(ProblemSchema),
                new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                    {
                        ["errors"] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                            Examples = [new JsonObject { ["plannedDate"] = new JsonArray("the planned date is required") }],
                        },
                    },
                },
            ],
        };
    }
}
