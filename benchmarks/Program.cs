using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Jinjiang.Indicators.Benchmarks;

// dotnet run -c Release --project benchmarks -- [--quick] [BenchmarkDotNet arguments, e.g. --filter *Csv*]
// --quick: one in-process dry iteration of every benchmark on small inputs, so CI proves they still run.
var quick = args.Contains("--quick");
Sizes.Quick = quick;
var rest = args.Where(a => a != "--quick").ToArray();
IConfig config = quick
    ? DefaultConfig.Instance.AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance)).WithOptions(ConfigOptions.DisableOptimizationsValidator)
    : DefaultConfig.Instance;
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Sizes).Assembly).Run(rest.Length == 0 ? ["--filter", "*"] : rest, config);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
