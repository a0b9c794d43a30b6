using Inspection.Api.Catalog;
using Inspection.Standards.Loading;

if (args is ["catalog", .. var rest])
{
    return CatalogCommand.Run(rest, new RuleSetLoader(), Console.Out, Console.Error);
}

Console.Error.WriteLine(CatalogCommand.Usage);
return 2;
