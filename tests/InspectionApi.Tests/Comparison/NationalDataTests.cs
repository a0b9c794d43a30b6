using Inspection.Api.Comparison;
using Inspection.Api.Comparison.WhatIf;
using Inspection.Api.Data;
using Inspection.Api.Inspections;
using Inspection.Api.Inspections.Answers;
using Inspection.Api.NationalData;
using Inspection.Api.RuleSets;
using Inspection.Engine;
using Inspection.Engine.Findings;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Comparison;

/// <summary>
/// The national data generator on a small picture: rows written by its bulk path read back through EF
/// as aggregates whose stored results are what the Engine gives for their stored answers, obeying the
/// API's planning rules.
/// </summary>
public sealed class NationalDataTests
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"national-{Guid.NewGuid():N}.db");
    private NationalDataSummary _summary = null!;

    [OneTimeSetUp]
    public async Task Generate() =>
        _summary = await NationalDataCommand.GenerateAsync(_file,
            new NationalDataOptions { Facilities = 8, Cycles = 2, Until = new DateOnly(2026, 11, 30), SelfAssessmentShare = 0.5 },
            Path.Combine(InspectionApiFactory.RepositoryRoot(), "standards-catalog"), TextWriter.Null, CancellationToken.None);

    [OneTimeTearDown]
    public void Remove()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_file) + "*"))
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task Generate_SmallPicture_OneEvaluatedInspectionPerFacilityAndCycle()
    {
        await using var db = Open();

        _summary.Should().Be(new NationalDataSummary(8, 8, 16, _summary.SelfAssessments));
        (await db.Facilities.CountAsync()).Should().Be(8);
        (await db.Facilities.Select(f => f.ServiceType).Distinct().CountAsync()).Should().Be(4);
        (await db.Cycles.CountAsync()).Should().Be(8);
        var official = await db.Inspections.Where(i => i.Kind != InspectionKind.SelfAssessment).ToListAsync();
        official.Should().HaveCount(16).And.OnlyContain(i => i.EvaluatedAt != null && i.CycleId != null && i.OverallScore != null);
        official.GroupBy(i => (i.FacilityId, i.CycleId)).Should().OnlyContain(g => g.Count() == 1);
        (await db.Inspections.CountAsync(i => i.Kind == InspectionKind.SelfAssessment)).Should().Be(_summary.SelfAssessments);
        (await db.Inspections.Where(i => i.Kind == InspectionKind.SelfAssessment).AllAsync(i => i.CycleId == null && i.EvaluatedAt != null)).Should().BeTrue();
    }

    [Test]
    public async Task Generate_BulkRows_ReadBackAsAggregatesWhoseResultsTheEngineReproduces()
    {
        await using var db = Open();
        var library = new RuleSetLibrary(new RuleSetCompiler(), TimeProvider.System);
        var evaluator = new InspectionEvaluator(library, db, TimeProvider.System);
        var inspections = await db.Inspections.Include(i => i.RuleSetVersion).Include(i => i.Facility)
            .Include(i => i.Answers).Include(i => i.Residents).ThenInclude(r => r.Answers).Include(i => i.Findings).Include(i => i.DomainScores).Include(i => i.Census)
            .AsSplitQuery().ToListAsync();
        var cycles = await db.Cycles.ToDictionaryAsync(c => c.Id);
        var published = await db.RuleSetVersions.ToListAsync();

        foreach (var inspection in inspections)
        {
            var evaluation = await evaluator.EvaluateAsync(inspection, CancellationToken.None);
            inspection.OverallScore.Should().Be(evaluation.Result.OverallScore, "the stored score of {0}", inspection.Id);
            inspection.Rating.Should().Be(evaluation.Result.Rating?.Band.Code);
            inspection.Findings.Should().HaveCount(evaluation.RuleSet.Standards.Count);
            inspection.DomainScores.Select(d => (d.Domain, d.Score)).Should().BeEquivalentTo(evaluation.Result.Domains.Select(d => (d.Domain, d.Score)));
            inspection.Caps.Select(c => c.Code).Should().Equal(evaluation.Result.Caps.Select(c => c.Cap.Code));
            inspection.Census.Should().HaveCount(evaluation.RuleSet.Tracers.Count);
            RuleSetVersion.InForce(published.Where(v => v.ServiceType == inspection.Facility!.ServiceType), inspection.VisitDate!.Value)!.Id
                .Should().Be(inspection.RuleSetVersionId, "every inspection uses the version in force on its date");
            if (inspection.CycleId is { } cycleId)
            {
                inspection.VisitDate.Should().BeOnOrAfter(cycles[cycleId].PeriodStart).And.BeOnOrBefore(cycles[cycleId].PeriodEnd);
            }
        }
    }

    [Test]
    public async Task WhatIf_EachInspectionsOwnVersionAsTheDraft_ReproducesEveryStoredResult()
    {
        // The what-if reads stored inspections in its own narrow queries. With the census, the withdrawn
        // standards and the deficiencies of the previous visit, an unchanged rule set gives back every stored
        // result, the second cycle's visits (evaluated against the first) included.
        await using var db = Open();
        var library = new RuleSetLibrary(new RuleSetCompiler(), TimeProvider.System);
        var versions = await db.RuleSetVersions.AsNoTracking().ToDictionaryAsync(v => v.Id);
        var official = await db.Inspections.AsNoTracking().Official()
            .Select(i => new { i.Id, i.RuleSetVersionId, i.PreviousInspectionId }).ToListAsync();
        official.Should().Contain(i => i.PreviousInspectionId != null, "second visits are evaluated against the first");
        var (responses, results) = await WhatIfRunner.ReadAsync(db, [.. official.Select(i => i.Id)], CancellationToken.None);
        var stored = responses.ToDictionary(r => r.InspectionId);
        stored.Values.Should().Contain(r => r.Response.Census != null, "the census is recorded");
        stored.Values.Should().Contain(r => r.PreviousDeficiencies != null, "some first visits found deficiencies");

        var outcomes = official.GroupBy(i => i.RuleSetVersionId).SelectMany(g =>
        {
            var (ruleSet, compiled) = library.Get(versions[g.Key]);
            var evaluation = new WhatIfEvaluation(ruleSet, compiled);
            return g.Select(i => evaluation.Evaluate(stored[i.Id], results[i.Id]));
        }).ToList();

        outcomes.Should().HaveCount(16);
        foreach (var outcome in outcomes)
        {
            outcome.Error.Should().BeNull();
            outcome.Changes.Should().BeEmpty("the stored findings of {0}", outcome.Result.InspectionId);
            (outcome.ScoreAfter, outcome.RatingAfter).Should().Be((outcome.Result.OverallScore, outcome.Result.Rating));
        }
    }

    [Test]
    public async Task Snapshot_WrittenWhenEvaluated_HoldsEveryStoredAnswerResidentAndCensusEntry()
    {
        await using var db = Open();
        var inspections = await db.Inspections.AsNoTracking().Include(i => i.Snapshot).Include(i => i.Answers).Include(i => i.Residents).ThenInclude(r => r.Answers)
            .Include(i => i.Census).AsSplitQuery().ToListAsync();
        inspections.Should().HaveCount(16 + _summary.SelfAssessments);

        foreach (var inspection in inspections)
        {
            inspection.Snapshot.Should().NotBeNull("inspection {0} was evaluated", inspection.Id);
            Parts(ResponseSnapshot.Read(inspection.Snapshot!.Packed)).Should().BeEquivalentTo(Parts(inspection), "the snapshot of {0}", inspection.Id);
        }
    }

    [Test]
    public async Task Snapshots_FilledFromTheRows_AreTheOnesWrittenAtEvaluationAndReproduceEveryStoredResult()
    {
        // A database whose inspections were evaluated before snapshots existed: the fill builds them from the
        // answer rows in SQL, and the what-if reads them as it reads those written by the aggregate.
        await using var db = Open();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var written = await db.Set<ResponseSnapshot>().AsNoTracking().ToDictionaryAsync(s => s.InspectionId, s => Parts(ResponseSnapshot.Read(s.Packed)));
        await db.Set<ResponseSnapshot>().ExecuteDeleteAsync();
        var secondCycle = await db.Inspections.Where(i => i.PreviousInspectionId != null).Select(i => i.CycleId!.Value).FirstAsync();

        var ofCycle = await ResponseSnapshots.FillMissingAsync(db, secondCycle, CancellationToken.None);
        var rest = await ResponseSnapshots.FillMissingAsync(db, null, CancellationToken.None);
        var again = await ResponseSnapshots.FillMissingAsync(db, null, CancellationToken.None);

        (ofCycle, rest, again).Should().Be((await db.Inspections.CountAsync(i => i.CycleId == secondCycle), written.Count - ofCycle, 0));
        var filled = await db.Set<ResponseSnapshot>().AsNoTracking().ToDictionaryAsync(s => s.InspectionId, s => Parts(ResponseSnapshot.Read(s.Packed)));
        filled.Keys.Should().BeEquivalentTo(written.Keys);
        foreach (var (id, parts) in written)
        {
            filled[id].Should().BeEquivalentTo(parts, "the snapshot of {0} filled from its rows", id);
        }

        var library = new RuleSetLibrary(new RuleSetCompiler(), TimeProvider.System);
        var versions = await db.RuleSetVersions.AsNoTracking().ToDictionaryAsync(v => v.Id);
        var official = await db.Inspections.AsNoTracking().Official().Select(i => i.Id).ToListAsync();
        var (responses, results) = await WhatIfRunner.ReadAsync(db, official, CancellationToken.None);
        var outcomes = responses.Select(r => library.Get(versions[results[r.InspectionId].RuleSetVersionId]) is var (ruleSet, compiled)
            ? new WhatIfEvaluation(ruleSet, compiled).Evaluate(r, results[r.InspectionId]) : null!).ToList();
        outcomes.Should().HaveCount(16).And.OnlyContain(o => o.Error == null && o.Changes.Count == 0
            && o.ScoreAfter == o.Result.OverallScore && o.RatingAfter == o.Result.Rating);
        await transaction.RollbackAsync();
    }

    [Test]
    public async Task WhatIfRead_InspectionWithoutSnapshot_SaysWhichOne()
    {
        await using var db = Open();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var official = await db.Inspections.AsNoTracking().Official().Select(i => i.Id).ToListAsync();
        await db.Set<ResponseSnapshot>().Where(s => s.InspectionId == official[3]).ExecuteDeleteAsync();

        var read = () => WhatIfRunner.ReadAsync(db, official, CancellationToken.None);

        (await read.Should().ThrowAsync<InvalidOperationException>()).WithMessage($"inspection {official[3]} has no response snapshot*");
        await transaction.RollbackAsync();
    }

    [Test]
    public async Task Findings_ReadPacked_AreTheStoredRows()
    {
        // Headquarters reads the finding columns packed by the database into one text per inspection: they
        // must split back into exactly the stored rows, a null grade and a withdrawn finding included.
        await using var db = Open();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var disputed = await db.Findings.FirstAsync(f => f.Status == FindingStatus.NotMet && f.Grade != null);
        disputed.Withdraw();
        await db.SaveChangesAsync();
        var stored = await db.Findings.AsNoTracking().Select(f => new StoredFinding(f.InspectionId, f.StandardCode, f.Status, f.Grade, f.Withdrawn)).ToListAsync();
        stored.Should().Contain(f => f.Grade == null).And.Contain(f => f.Withdrawn);

        var read = await OfficialResults.FindingsAsync(db, [.. stored.Select(f => f.InspectionId).Distinct()], CancellationToken.None);

        read.Should().BeEquivalentTo(stored);
        await transaction.RollbackAsync();
    }

    /// <summary>A snapshot's parts, order-free: institution answers, census, and each resident's tracers and answers.</summary>
    private static object Parts(PackedResponse response) => new
    {
        Answers = Split(response.Answers.ToString()),
        Census = response.Census ?? new Dictionary<string, int>(),
        Residents = response.Residents.ToDictionary(r => r.Code, r => new { Tracers = string.Join(',', r.Tracers.Order(StringComparer.Ordinal)), Answers = Split(r.Answers.ToString()) }),
    };

    private static object Parts(FacilityInspection inspection) => new
    {
        Answers = inspection.Answers.ToDictionary(a => a.QuestionCode, a => a.ValueJson),
        Census = inspection.Census.ToDictionary(c => c.TracerCode, c => c.Residents),
        Residents = inspection.Residents.ToDictionary(r => r.Code, r => new { r.Tracers, Answers = r.Answers.ToDictionary(a => a.QuestionCode, a => a.ValueJson) }),
    };

    private static Dictionary<string, string> Split(string packed) =>
        packed.Split(ResponseSnapshot.Record, StringSplitOptions.RemoveEmptyEntries).Select(a => a.Split(ResponseSnapshot.Unit)).ToDictionary(p => p[0], p => p[1]);

    [Test]
    public async Task Generate_IntoADatabaseWithFacilities_IsRefused()
    {
        var act = () => NationalDataCommand.GenerateAsync(_file, new NationalDataOptions { Facilities = 4, Cycles = 1 },
            Path.Combine(InspectionApiFactory.RepositoryRoot(), "standards-catalog"), TextWriter.Null, CancellationToken.None);

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*already has facilities*");
    }

    private SqliteInspectionDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteInspectionDbContext>().UseSqlite($"Data Source={_file};Pooling=false").Options);
}
