using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Text;

namespace Jinjiang.Indicators.Benchmarks;

/// <summary>The promise extractor over report text (about 1 MB: the excerpt repeated), against one compiled Regex pass finding numbers with units.</summary>
[MemoryDiagnoser]
public partial class TextBenchmarks
{
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder();
        var target = Sizes.Quick ? 20_000 : 1_000_000;
        while (sb.Length < target)
        {
            sb.Append(Jinjiang2023.ReportText);
        }

        _text = sb.ToString();
    }

    /// <summary>Bytes of UTF-16 text processed per call; MB/s = this / mean time.</summary>
    public int Characters => _text.Length;

    [Benchmark(Baseline = true)]
    public int CompiledRegexPass() => NumbersWithUnits().Count(_text);

    [Benchmark]
    public int Extractor() => PromiseExtractor.Extract(_text, 2023).Count;

    [GeneratedRegex(@"\d+(\.\d+)?(万平方米|平方米|公里|亿元|万元|个|座|%)")]
    private static partial Regex NumbersWithUnits();
}
