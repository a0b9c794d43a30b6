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
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get);
        group.MapGet("/{id:guid}/diff/{otherId:guid}", Diff);
        group.MapPost("/", Upload).RequireAuthorization(Policies.CatalogAuthor).Accepts<string>("text/yaml", "application/yaml", "text/plain");
        group.MapPost("/import-catalog", ImportCatalog).RequireAuthorization(Policies.CatalogAuthor);
        group.MapPost("/{id:guid}/publish", Publish).RequireAuthorization(Policies.CatalogAuthor);
        group.MapPost("/{id:guid}/retire", Retire).RequireAuthorization(Policies.CatalogAuthor);
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
