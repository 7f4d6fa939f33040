using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Jinjiang.Indicators.Benchmarks;

// dotnet run -c Release --project benchmarks -- [--quick] [BenchmarkDotNet arguments, e.g. --filter *Csv*]
// dotnet run -c Release --project benchmarks -- --write-national DIR [ROWS]: the national workload's CSV (its first ROWS
//   rows) and template catalog as files, for the CLI measurement in README.md.
// dotnet run -c Release --project benchmarks -- --retained: bytes retained per observation by a national set.
// --quick: one in-process dry iteration of every benchmark on small inputs, so CI proves they still run.
if (args is ["--write-national", var directory, ..])
{
    NationalBenchmarks.WriteFiles(directory, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue);
    return 0;
}

if (args is ["--retained", ..])
{
    NationalBenchmarks.PrintRetained();
    return 0;
}

var quick = args.Contains("--quick");
Sizes.Quick = quick;
var rest = args.Where(a => a != "--quick").ToArray();
IConfig config = quick
    ? DefaultConfig.Instance.AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance)).WithOptions(ConfigOptions.DisableOptimizationsValidator)
    : DefaultConfig.Instance;
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Sizes).Assembly).Run(rest.Length == 0 ? ["--filter", "*"] : rest, config);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
