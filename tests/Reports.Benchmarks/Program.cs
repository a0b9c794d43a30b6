using System.Globalization;
using Inspection.Reports.Benchmarks;

// Reports benchmark and sample writer.
//   dotnet run -c Release --project tests/Reports.Benchmarks                  the benchmark
//   dotnet run -c Release --project tests/Reports.Benchmarks -- --samples DIR  every report, both languages, to DIR
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var samples = Array.IndexOf(args, "--samples");
if (samples >= 0)
{
    return await SampleFiles.WriteAsync(args.Length > samples + 1 ? args[samples + 1] : "report-samples");
}

return await ReportBenchmark.RunAsync(args.Contains("--quick"));
