using System.Diagnostics;
using System.Globalization;
using Inspection.Engine;
using Inspection.Engine.Benchmarks;
using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using Inspection.Standards.Loading;

// Measures the Engine on a generated catalog of 300 institution-level standards and 10 tracer
// standards over 30 sampled residents, against the same logic written by hand in C#.
// Run: dotnet run -c Release --project tests/Engine.Benchmarks  [-- --quick]
var quick = args.Contains("--quick");
var iterations = quick ? 2_000 : 20_000;
var throughputSeconds = quick ? 1 : 5;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var loader = new RuleSetLoader();
var loaded = loader.Load(GeneratedCatalog.Yaml(), "benchmark.yaml");
if (!loaded.Succeeded)
{
    loaded.Diagnostics.Take(10).ToList().ForEach(Console.Error.WriteLine);
    return 1;
}

var ruleSet = loaded.RuleSet!;
var compiler = new RuleSetCompiler();
var watch = Stopwatch.StartNew();
var compiled = compiler.Compile(ruleSet);
var coldCompile = watch.Elapsed;

var next = loader.Load(GeneratedCatalog.Yaml("1.0.1"), "benchmark-1.0.1.yaml").RuleSet!;
watch.Restart();
compiler.Compile(next);
var warmCompile = watch.Elapsed;

var response = GeneratedCatalog.Response();
var hand = new HandWrittenEvaluator((Inspection.Engine.Compilation.CompiledRuleSet)compiled);

var engineResult = compiled.Evaluate(response);
var handResult = hand.Evaluate(response);
var mismatch = engineResult.Findings.Zip(handResult.Findings)
    .FirstOrDefault(p => p.First.Status != p.Second.Status || p.First.Deficiency != p.Second.Deficiency
        || !p.First.AnswersRead.SequenceEqual(p.Second.AnswersRead) || !p.First.MissingAnswers.SequenceEqual(p.Second.MissingAnswers));
if (mismatch != default || engineResult.OverallScore != handResult.OverallScore || engineResult.Consequences.Count != handResult.Consequences.Count)
{
    Console.Error.WriteLine($"The hand-written evaluation disagrees with the Engine at {mismatch.First?.StandardCode ?? "the score or the consequences"}");
    return 1;
}

// Interleaved rounds: the machine is shared and noisy, so each figure is given as a range over rounds,
// with the hand-written evaluation measured in the same round beside it.
var rounds = quick ? 1 : 3;
var engineRuns = new List<(double Median, double P90, double Bytes, double PerSecond)>();
var handRuns = new List<(double Median, double P90, double Bytes, double PerSecond)>();
for (var round = 0; round < rounds; round++)
{
    var e = Measure(() => compiled.Evaluate(response), iterations);
    var h = Measure(() => hand.Evaluate(response), iterations);
    engineRuns.Add((e.MedianMicroseconds, e.P90Microseconds, e.BytesPerCall, Throughput(() => compiled.Evaluate(response), throughputSeconds)));
    handRuns.Add((h.MedianMicroseconds, h.P90Microseconds, h.BytesPerCall, Throughput(() => hand.Evaluate(response), throughputSeconds)));
}

var ratios = engineRuns.Zip(handRuns, (e, h) => e.Median / h.Median).ToList();
var statuses = string.Join(", ", engineResult.Findings.GroupBy(f => f.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
Console.WriteLine($"""
    Engine benchmark (NRules network): {ruleSet.Standards.Count} standards ({GeneratedCatalog.InstitutionStandards} institution, {GeneratedCatalog.ResidentStandards} tracer), {response.Residents.Count} residents, {ruleSet.Questions.Count()} questions, {ruleSet.Consequences.Count} consequences
    machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(quick ? "quick run" : "full run")}, {rounds} interleaved round(s); ranges are min-max over rounds
    findings per inspection: {statuses}; overall score {engineResult.OverallScore:0.000}, rating {engineResult.Rating?.Band.Code ?? "not rated"}, consequences fired {engineResult.Consequences.Count}, caps {engineResult.Caps.Count}

    compile (first, cold JIT)        {coldCompile.TotalMilliseconds,10:0.0} ms             target <= 300 ms    {Mark(coldCompile.TotalMilliseconds <= 300)}
    compile (another version, warm)  {warmCompile.TotalMilliseconds,10:0.0} ms             target <= 300 ms    {Mark(warmCompile.TotalMilliseconds <= 300)}  (NRules network included)
    evaluate, median                 {Range(engineRuns.Select(r => r.Median)),16} us   target <= 500 us    {Mark(engineRuns.Max(r => r.Median) <= 500)}
    evaluate, 90th percentile        {Range(engineRuns.Select(r => r.P90)),16} us
    allocated per inspection         {Range(engineRuns.Select(r => r.Bytes / 1024)),16} KB   target <= 512 KB    {Mark(engineRuns.Max(r => r.Bytes) <= 512 * 1024)}
    inspections per second, {Environment.ProcessorCount} cores {Range(engineRuns.Select(r => r.PerSecond)),16} /s   target >= 2,500     {Mark(engineRuns.Min(r => r.PerSecond) >= 2_500)}
    hand-written C#, median          {Range(handRuns.Select(r => r.Median)),16} us   ({Range(handRuns.Select(r => r.Bytes / 1024))} KB allocated)
    hand-written C#, per second      {Range(handRuns.Select(r => r.PerSecond)),16} /s   (the same machine's ceiling for this work)
    ratio to hand-written (median)   {Range(ratios),16} x    (no target: the price of the network, see Engine/README.md)
    """);
return 0;

static string Range(IEnumerable<double> values)
{
    var list = values.ToList();
    return list.Count == 1 || list.Min() == list.Max() ? $"{list[0]:0.0}" : $"{list.Min():0.0}-{list.Max():0.0}";
}

static string Mark(bool met) => met ? "met" : "MISSED";

static (double MedianMicroseconds, double P90Microseconds, double BytesPerCall) Measure(Func<InspectionResult> evaluate, int iterations)
{
    for (var i = 0; i < iterations / 4; i++)
    {
        evaluate();
    }

    var ticks = new long[iterations];
    GC.Collect();
    var before = GC.GetAllocatedBytesForCurrentThread();
    for (var i = 0; i < iterations; i++)
    {
        var start = Stopwatch.GetTimestamp();
        evaluate();
        ticks[i] = Stopwatch.GetTimestamp() - start;
    }

    var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)iterations;
    Array.Sort(ticks);
    double Micro(long t) => t * 1_000_000.0 / Stopwatch.Frequency;
    return (Micro(ticks[iterations / 2]), Micro(ticks[iterations * 9 / 10]), bytes);
}

static double Throughput(Func<InspectionResult> evaluate, int seconds)
{
    var count = 0L;
    var until = Stopwatch.GetTimestamp() + (seconds * Stopwatch.Frequency);
    var watch = Stopwatch.StartNew();
    Parallel.For(0, Environment.ProcessorCount, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, _ =>
    {
        var local = 0L;
        while (Stopwatch.GetTimestamp() < until)
        {
            evaluate();
            local++;
        }

        Interlocked.Add(ref count, local);
    });
    return count / watch.Elapsed.TotalSeconds;
}
