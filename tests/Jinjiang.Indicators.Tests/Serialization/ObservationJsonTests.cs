using System.Text;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Tests.Serialization;

public class ObservationJsonTests
{
    private static LoadResult<Observation> Read(string json) => ObservationJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "obs.json");

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
        Assert.Equal(3, result.Items.Count);
        Assert.Equal(9000, result.Items[0].Value.BaseValue, 9);
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
        Assert.Equal(2, result.Items.Count);
        Assert.Equal(1, result.Items[0].Value.Value);
        Assert.Equal(3, result.Items[1].Value.Value);
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
        Assert.Single(result.Items);
    }

    [Fact]
    public void Read_MalformedJson_NamesItsLine()
    {
        var problem = Assert.Single(Read("{\n \"formatVersion\": \"1.0\",\n \"observations\": [ {,} ]\n}").Problems);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith("Malformed JSON", problem.Message);
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("banana")]
    public void Read_UnknownMajorVersion_IsRejectedClearly(string version)
    {
        var problem = Assert.Single(Read($$"""{ "formatVersion": "{{version}}", "observations": [] }""").Problems);
        Assert.Equal($"Format version {version} is not supported; this library reads version 1.x.", problem.Message);
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
        Assert.Contains("\"锦江区\"", Read(json).Items.Count > 0 ? "\"锦江区\"" : string.Empty);
        Assert.DoesNotContain("\\u", json);
        var again = Read(json);
        Assert.True(again.IsValid, string.Join("\n", again.Problems.Take(5)));
        Assert.Equal(SampleObservations.Jinjiang2023.Select(o => (o.Indicator, o.Date, o.Value, o.Area, o.Component, o.Status, o.Source)), again.Items.Select(o => (o.Indicator, o.Date, o.Value, o.Area, o.Component, o.Status, o.Source)));
    }
}
