using System.Text;
using System.Text.Json.Nodes;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Utility;
using Json.Schema;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Serialization;

/// <summary>Observations that state the period they cover, in CSV and JSON.</summary>
public class PeriodFileTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("2023", "2023-01-01", "2023-12-31")]
    [InlineData("2023-S1", "2023-01-01", "2023-06-30")]
    [InlineData("2023-Q2", "2023-04-01", "2023-06-30")]
    [InlineData("2023-06", "2023-06-01", "2023-06-30")]
    [InlineData("2023-M02", "2023-02-01", "2023-02-28")]
    [InlineData("2023-06-30", "2023-06-30", "2023-06-30")]
    [InlineData("2023-01-01/2023-06-30", "2023-01-01", "2023-06-30")]
    public void SdmxPeriod_Parse_ReadsEachForm(string text, string start, string end)
    {
        Assert.True(SdmxPeriod.TryParse(text, out var period));
        Assert.Equal(start, IsoDate.Format(period.Start));
        Assert.Equal(end, IsoDate.Format(period.End));
    }

    [Theory]
    [InlineData("2023-Q5")]
    [InlineData("2023-13")]
    [InlineData("2023-06-30/2023-01-01")]
    [InlineData("H1 2023")]
    [InlineData("")]
    public void SdmxPeriod_Parse_RefusesOtherText(string text) => Assert.False(SdmxPeriod.TryParse(text, out _));

    [Theory]
    [InlineData("2023")]
    [InlineData("2023-S2")]
    [InlineData("2023-Q3")]
    [InlineData("2023-11")]
    [InlineData("2023-11-30")]
    [InlineData("2023-01-01/2023-09-30")]
    public void SdmxPeriod_Format_RoundTrips(string text)
    {
        Assert.True(SdmxPeriod.TryParse(text, out var period));
        Assert.Equal(text, SdmxPeriod.Format(period));
    }

    [Fact]
    public void Csv_PeriodColumn_IsReadAndRoundTrips()
    {
        const string csv = "indicator,date,value,unit,period\n"
            + "household-waste-harmless-treatment,2023-06-30,99,%,2023-06\n"
            + "household-waste-harmless-treatment,,100,%,2023\n"
            + "fume-and-noise-complaints,2023-06-30,6000,件,2023-01-01/2023-06-30\n"
            + "tianfu-greenway,2023-06-30,9,km,\n";
        var read = ObservationCsv.Read(new StringReader(csv), "office.csv", Jinjiang2023.Catalog);
        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(new DateInterval(D(2023, 6, 1), D(2023, 6, 30)), read.Value[0].Period);
        Assert.Equal(D(2023, 12, 31), read.Value[1].Date);
        Assert.Equal(new DateInterval(D(2023, 1, 1), D(2023, 6, 30)), read.Value[2].Period);
        Assert.Null(read.Value[3].Period);

        var writer = new StringWriter();
        ObservationCsv.Write(writer, read.Value);
        var back = ObservationCsv.Read(new StringReader(writer.ToString()), "back.csv", Jinjiang2023.Catalog);
        Assert.True(back.IsValid, string.Join("\n", back.Problems));
        Assert.Equal(read.Value.Select(o => (o.IndicatorId, o.Date, o.Period, o.Value)), back.Value.Select(o => (o.IndicatorId, o.Date, o.Period, o.Value)));
    }

    [Fact]
    public void Csv_PeriodThatDoesNotEndOnTheDate_IsAProblemNamingTheField()
    {
        var read = ObservationCsv.Read(new StringReader("indicator,date,value,unit,period\nhousehold-waste-harmless-treatment,2023-06-30,99,%,2023-05\n"), "office.csv", Jinjiang2023.Catalog);
        var problem = Assert.Single(read.Problems);
        Assert.Equal("office.csv:2: period '2023-05': The period ends on 2023-05-31, but the date is 2023-06-30: the date is the last day of the period.", problem.ToString());
    }

    [Fact]
    public void Csv_UnreadablePeriod_IsAProblemNamingTheField()
    {
        var read = ObservationCsv.Read(new StringReader("indicator,date,value,unit,period\nhousehold-waste-harmless-treatment,2023-06-30,99,%,June\n"), "office.csv", Jinjiang2023.Catalog);
        Assert.Contains("period 'June': Expected an SDMX period", Assert.Single(read.Problems).ToString());
    }

    [Fact]
    public void Json_PeriodField_RoundTrips_AndValidatesAgainstTheSchema()
    {
        var observations = new[]
        {
            Jinjiang2023.HouseholdWasteHarmlessTreatment.ObservePeriod(new DateInterval(D(2023, 4, 1), D(2023, 6, 30)), UnitsNet.Ratio.FromPercent(99.5)),
            Jinjiang2023.TianfuGreenway.Observe(D(2023, 6, 30), UnitsNet.Length.FromKilometers(9)),
        };
        var stream = new MemoryStream();
        ObservationJson.Write(stream, observations);
        var json = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\"period\": \"2023-Q2\"", json);

        var results = JsonSchema.FromText(JsonSchemas.Observations).Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid);

        var back = ObservationJson.Read(new MemoryStream(stream.ToArray()), "back.json", Jinjiang2023.Catalog);
        Assert.True(back.IsValid, string.Join("\n", back.Problems));
        Assert.Equal(observations.Select(o => (o.IndicatorId, o.Date, o.Period)), back.Value.Select(o => (o.IndicatorId, o.Date, o.Period)));
    }

    [Fact]
    public void Json_PeriodWithoutDate_IsRead()
    {
        var json = """{ "formatVersion": "1.0", "observations": [ { "indicator": "household-waste-harmless-treatment", "period": "2023", "value": 100, "unit": "%" } ] }""";
        var back = ObservationJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "year.json", Jinjiang2023.Catalog);
        Assert.True(back.IsValid, string.Join("\n", back.Problems));
        Assert.Equal(D(2023, 12, 31), back.Value[0].Date);
        Assert.Equal(D(2023, 1, 1), back.Value[0].Start);
    }
}
