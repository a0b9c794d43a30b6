using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace Inspection.Api.Hosting;

/// <summary>
/// Enumerations bound from the query string, held to the same names as JSON bodies. Minimal APIs bind
/// them with <see cref="Enum.TryParse(Type, string?, bool, out object?)"/>, which takes <c>?role=7</c> and
/// <c>?role=Supervisor,Provider</c>; this filter, added to every endpoint, looks at what was sent and
/// answers 400 with the allowed names instead.
/// </summary>
internal static class StrictEnumQuery
{
    public static EndpointFilterDelegate Filter(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var checks = context.MethodInfo.GetParameters()
            .Select(p => (Parameter: p, Type: Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
            .Where(p => p.Type.IsEnum && p.Parameter.GetCustomAttribute<FromBodyAttribute>() is null)
            .Select(p => (Name: p.Parameter.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Parameter.Name!, p.Type))
            .ToArray();
        if (checks.Length == 0)
        {
            return next;
        }

        return invocation =>
        {
            var query = invocation.HttpContext.Request.Query;
            foreach (var (name, type) in checks)
            {
                if (query.TryGetValue(name, out var sent) && (sent.Count != 1 || !EnumNames.TryParse(type, sent[0], out _)))
                {
                    return ValueTask.FromResult<object?>(Problems.Invalid(name, EnumNames.Expected(type)));
                }
            }

            return next(invocation);
        };
    }
}
