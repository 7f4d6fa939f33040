using BenchmarkDotNet.Attributes;
using Jinjiang.Indicators.Standards.Air;
using NodaTime;

namespace Jinjiang.Indicators.Benchmarks;

/// <summary>A year of hourly data of the six pollutants for many stations through the composite index, against one pass summing the same data.</summary>
[MemoryDiagnoser]
public class AirBenchmarks
{
    private static readonly DateInterval Year = new(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31));
    private HourlySeries[][] _stations = [];
    private double[][][] _raw = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        var pollutants = Enum.GetValues<Pollutant>();
        _stations = new HourlySeries[Sizes.Stations][];
        _raw = new double[Sizes.Stations][][];
        for (var s = 0; s < _stations.Length; s++)
        {
            _raw[s] = pollutants.Select(p => Enumerable.Range(0, 365 * 24).Select(_ => p == Pollutant.CO ? random.NextDouble() : random.NextDouble() * 100).ToArray()).ToArray();
            _stations[s] = pollutants.Select((p, i) => new HourlySeries(p, Year.Start, _raw[s][i])).ToArray();
        }
    }

    [Benchmark(Baseline = true)]
    public double SumPass()
    {
        var total = 0.0;
        foreach (var station in _raw)
        {
            foreach (var series in station)
            {
                foreach (var v in series)
                {
                    total += v;
                }
            }
        }

        return total;
    }

    [Benchmark]
    public double CompositeIndex()
    {
        var total = 0.0;
        foreach (var station in _stations)
        {
            total += AirQualityCalculator.Default.CompositeIndex(station, Year).Value ?? 0;
        }

        return total;
    }
}
