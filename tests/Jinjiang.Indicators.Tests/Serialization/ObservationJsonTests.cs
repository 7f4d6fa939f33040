using System.Text;
using CsCheck;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Tests.Serialization;

public class ObservationJsonTests
{
    private static ReadResult<IReadOnlyList<Observation>> Read(string json) => ObservationJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "obs.json", Jinjiang2023.Catalog);

    [Fact]
    public void Write_ProducesExactlyTheSerializersText()
    {
        // The writer goes field by field for speed; its text must be what the source-generated serializer writes.
        var units = MeasureUnit.All.ToArray();
        var statuses = Enum.GetValues<ObservationStatus>();
        var texts = Gen.OneOfConst<string?>(null, "锦江区", "青羊区", "a \"quoted\" <b>&amp;</b> 区\n");
        var components = Gen.OneOfConst<string?>(null, "沙河", "respond");
        var observations = Gen.Select(Gen.Int[0, units.Length - 1], Gen.Double[0, 1e7], Gen.Int[-800, 3000], Gen.Int[0, statuses.Length - 1], Gen.Select(texts, components))
            .Select((u, v, d, s, tc) => MakeObservation(units[u], v, d, statuses[s], tc.Item1, tc.Item2))
            .List[0, 30];
        observations.Sample(list =>
        {
            var written = new MemoryStream();
            ObservationJson.Write(written, list);
            var expected = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(
                new ObservationFileDto(FormatVersion.Current, list.Select(ObservationJson.ToDto).ToList()),
                IndicatorsJsonContext.Readable.ObservationFileDto);
            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(written.ToArray()));
        }, iter: 300);
    }

    private static Observation MakeObservation(MeasureUnit unit, double v, int day, ObservationStatus status, string? text, string? component)
    {
        var value = unit.Kind switch
        {
            QuantityKind.QualityClass => 1 + Math.Floor(v % 6),
            QuantityKind.Completion => Math.Floor(v % 2),
            _ => v,
        };
        return new Observation(new IndicatorId("tianfu-greenway"), new NodaTime.LocalDate(2023, 1, 1).PlusDays(day), new Measure(value, unit))
        {
            Area = text,
            Component = component,
            Status = status,
            Source = text,
            Note = text,
        };
    }

    [Fact]
    public void FastReader_GivesTheSerializersResult_OnEveryFileItTakes()
    {
        // Random files: written by the writer, or hand-made with odd but valid JSON (escapes, unknown fields,
        // comments, trailing commas, nulls, booleans, bad rows); the fast reader must agree with the serializer path
        // whenever it does not hand the file over.
        var rows = Gen.OneOfConst(
            "{ \"indicator\": \"tianfu-greenway\", \"date\": \"2023-06-30\", \"value\": 9, \"unit\": \"km\" }",
            "{ \"indicator\": \"tianfu-greenway\", \"date\": \"2023-07-31\", \"value\": 9.5, \"unit\": \"\\u516c\\u91cc\", \"note\": \"a \\\"quoted\\\" note\" }",
            "{ \"unit\": \"class\", \"value\": \"Ⅲ\", \"date\": \"2023-06-30\", \"indicator\": \"water-sections-class\", \"component\": \"沙河\" }",
            "{ \"indicator\": \"rongdong-substation-expansion\", \"date\": \"2023-11-28\", \"value\": true, \"unit\": \"done\", \"extra\": { \"x\": [1, 2] } }",
            "{ \"indicator\": \"tianfu-greenway\", \"date\": \"2023-13-01\", \"value\": -1, \"unit\": \"km\" }",
            "{ \"indicator\": \"no-such-thing\", \"date\": null, \"value\": null, \"unit\": \"parsec\", /* comment */ }",
            "{ \"indicator\": \"tianfu-greenway\", \"date\": \"2023-06-30\", \"value\": \"9\", \"unit\": \"km\", \"status\": \"P\", \"area\": \"青羊区\" }",
            "{ \"indicator\": \"tianfu-greenway\", \"date\": \"2023-06-30\", \"value\": 1e400, \"unit\": \"km\" }",
            "{ \"indicator\": 5, \"date\": \"2023-06-30\", \"value\": 1, \"unit\": \"km\" }",
            "{ \"indicator\": \"tianfu-greenway\", \"indicator\": \"tianfu-greenway\" }",
            "null",
            "7");
        var files = Gen.Select(rows.Array[0, 12], Gen.OneOfConst("", ",", " // done\n"), Gen.Bool).Select((items, trailer, extraField) =>
            "{ \"formatVersion\": \"1.0\", \"observations\": [" + string.Join(",", items) + (items.Length > 0 ? trailer.Replace("\n", "\n", StringComparison.Ordinal) : string.Empty) + "]" + (extraField ? ", \"x\": 1" : string.Empty) + " }");
        var taken = 0;
        files.Sample(json =>
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            var options = ObservationReadOptions.Default;
            var fast = ObservationJsonFastReader.TryRead(bytes, "obs.json", options);
            if (fast is null)
            {
                return;
            }

            taken++;
            var reference = ObservationJson.ReadDocument(bytes, "obs.json", options);
            Assert.Equal(reference.Problems.Select(p => p.ToString()), fast.Problems.Select(p => p.ToString()));
            Assert.Equal(reference.Value.Select(Describe), fast.Value.Select(Describe));
        }, iter: 3000);
        Assert.True(taken > 150, $"the fast reader took only {taken} files"); // the rest went to the serializer, as they must

        static string Describe(Observation o) => $"{o} {o.Area} {o.Component} {o.Status} {o.Source} {o.Note}";
    }

    [Fact]
    public void Read_ValidFile()
    {
        var result = Read("""
            { "formatVersion": "1.0", "observations": [
              { "indicator": "tianfu-greenway", "date": "2023-06-30", "value": 9, "unit": "km" },
              { "indicator": "water-sections-class", "date": "2023-06-30", "value": "Ⅲ", "unit": "class", "component": "沙河" },
              { "indicator": "rongdong-substation-expansion", "date": "2023-11-28", "value": true, "unit": "done" }
            ] }
            """);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(3, result.Value.Count);
        Assert.Equal(9000, result.Value[0].Value.BaseValue, 9);
    }

    [Fact]
    public void Read_NumbersWhereTextIsMeant_AndHugeNumbers()
    {
        var result = Read("""
            { "formatVersion": "1.0", "observations": [
              { "indicator": "rongdong-substation-expansion", "date": "2023-11-28", "value": 1, "unit": "done" },
              { "indicator": "water-sections-class", "date": "2023-06-30", "value": 3, "unit": "class" },
              { "indicator": "ev-charging-piles", "date": "2023-06-30", "value": 1e400, "unit": "个" },
              { "indicator": "ev-charging-piles", "date": "2023-07-31", "value": -2.5, "unit": "个" }
            ] }
            """);
        Assert.Equal(2, result.Value.Count);
        Assert.Equal(1, result.Value[0].Value.Value);
        Assert.Equal(3, result.Value[1].Value.Value);
        Assert.Equal(["$.observations[2].value", "$.observations[3].value"], result.Problems.Select(p => p.Field));
        Assert.Contains("finite", result.Problems[0].Message);
        Assert.Equal("-2.5", result.Problems[1].Text);
    }

    [Fact]
    public void Read_BadObject_NamesItsJsonPath()
    {
        var result = Read("""{ "formatVersion": "1.0", "observations": [ { "indicator": "tianfu-greenway", "date": "2023-06-30", "value": 9, "unit": "km" }, { "indicator": "tianfu-greenway", "date": "2023-07-31", "value": 9, "unit": "m2" } ] }""");
        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.observations[1].unit", problem.Field);
        Assert.Single(result.Value);
    }

    [Fact]
    public void Read_MalformedJson_NamesItsLine()
    {
        var problem = Assert.Single(Read("{\n \"formatVersion\": \"1.0\",\n \"observations\": [ {,} ]\n}").Problems);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith("Malformed JSON", problem.Message);
    }

    [Theory]
    [InlineData("3.0")]
    [InlineData("banana")]
    public void Read_UnknownMajorVersion_IsRejectedClearly(string version)
    {
        var problem = Assert.Single(Read($$"""{ "formatVersion": "{{version}}", "observations": [] }""").Problems);
        Assert.Equal($"Format version {version} is not supported; this library reads versions 1.x and 2.x.", problem.Message);
    }

    [Fact]
    public void Read_DeepNesting_IsAProblemNotACrash()
    {
        var deep = "{ \"formatVersion\": \"1.0\", \"observations\": [ { \"indicator\": \"tianfu-greenway\", \"value\": " + new string('[', 500) + new string(']', 500) + " } ] }";
        var problem = Assert.Single(Read(deep).Problems);
        Assert.StartsWith("Malformed JSON", problem.Message);
    }

    [Fact]
    public void WriteThenRead_RoundTripsTheSample()
    {
        var stream = new MemoryStream();
        ObservationJson.Write(stream, SampleObservations.Jinjiang2023);
        var json = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\"锦江区\"", Read(json).Value.Count > 0 ? "\"锦江区\"" : string.Empty);
        Assert.DoesNotContain("\\u", json);
        var again = ObservationJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "obs.json", SampleBreakdown.Apply(Jinjiang2023.Catalog)); // the sample reports node stages its breakdown names
        Assert.True(again.IsValid, string.Join("\n", again.Problems.Take(5)));
        Assert.Equal(SampleObservations.Jinjiang2023.Select(o => (o.IndicatorId, o.Date, o.Value, o.Area, o.Component, o.Status, o.Source)), again.Value.Select(o => (o.IndicatorId, o.Date, o.Value, o.Area, o.Component, o.Status, o.Source)));
    }

    [Fact]
    public void Read_Duplicates_InAnyOrder_AreProblemsAtTheirPath_TheFirstKept()
    {
        // In date order a row is checked against its series' latest; from the first row out of order, against all.
        var result = Read("""
            { "formatVersion": "1.0", "observations": [
              { "indicator": "tianfu-greenway", "date": "2023-03-31", "value": 3, "unit": "km" },
              { "indicator": "tianfu-greenway", "date": "2023-03-31", "value": 4, "unit": "km" },
              { "indicator": "tianfu-greenway", "date": "2023-06-30", "value": 9, "unit": "km" },
              { "indicator": "tianfu-greenway", "date": "2023-03-31", "value": 5, "unit": "km" },
              { "indicator": "tianfu-greenway", "date": "2023-04-30", "value": 6, "unit": "km", "area": "锦江区" }
            ] }
            """);
        Assert.Equal(["$.observations[1].date", "$.observations[3].date"], result.Problems.Select(p => p.Field));
        Assert.All(result.Problems, p => Assert.Contains("appears twice", p.Message, StringComparison.Ordinal));
        Assert.Equal([3.0, 9, 6], result.Value.Select(o => o.Value.Value));
    }
}
