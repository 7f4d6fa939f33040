using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Text;

namespace Jinjiang.Indicators.Benchmarks;

/// <summary>
/// The promise extractor over report text, against one compiled Regex pass finding numbers with units: ordinary text
/// (the excerpt repeated) and the same text as one line without a sentence end (。 and line breaks removed, the input
/// that once made the output grow with the square of its length), each at 100 KB and 1 MB. Linear means the 1 MB rows
/// take about ten times the 100 KB rows, for the extractor and for its JSON output alike.
/// </summary>
[MemoryDiagnoser]
public partial class TextBenchmarks
{
    private string _text = string.Empty;

    /// <summary>Ordinary report text, or one long line.</summary>
    [Params("text", "line")]
    public string Shape { get; set; } = "text";

    /// <summary>Characters of input (scaled down 50 times in --quick mode).</summary>
    [Params(100_000, 1_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder();
        var target = Sizes.Quick ? Size / 50 : Size;
        while (sb.Length < target)
        {
            sb.Append(Jinjiang2023.ReportText);
        }

        var text = sb.ToString(0, target);
        _text = Shape == "line" ? text.Replace("。", "，", StringComparison.Ordinal).Replace("\n", "，", StringComparison.Ordinal) : text;
    }

    [Benchmark(Baseline = true)]
    public int CompiledRegexPass() => NumbersWithUnits().Count(_text);

    [Benchmark]
    public int Extractor() => PromiseExtractor.Extract(_text, 2023).Count;

    /// <summary>Extraction and its JSON output: the output's length, which must stay linear in the input's too.</summary>
    [Benchmark]
    public int ExtractorJson() => CandidateJson.ToJson(PromiseExtractor.Extract(_text, 2023)).Length;

    [GeneratedRegex(@"\d+(\.\d+)?(万平方米|平方米|公里|亿元|万元|个|座|%)")]
    private static partial Regex NumbersWithUnits();
}
