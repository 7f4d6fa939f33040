using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Benchmarks;

/// <summary>
/// Summaries of one kind of promise for every county-level area at every month end (a prepared
/// <see cref="EvaluationBatch"/> of the national template's promise of that kind), against a loop over the same
/// readings as raw doubles that finds the latest value on or before each month end and compares it with a threshold.
/// </summary>
[MemoryDiagnoser]
public class SummaryKindBenchmarks
{
    private EvaluationBatch _batch = EvaluationBatch.Create([], ObservationSet.Empty);
    private EvaluationSummary[] _summaries = [];
    private double[][] _values = [];
    private int[][] _days = [];

    /// <summary>The kind of promise: the id prefix of the national template's promises.</summary>
    [Params("delivery", "at-least", "at-most", "change", "rank", "class", "cadence", "milestone")]
    public string Kind { get; set; } = "delivery";

    [GlobalSetup]
    public void Setup()
    {
        var indicator = NationalBenchmarks.Template().All.First(i => i.Id.Value.StartsWith(Kind + "-", StringComparison.Ordinal));
        var areas = Enumerable.Range(0, Sizes.Units).Select(u => "county-" + u.ToString("0000", CultureInfo.InvariantCulture)).ToArray();
        var random = new Random(2023);
        var sb = new StringBuilder("indicator,date,value,unit,area,component\n");
        foreach (var area in areas)
        {
            NationalBenchmarks.Rows(sb, indicator, area, random);
        }

        var catalog = new Catalog.IndicatorCatalog(indicator.Report!, [indicator]);
        var read = ObservationCsv.Read(new StringReader(sb.ToString()), "kind.csv", catalog);
        var set = ObservationSet.Create(read.Value);
        _batch = EvaluationBatch.ForAreas([indicator], areas, set);
        _summaries = new EvaluationSummary[_batch.Count * NationalBenchmarks.MonthEnds.Length];
        _values = [.. areas.Select(a => set.For(indicator.Id, a).Select(o => o.Value.BaseValue).ToArray())];
        _days = [.. areas.Select(a => set.For(indicator.Id, a).Select(o => o.Date.DayOfYear + (o.Date.Year - 2023) * 400).ToArray())];
    }

    /// <summary>The floor: for each area and month end, the latest raw value on or before it against a threshold.</summary>
    [Benchmark(Baseline = true)]
    public int RawDoubles()
    {
        var met = 0;
        foreach (var asOf in NationalBenchmarks.MonthEnds)
        {
            var day = asOf.DayOfYear;
            for (var a = 0; a < _values.Length; a++)
            {
                var values = _values[a];
                var days = _days[a];
                var latest = 0.0;
                for (var i = 0; i < values.Length && days[i] <= day; i++)
                {
                    latest = values[i];
                }

                met += latest >= 1 ? 1 : 0;
            }
        }

        return met;
    }

    /// <summary>The library: the batch's summaries of every area at every month end.</summary>
    [Benchmark]
    public int Batch()
    {
        _batch.Summarize(NationalBenchmarks.MonthEnds, _summaries);
        var met = 0;
        foreach (ref readonly var s in _summaries.AsSpan())
        {
            met += s.Status is EvaluationStatus.Met or EvaluationStatus.OnTrack ? 1 : 0;
        }

        return met;
    }
}
