using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Targets;
using NodaTime;
using Sylvan.Data.Csv;
using UnitsNet;

namespace Jinjiang.Indicators.Benchmarks;

/// <summary>
/// The national workload end to end: every county-level unit (2,800) with one catalog template of 40 promises (a
/// mix of the catalog's kinds: delivery, at least, at most, change, rank, class, cadence, milestone) observed at 12
/// month-ends, written as one CSV (about 1.35 million rows); the path reads it and summarizes every promise of every
/// area at every month end, and returns the national counts by status. The baseline is the floor of the same path:
/// Sylvan reading the file and parsing numbers and dates, and a loop comparing raw doubles.
/// </summary>
/// <remarks>
/// One operation takes seconds: run it with few iterations,
/// <c>dotnet run -c Release --project benchmarks -- --filter *National* --strategy Monitoring --warmupCount 1 --iterationCount 3</c>.
/// </remarks>
[MemoryDiagnoser]
public class NationalBenchmarks
{
    private static readonly DateInterval Year = ReportPeriods.Year(2023);
    internal static readonly LocalDate[] MonthEnds = [.. Enumerable.Range(1, 12).Select(m => new LocalDate(2023, m, 1).PlusMonths(1).PlusDays(-1))];
    private IndicatorCatalog _template = new([]);
    private string[] _areas = [];
    private string _csv = string.Empty;

    /// <summary>The national counts by status of the last run (for the README), set by <see cref="Library"/>.</summary>
    public static int[] LastCounts { get; private set; } = [];

    [GlobalSetup]
    public void Setup()
    {
        _template = Template();
        _areas = [.. Enumerable.Range(0, Sizes.Units).Select(u => "county-" + u.ToString("0000", CultureInfo.InvariantCulture))];
        var random = new Random(2023);
        var sb = new StringBuilder(Sizes.Units * 500 * 48);
        sb.Append("indicator,date,value,unit,area,component\n");
        foreach (var area in _areas)
        {
            foreach (var indicator in _template.All)
            {
                Rows(sb, indicator, area, random);
            }
        }

        _csv = sb.ToString();
    }

    /// <summary>Rows of one promise of one area: 12 month-end readings (a change target also has last year's total).</summary>
    internal static void Rows(StringBuilder sb, Indicator indicator, string area, Random random)
    {
        var id = indicator.Id.Value;
        void Row(LocalDate date, double value, string unit, string component = "")
            => sb.Append(id).Append(',').Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append(value.ToString("0.###", CultureInfo.InvariantCulture)).Append(',').Append(unit).Append(',').Append(area).Append(',').Append(component).Append('\n');

        var pace = 0.7 + (random.NextDouble() * 0.6);
        for (var m = 0; m < 12; m++)
        {
            var date = MonthEnds[m];
            var share = (m + 1) / 12.0;
            switch (indicator.Target)
            {
                case DeliveryTarget delivery:
                    Row(date, delivery.Amount.Value * share * pace, delivery.Amount.Unit.Symbol);
                    break;
                case AtLeastTarget atLeast:
                    Row(date, atLeast.Threshold.Value * (0.95 + (random.NextDouble() * 0.1)), atLeast.Threshold.Unit.Symbol);
                    break;
                case AtMostTarget atMost:
                    Row(date, atMost.Threshold.Value * (0.95 + (random.NextDouble() * 0.1)), atMost.Threshold.Unit.Symbol);
                    break;
                case ChangeTarget:
                    if (m == 0)
                    {
                        Row(new LocalDate(2022, 12, 31), 1000, "count");
                    }

                    Row(date, 1000 * share * (0.9 + (random.NextDouble() * 0.15)), "count");
                    break;
                case RankTarget:
                    Row(date, 1 + random.Next(5), "rank");
                    break;
                case ClassTarget:
                    Row(date, random.NextDouble() < 0.95 ? 2 + random.Next(2) : 4, "class", "section-1");
                    break;
                case CadenceTarget:
                    Row(date, 4 + random.Next(2), "count");
                    break;
                case MilestoneTarget:
                    Row(date, m >= 6 + (int)(pace * 6) ? 1 : 0, "done");
                    break;
            }
        }
    }

    /// <summary>The floor: Sylvan reads every row and parses its number and date; a loop compares raw doubles.</summary>
    [Benchmark(Baseline = true)]
    public int SylvanAndRawLoop()
    {
        var values = new List<double>(1 << 20);
        var days = new List<int>(1 << 20);
        using (var reader = CsvDataReader.Create(new StringReader(_csv)))
        {
            while (reader.Read())
            {
                _ = reader.GetString(0);
                var date = reader.GetString(1);
                days.Add((int.Parse(date.AsSpan(0, 4), CultureInfo.InvariantCulture) * 512) + (int.Parse(date.AsSpan(5, 2), CultureInfo.InvariantCulture) * 32) + int.Parse(date.AsSpan(8, 2), CultureInfo.InvariantCulture));
                values.Add(double.Parse(reader.GetString(2), CultureInfo.InvariantCulture));
                _ = reader.GetString(3);
                _ = reader.GetString(4);
                _ = reader.GetString(5);
            }
        }

        // Each promise of each area at each month end: its latest value against a threshold.
        var met = 0;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values);
        for (var month = 0; month < 12; month++)
        {
            for (var i = month; i < span.Length; i += 12)
            {
                met += span[i] >= 1 ? 1 : 0;
            }
        }

        return met + days.Count;
    }

    /// <summary>The library: read the file into an observation set, summarize every promise of every area at every month end (one prepared batch of the template for every area).</summary>
    [Benchmark]
    public int Library()
    {
        var read = ObservationCsv.Read(new StringReader(_csv), "national.csv", _template);
        var set = ObservationSet.Create(read.Value);
        var batch = EvaluationBatch.ForAreas(_template.All, _areas, set);
        var perArea = _template.Count;
        var summaries = new EvaluationSummary[perArea * MonthEnds.Length];
        var counts = new int[Enum.GetValues<EvaluationStatus>().Length];
        for (var start = 0; start < batch.Count; start += perArea)
        {
            batch.Summarize(start, perArea, MonthEnds, summaries);
            foreach (ref readonly var s in summaries.AsSpan())
            {
                counts[(int)s.Status]++;
            }
        }

        LastCounts = counts;
        return counts.Sum() + read.Problems.Count;
    }

    /// <summary>Writes the workload's CSV (its first <paramref name="rows"/> rows) and the template catalog into a directory.</summary>
    internal static void WriteFiles(string directory, int rows)
    {
        var benchmark = new NationalBenchmarks();
        benchmark.Setup();
        Directory.CreateDirectory(directory);
        File.WriteAllLines(Path.Combine(directory, "national.csv"), benchmark._csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(rows == int.MaxValue ? int.MaxValue : rows + 1));
        File.WriteAllText(Path.Combine(directory, "template.json"), CatalogJson.ToJson(benchmark._template.All));
        Console.WriteLine($"Wrote {Path.Combine(directory, "national.csv")} and template.json.");
    }

    /// <summary>Prints the bytes a national observation set retains per observation (after a full collection), and those of the reader's list.</summary>
    internal static void PrintRetained()
    {
        var benchmark = new NationalBenchmarks();
        benchmark.Setup();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var read = ObservationCsv.Read(new StringReader(benchmark._csv), "national.csv", benchmark._template);
        var afterRead = GC.GetTotalMemory(forceFullCollection: true);
        var set = ObservationSet.Create(read.Value);
        var afterSet = GC.GetTotalMemory(forceFullCollection: true);
        var count = read.Value.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} observations: the reader's list {(afterRead - before) / (double)count:0} B each; with the set built from it {(afterSet - before) / (double)count:0} B retained per observation."));
        GC.KeepAlive(read);
        GC.KeepAlive(set);
    }

    /// <summary>A template of 40 promises of the catalog's kinds, with their report's dates.</summary>
    internal static IndicatorCatalog Template()
    {
        var report = WorkReport.ForArea("template", 2023, new LocalDate(2023, 1, 15));
        var list = new List<Indicator>();
        Indicator<T> Make<T>(string id, Target target)
            where T : struct
            => new(new IndicatorId(id), "承诺" + id, "Promise " + id, target) { Report = report };
        for (var i = 0; i < 12; i++)
        {
            list.Add(Make<Length>($"delivery-{i}", new DeliveryTarget(Measure.From(Length.FromKilometers(10 + i)), Year)));
        }

        for (var i = 0; i < 8; i++)
        {
            list.Add(Make<Ratio>($"at-least-{i}", new AtLeastTarget(Measure.From(Ratio.FromPercent(90 + i)), Year)));
        }

        for (var i = 0; i < 6; i++)
        {
            list.Add(Make<Ratio>($"at-most-{i}", new AtMostTarget(Measure.From(Ratio.FromPercent(5 + i)), Year)));
        }

        for (var i = 0; i < 4; i++)
        {
            list.Add(Make<Count>($"change-{i}", ChangeTarget.ReductionOnPreviousYear(Ratio.FromPercent(5), 2023, QuantityKind.Count)));
        }

        for (var i = 0; i < 4; i++)
        {
            list.Add(Make<Rank>($"rank-{i}", new RankTarget(PeerGroup.Unlisted("同类县", "Peer counties"), 3, Year)));
        }

        for (var i = 0; i < 3; i++)
        {
            list.Add(Make<QualityClass>($"class-{i}", new ClassTarget(QualityClass.III, Year)));
        }

        list.Add(Make<Count>("cadence-0", new CadenceTarget(4, CadenceUnit.Month, Year)));
        for (var i = 0; i < 2; i++)
        {
            list.Add(Make<bool>($"milestone-{i}", new MilestoneTarget(Year)));
        }

        return new IndicatorCatalog(report, list);
    }
}
