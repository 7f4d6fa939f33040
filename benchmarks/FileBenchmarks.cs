using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization;
using NodaTime;
using Sylvan.Data.Csv;
using UnitsNet;

namespace Jinjiang.Indicators.Benchmarks;

/// <summary>A plain record of the same fields, for the System.Text.Json baseline.</summary>
public sealed record PlainObservation(string Indicator, string Date, double Value, string Unit);

/// <summary>The plain record's source-generated context.</summary>
[JsonSerializable(typeof(List<PlainObservation>))]
public sealed partial class PlainContext : JsonSerializerContext;

/// <summary>Reading and writing observation files against the plain libraries doing the same without conversion or checks.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FileBenchmarks
{
    private string _csv = string.Empty;
    private byte[] _json = [];
    private byte[] _plainJson = [];
    private List<Observation> _observations = [];
    private List<PlainObservation> _plain = [];

    [GlobalSetup]
    public void Setup()
    {
        var greenway = Jinjiang2023.TianfuGreenway;
        var start = new LocalDate(2023, 1, 1);
        _observations = Enumerable.Range(0, Sizes.Rows)
            .Select(i => greenway.Observe(start.PlusDays(i % 365), Length.FromKilometers(i * 0.001), "unit-" + (i / 365).ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var writer = new StringWriter();
        ObservationCsv.Write(writer, _observations);
        _csv = writer.ToString();
        var stream = new MemoryStream();
        ObservationJson.Write(stream, _observations);
        _json = stream.ToArray();
        _plain = _observations.Select(o => new PlainObservation(o.IndicatorId.Value, o.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), o.Value.Value, o.Value.Unit.Symbol)).ToList();
        _plainJson = JsonSerializer.SerializeToUtf8Bytes(_plain, PlainContext.Default.ListPlainObservation);
    }

    /// <summary>Baseline: Sylvan reads every cell as a string, no conversion.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("csv")]
    public int CsvSylvanStrings()
    {
        using var csv = CsvDataReader.Create(new StringReader(_csv));
        var n = 0;
        while (csv.Read())
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                n += csv.GetString(i).Length;
            }
        }

        return n;
    }

    [Benchmark]
    [BenchmarkCategory("csv")]
    public int CsvObservations() => ObservationCsv.Read(new StringReader(_csv), "bench.csv", Jinjiang2023.Catalog).Value.Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("json-read")]
    public int JsonPlainRead() => JsonSerializer.Deserialize(_plainJson, PlainContext.Default.ListPlainObservation)!.Count;

    [Benchmark]
    [BenchmarkCategory("json-read")]
    public int JsonObservationsRead() => ObservationJson.Read(new MemoryStream(_json), "bench.json", Jinjiang2023.Catalog).Value.Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("json-write")]
    public long JsonPlainWrite()
    {
        var stream = new MemoryStream();
        JsonSerializer.Serialize(stream, _plain, PlainContext.Default.ListPlainObservation);
        return stream.Length;
    }

    [Benchmark]
    [BenchmarkCategory("json-write")]
    public long JsonObservationsWrite()
    {
        var stream = new MemoryStream();
        ObservationJson.Write(stream, _observations);
        return stream.Length;
    }
}
