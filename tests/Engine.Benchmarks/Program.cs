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
var hand = new HandWrittenEvaluator(ruleSet, compiled.Identity);

var engineResult = compiled.Evaluate(response);
var handResult = hand.Evaluate(response);
var mismatch = engineResult.Findings.Zip(handResult.Findings)
    .FirstOrDefault(p => p.First.Status != p.Second.Status || p.First.Deficiency != p.Second.Deficiency
        || !p.First.AnswersRead.SequenceEqual(p.Second.AnswersRead) || !p.First.MissingAnswers.SequenceEqual(p.Second.MissingAnswers));
if (mismatch != default || engineResult.OverallScore != handResult.OverallScore)
{
    Console.Error.WriteLine($"The hand-written evaluation disagrees with the Engine at {mismatch.First?.StandardCode ?? "the score"}");
    return 1;
}

var engine = Measure(() => compiled.Evaluate(response), iterations);
var handWritten = Measure(() => hand.Evaluate(response), iterations);
var throughput = Throughput(() => compiled.Evaluate(response), throughputSeconds);
var handThroughput = Throughput(() => hand.Evaluate(response), throughputSeconds);

var statuses = string.Join(", ", engineResult.Findings.GroupBy(f => f.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
Console.WriteLine($"""
    Engine benchmark: {ruleSet.Standards.Count} standards ({GeneratedCatalog.InstitutionStandards} institution, {GeneratedCatalog.ResidentStandards} tracer), {response.Residents.Count} residents, {ruleSet.Questions.Count()} questions
    machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(quick ? "quick run" : "full run")}
    findings per inspection: {statuses}; overall score {engineResult.OverallScore:0.000}, rating {engineResult.Rating?.Band.Code}

    compile (first, cold JIT)        {coldCompile.TotalMilliseconds,10:0.0} ms    target <= 300 ms   {Mark(coldCompile.TotalMilliseconds <= 300)}
    compile (another version, warm)  {warmCompile.TotalMilliseconds,10:0.0} ms    target <= 300 ms   {Mark(warmCompile.TotalMilliseconds <= 300)}
    evaluate, median                 {engine.MedianMicroseconds,10:0.0} us    target <= 100 us   {Mark(engine.MedianMicroseconds <= 100)}
    evaluate, 90th percentile        {engine.P90Microseconds,10:0.0} us
    allocated per inspection         {engine.BytesPerCall / 1024.0,10:0.0} KB    target <= 128 KB   {Mark(engine.BytesPerCall <= 128 * 1024)}
    hand-written C#, median          {handWritten.MedianMicroseconds,10:0.0} us    ({handWritten.BytesPerCall / 1024.0:0.0} KB allocated)
    ratio to hand-written            {engine.MedianMicroseconds / handWritten.MedianMicroseconds,10:0.00} x     target <= 3        {Mark(engine.MedianMicroseconds / handWritten.MedianMicroseconds <= 3)}
    inspections per second, {Environment.ProcessorCount} cores {throughput,10:0} /s    target >= 20,000   {Mark(throughput >= 20_000)}
    hand-written C#, per second      {handThroughput,10:0} /s    (the same machine's ceiling for this work)
    """);
return 0;

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
