using Inspection.Api.Catalog;
using Inspection.Engine;
using Inspection.Standards.Loading;

if (args is ["catalog", .. var rest])
{
    return CatalogCommand.Run(rest, new RuleSetLoader(RuleExpressionCheck.LoaderOptions(new RuleSetCompiler())), Console.Out, Console.Error);
}

Console.Error.WriteLine(CatalogCommand.Usage);
return 2;
