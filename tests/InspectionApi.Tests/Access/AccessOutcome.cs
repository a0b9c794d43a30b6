namespace Inspection.Api.Tests.Access;

/// <summary>How the service answered a call, as far as access goes.</summary>
public enum AccessOutcome
{
    /// <summary>2xx, or a 4xx other than 401/403/404: access passed and the request itself was judged.</summary>
    Allowed,

    /// <summary>403: the caller may see the thing but not do this.</summary>
    Forbidden,

    /// <summary>404: the thing is not the caller's to see, answered as if it did not exist.</summary>
    Hidden,

    /// <summary>401: nobody signed in.</summary>
    Unauthenticated,
}

