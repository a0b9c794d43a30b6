namespace Inspection.Web.Shell;

/// <summary>The service's roles, as the API names them.</summary>
public static class Roles
{
    public const string Supervisor = "Supervisor";
    public const string Provider = "Provider";
    public const string Analyst = "Analyst";
    public const string CatalogAuthor = "CatalogAuthor";
    public const string Administrator = "Administrator";

    /// <summary>A role's name in the current language.</summary>
    public static string Name(Texts t, string? role) => role switch
    {
        Supervisor => t["Supervisor", "מפקח/ת"],
        Provider => t["Care provider", "נותן/ת שירות"],
        Analyst => t["Headquarters analyst", "אנליסט/ית מטה"],
        CatalogAuthor => t["Catalog author", "כותב/ת קטלוג"],
        Administrator => t["Administrator", "מנהל/ת מערכת"],
        _ => role ?? "",
    };
}
