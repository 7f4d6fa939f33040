using BenchmarkDotNet.Attributes;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators.Benchmarks;

/// <summary>
/// Every county-level unit's greenway delivery, 12 monthly cumulative observations each, evaluated at a mid-year
/// date, against a plain loop that finds the latest value and compares it with the linear path.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private static readonly LocalDate AsOf = new(2023, 9, 30);
    private Indicator[] _indicators = [];
    private ObservationSet _set = ObservationSet.Empty;
    private double[][] _raw = [];
    private int[][] _days = [];

    [GlobalSetup]
    public void Setup()
    {
        var units = Sizes.Units;
        _indicators = new Indicator[units];
        var observations = new List<Observation>(units * 12);
        _raw = new double[units][];
        _days = new int[units][];
        var random = new Random(42);
        for (var u = 0; u < units; u++)
        {
            var area = "unit-" + u.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var indicator = new Indicator<Length>(Jinjiang2023.TianfuGreenway.Id, "新建绿道", "Greenway", Jinjiang2023.TianfuGreenway.Target) { Area = area };
            _indicators[u] = indicator;
            _raw[u] = new double[12];
            _days[u] = new int[12];
            var km = 0.0;
            for (var m = 1; m <= 12; m++)
            {
                km += random.NextDouble() * 2.5;
                var date = new LocalDate(2023, m, 1).PlusMonths(1).PlusDays(-1);
                observations.Add(indicator.Observe(date, Length.FromKilometers(km), area));
                _raw[u][m - 1] = km * 1000;
                _days[u][m - 1] = date.DayOfYear;
            }
        }

        _set = ObservationSet.Create(observations);
    }

    /// <summary>The plain baseline: latest value on or before the as-of date against target × elapsed share.</summary>
    [Benchmark(Baseline = true)]
    public int RawDoubles()
    {
        var onTrack = 0;
        var asOfDay = AsOf.DayOfYear;
        for (var u = 0; u < _raw.Length; u++)
        {
            var latest = 0.0;
            for (var i = 0; i < 12 && _days[u][i] <= asOfDay; i++)
            {
                latest = _raw[u][i];
            }

            var expected = 15_000 * asOfDay / 365.0;
            if (latest >= 15_000 || latest >= expected)
            {
                onTrack++;
            }
        }

        return onTrack;
    }

    /// <summary>The allocation-free path for bulk jobs: status and figures, no reason or audit trail.</summary>
    [Benchmark]
    public int Summarize()
    {
        var onTrack = 0;
        var evaluator = Evaluations.Evaluator.Default;
        foreach (var indicator in _indicators)
        {
            var status = evaluator.Summarize(indicator, _set, AsOf).Status;
            if (status is EvaluationStatus.Met or EvaluationStatus.OnTrack)
            {
                onTrack++;
            }
        }

        return onTrack;
    }

    /// <summary>The full evaluation, with its reason (written lazily) and audit trail.</summary>
    [Benchmark]
    public int Evaluator()
    {
        var onTrack = 0;
        foreach (var indicator in _indicators)
        {
            var status = Evaluations.Evaluator.Default.Evaluate(indicator, _set, AsOf).Status;
            if (status is EvaluationStatus.Met or EvaluationStatus.OnTrack)
            {
                onTrack++;
            }
        }

        return onTrack;
    }
}
