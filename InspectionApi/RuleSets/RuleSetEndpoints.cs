using AutoMapper;
using AutoMapper.QueryableExtensions;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Standards.Model;
using Inspection.Standards.Versioning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Api.RuleSets;

/// <summary>Rule-set versions: read by everyone signed in; imported, published and retired by catalog authors.</summary>
public static class RuleSetEndpoints
{
    public static void MapRuleSets(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/rule-sets").WithTags("Rule sets").RequireAuthorization();
        group.MapGet("/", List).WithName("ListRuleSets").WithSummary("List rule-set versions")
            .WithDescription("Every version of every rule set, optionally of one service type (?serviceType=).");
        group.MapGet("/{id:guid}", Get).WithName("GetRuleSet").WithSummary("Get a rule-set version")
            .WithDescription("One version: service type, version number, status and content hash.").ProducesProblem(404);
        group.MapGet("/{id:guid}/diff/{otherId:guid}", Diff).WithName("DiffRuleSets").WithSummary("Compare two rule-set versions")
            .WithDescription("What changed from one version to the other, one line per change.").ProducesProblem(404);
        group.MapPost("/", Upload).WithName("UploadRuleSet").WithSummary("Upload a rule-set version")
            .WithDescription("A catalog file (YAML) as the body. A file that does not load answers 400 with every problem's file, line and column; the same version with other content answers 409.")
            .ProducesProblem(409).RequireAuthorization(Policies.CatalogAuthor).Accepts<string>("text/yaml", "application/yaml", "text/plain");
        group.MapPost("/import-catalog", ImportCatalog).WithName("ImportCatalog").WithSummary("Import the shipped catalog")
            .WithDescription("Loads every rule set in the service's catalog folder; versions already there are left as they are.")
            .ProducesProblem(400).ProducesProblem(409).RequireAuthorization(Policies.CatalogAuthor);
        group.MapPost("/{id:guid}/publish", Publish).WithName("PublishRuleSet").WithSummary("Publish a rule-set version")
            .WithDescription("A draft becomes the version in force for new inspections of its service type.").ProducesProblem(404).ProducesProblem(409).RequireAuthorization(Policies.CatalogAuthor);
        group.MapPost("/{id:guid}/retire", Retire).WithName("RetireRuleSet").WithSummary("Retire a rule-set version")
            .WithDescription("A published version is no longer used for new inspections; past ones keep it.").ProducesProblem(404).ProducesProblem(409).RequireAuthorization(Policies.CatalogAuthor);
    }

    public static async Task<Ok<List<RuleSetVersionDto>>> List(InspectionDbContext db, IMapper mapper, string? serviceType, CancellationToken cancellationToken)
    {
        var query = serviceType is null ? db.RuleSetVersions : db.RuleSetVersions.Where(v => v.ServiceType == serviceType);
        var versions = await query.ProjectTo<RuleSetVersionDto>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        return TypedResults.Ok(versions.OrderBy(v => v.RuleSetId).ThenBy(v => SemanticVersion.TryParse(v.Version, out var s) ? s : default).ToList());
    }

    public static async Task<Results<Ok<RuleSetVersionDto>, ProblemHttpResult>> Get(Guid id, InspectionDbContext db, IMapper mapper, CancellationToken cancellationToken)
    {
        var version = await db.RuleSetVersions.Where(v => v.Id == id).ProjectTo<RuleSetVersionDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken);
        return version is null ? Problems.NotFound("The rule-set version") : TypedResults.Ok(version);
    }

    public static async Task<Results<Ok<List<string>>, ProblemHttpResult>> Diff(Guid id, Guid otherId, InspectionDbContext db, RuleSetLibrary library, CancellationToken cancellationToken)
    {
        var from = await db.RuleSetVersions.FindAsync([id], cancellationToken);
        var to = await db.RuleSetVersions.FindAsync([otherId], cancellationToken);
        if (from is null || to is null)
        {
            return Problems.NotFound("The rule-set version");
        }

        return TypedResults.Ok(RuleSetDiff.Compare(library.Get(from).RuleSet, library.Get(to).RuleSet).Describe().ToList());
    }

    /// <summary>Imports one catalog file sent as the request body (YAML).</summary>
    public static async Task<Results<Created<RuleSetVersionDto>, Ok<RuleSetVersionDto>, ProblemHttpResult>> Upload(
        HttpRequest request, InspectionDbContext db, RuleSetLibrary library, IMapper mapper, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var yaml = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return Problems.Invalid("body", "send the catalog file (YAML) as the request body");
        }

        var name = request.Headers["X-File-Name"].FirstOrDefault() is { Length: > 0 } header ? Path.GetFileName(header) : "upload.yaml";
        var outcome = await library.ImportAsync(db, yaml, name, cancellationToken);
        if (outcome.Problems.Count > 0)
        {
            return Problems.InvalidCatalog(outcome.Problems);
        }

        if (outcome.Conflict is not null)
        {
            return Problems.Conflict(outcome.Conflict);
        }

        var dto = mapper.Map<RuleSetVersionDto>(outcome.Version);
        return outcome.Created ? TypedResults.Created($"/api/rule-sets/{dto.Id}", dto) : TypedResults.Ok(dto);
    }

    /// <summary>Imports every file of the server's catalog folder; files already imported are left as they are.</summary>
    public static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> ImportCatalog(
        InspectionDbContext db, RuleSetLibrary library, IMapper mapper, IOptions<InspectionOptions> options, CancellationToken cancellationToken)
    {
        var outcomes = await library.ImportFolderAsync(db, options.Value.ResolveCatalogFolder(), cancellationToken);

        var problems = outcomes.SelectMany(o => o.Problems).ToList();
        if (problems.Count > 0)
        {
            return Problems.InvalidCatalog(problems);
        }

        if (outcomes.FirstOrDefault(o => o.Conflict is not null) is { } conflict)
        {
            return Problems.Conflict(conflict.Conflict!);
        }

        return TypedResults.Ok(new ImportResult(
            outcomes.Count(o => o.Created), outcomes.Count(o => !o.Created), [.. outcomes.Select(o => mapper.Map<RuleSetVersionDto>(o.Version))]));
    }

    public static Task<Results<Ok<RuleSetVersionDto>, ProblemHttpResult>> Publish(Guid id, InspectionDbContext db, IMapper mapper, CancellationToken cancellationToken) =>
        ChangeStatus(id, db, mapper, v => v.Publish(), cancellationToken);

    public static Task<Results<Ok<RuleSetVersionDto>, ProblemHttpResult>> Retire(Guid id, InspectionDbContext db, IMapper mapper, CancellationToken cancellationToken) =>
        ChangeStatus(id, db, mapper, v => v.Retire(), cancellationToken);

    private static async Task<Results<Ok<RuleSetVersionDto>, ProblemHttpResult>> ChangeStatus(
        Guid id, InspectionDbContext db, IMapper mapper, Func<RuleSetVersion, string?> change, CancellationToken cancellationToken)
    {
        var version = await db.RuleSetVersions.FindAsync([id], cancellationToken);
        if (version is null)
        {
            return Problems.NotFound("The rule-set version");
        }

        // Stored versions always compiled on import, so a draft here can be published as it is.
        if (change(version) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(mapper.Map<RuleSetVersionDto>(version));
    }
}
