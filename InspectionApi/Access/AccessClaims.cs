namespace Inspection.Api.Access;

/// <summary>The claims the service adds beyond the standard ones.</summary>
public static class AccessClaims
{
    public const string Operator = "operator";
    public const string District = "district";
}
