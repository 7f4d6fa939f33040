using System.Text;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Tests.Serialization;

public class ObservationCsvTests
{
    private static ReadResult<IReadOnlyList<Observation>> Read(string csv, ObservationReadOptions? options = null, bool withCatalog = true)
        => ObservationCsv.Read(new StringReader(csv), "obs.csv", withCatalog ? Jinjiang2023.Catalog : null, options);

    private static ReadProblem OneProblem(string row)
    {
        var result = Read("indicator,date,value,unit,area,component\n" + row + "\n");
        Assert.Empty(result.Value);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Read_ValidRows_InAnyColumnOrder_WithChineseUnits()
    {
        var result = Read("""
            unit,value,date,indicator,note
            公里,9,2023-06-30,tianfu-greenway,first half
            万平方米,0.52,2023-10-31,vertical-greening,
            亿元,41.2,2023-12-31,new-energy-product-sales,
            座,11,2023-09-30,old-courtyard-power-retrofits,
            """);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(4, result.Value.Count);
        var greenway = result.Value[0];
        Assert.Equal(new IndicatorId("tianfu-greenway"), greenway.IndicatorId);
        Assert.Equal(new NodaTime.LocalDate(2023, 6, 30), greenway.Date);
        Assert.Equal(9000, greenway.Value.BaseValue, 9);
        Assert.Null(greenway.Area); // no area given: the home area of whichever report judges it
        Assert.Equal("first half", greenway.Note);
        Assert.Equal(5200, result.Value[1].Value.BaseValue, 9);
        Assert.Equal(4_120_000_000, result.Value[2].Value.BaseValue, 1);
    }

    [Fact]
    public void Read_MoreDistinctCellsThanThePoolKeeps_ReadsEveryOneExactly()
    {
        // Repeated cells are pooled up to a bound; past it every value must still come through unchanged.
        var csv = new StringBuilder("indicator,date,value,unit,area,note\n");
        for (var i = 0; i < 6000; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"tianfu-greenway,2023-06-30,1,km,area-{i},note {i % 7}\n");
        }

        var result = Read(csv.ToString());
        Assert.Empty(result.Problems);
        Assert.Equal(Enumerable.Range(0, 6000).Select(i => "area-" + i), result.Value.Select(o => o.Area));
        Assert.Equal(Enumerable.Range(0, 6000).Select(i => "note " + (i % 7)), result.Value.Select(o => o.Note));
        Assert.Same(result.Value[0].Note, result.Value[7].Note);
    }

    [Fact]
    public void Read_Utf8WithBom_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("indicator,date,value,unit\ntianfu-greenway,2023-06-30,9,km\n")).ToArray();
        var path = Path.Combine(Path.GetTempPath(), $"bom-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        try
        {
            var result = ObservationCsv.ReadFile(path, Jinjiang2023.Catalog);
            Assert.True(result.IsValid, string.Join("\n", result.Problems));
            Assert.Single(result.Value);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_InvalidUtf8_IsAProblemNotAnException()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("indicator,date,value,unit\ntianfu-greenway,2023-06-30,9,"), 0xC3, 0x28, (byte)'\n']);
        try
        {
            var problem = Assert.Single(ObservationCsv.ReadFile(path, Jinjiang2023.Catalog).Problems);
            Assert.StartsWith("The text is neither UTF-8 (byte 0xC3 near offset", problem.Message);
            Assert.Contains("nor GB18030", problem.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_SomeBadRows_KeepsEveryValidRow_AndReportsEachBadRowWithItsLine()
    {
        var result = Read("""
            indicator,date,value,unit
            tianfu-greenway,2023-03-31,2.8,km
            no-such-indicator,2023-03-31,1,km
            tianfu-greenway,2023-06-31,6.9,km
            tianfu-greenway,2023-09-30,10.6,m2
            ev-charging-piles,2023-09-30,-5,个
            ev-charging-piles,2023-06-30,NaN,个
            tianfu-greenway,2023-03-31,2.9,km
            household-waste-harmless-treatment,2023-06-30,104,%
            ev-charging-piles,2023-12-31,618,个
            """);

        Assert.Equal(["2023-03-31", "2023-12-31"], result.Value.Select(o => o.Date.ToString("yyyy-MM-dd", null)));
        Assert.Equal([3, 4, 5, 6, 7, 8, 9], result.Problems.Select(p => p.Line));
        Assert.All(result.Problems, p => Assert.Equal("obs.csv", p.Source));
        Assert.Equal(["indicator", "date", "unit", "value", "value", "date", "value"], result.Problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData("nope,2023-01-01,1,km", "indicator", "Unknown indicator id")]
    [InlineData("Tianfu_Greenway,2023-01-01,1,km", "indicator", "kebab-case")]
    [InlineData("tianfu-greenway,2023/01/01,1,km", "date", "ISO date")]
    [InlineData("tianfu-greenway,2023-02-29,1,km", "date", "ISO date")]
    [InlineData("tianfu-greenway,2023-01-01,1,m2", "unit", "needs Length")]
    [InlineData("tianfu-greenway,2023-01-01,1,furlong", "unit", "Unknown unit")]
    [InlineData("tianfu-greenway,2023-01-01,-1,km", "value", "cannot be negative")]
    [InlineData("tianfu-greenway,2023-01-01,Infinity,km", "value", "finite")]
    [InlineData("tianfu-greenway,2023-01-01,1e400,km", "value", "finite")]
    [InlineData("tianfu-greenway,2023-01-01,\"1,5\",km", "value", "Found a comma as the decimal point")]
    [InlineData("household-waste-harmless-treatment,2023-01-01,100.5,%", "value", "between 0 and 100%")]
    [InlineData("water-sections-class,2023-01-01,VI,class", "value", "quality class")]
    [InlineData("air-quality-rank,2023-01-01,2.5,rank", "value", "whole number")]
    [InlineData("rongdong-substation-expansion,2023-01-01,maybe,done", "value", "completion date")]
    [InlineData("pollution-monitoring-systems,2023-01-01,done,done,,unknown-part", "component", "no part named")]
    public void Read_EachKindOfProblem_NamesTheFieldAndWhatWasExpected(string row, string field, string message)
    {
        var problem = OneProblem(row);
        Assert.Equal(2, problem.Line);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message);
        Assert.StartsWith("obs.csv:2: " + field, problem.ToString());
    }

    [Fact]
    public void Read_DuplicateRow_PointsToTheFirst()
    {
        var result = Read("indicator,date,value,unit\ntianfu-greenway,2023-03-31,2.8,km\ntianfu-greenway,2023-03-31,2.9,km\n");
        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("line 2 already has tianfu-greenway", problem.Message);
        Assert.Single(result.Value);
    }

    [Fact]
    public void Read_Duplicates_AreFound_InAnyOrderOfRows_WithTheFirstLine()
    {
        // Series interleaved, in date order (checked against each series' latest), then rows out of order (from
        // there on every key is in one set, built from the rows read so far with their lines).
        var result = Read("""
            indicator,date,value,unit,area
            tianfu-greenway,2023-01-31,1,km,a
            tianfu-greenway,2023-01-31,1,km,b
            tianfu-greenway,2023-02-28,2,km,a
            tianfu-greenway,2023-02-28,2,km,b
            tianfu-greenway,2023-02-28,2.5,km,a
            tianfu-greenway,2023-01-15,0.5,km,b
            tianfu-greenway,2023-01-31,1.5,km,b
            tianfu-greenway,2023-03-31,3,km,a
            tianfu-greenway,2023-01-15,0.7,km,b
            tianfu-greenway,2023-03-31,3.1,km,a
            """);
        Assert.Equal(
            ["6: line 4 already has", "8: line 3 already has", "10: line 7 already has", "11: line 9 already has"],
            result.Problems.Select(p => $"{p.Line}: {p.Message[(p.Message.IndexOf("line", StringComparison.Ordinal))..(p.Message.IndexOf("has", StringComparison.Ordinal) + 3)]}"));
        Assert.Equal(6, result.Value.Count);
        Assert.Equal([1, 1, 2, 2, 0.5, 3], result.Value.Select(o => o.Value.Value));
    }

    [Fact]
    public void Read_Duplicates_FoundOutOfOrder_NameTheFirstLine_AfterBlankBadAndMultiLineRows()
    {
        // The lines of the rows read so far are rebuilt when the first row comes out of order: blank lines, rejected
        // rows and notes over several lines move the line away from the row's number.
        var result = Read("""
            indicator,date,value,unit,area,note
            tianfu-greenway,2023-01-31,1,km,a,

            tianfu-greenway,2023-02-28,2,km,a,"two
            lines"
            tianfu-greenway,not-a-date,2,km,a,
            tianfu-greenway,2023-03-31,3,km,b,
            tianfu-greenway,2023-04-30,4,km,a,
            tianfu-greenway,2023-02-28,2.2,km,a,
            tianfu-greenway,2023-03-31,3.3,km,b,
            tianfu-greenway,2023-01-31,1.1,km,a,
            """);
        Assert.Equal(
            ["6: Expected an ISO date yyyy-MM-dd", "9: line 4 already has", "10: line 7 already has", "11: line 2 already has"],
            result.Problems.Select(p => $"{p.Line}: {(p.Message.Contains("already", StringComparison.Ordinal) ? p.Message[(p.Message.IndexOf("line", StringComparison.Ordinal))..(p.Message.IndexOf("has", StringComparison.Ordinal) + 3)] : p.Message.TrimEnd('.'))}"));
        Assert.Equal([1, 2, 3, 4], result.Value.Select(o => o.Value.Value));
        Assert.Equal("two\nlines", result.Value[1].Note);
    }

    [Theory]
    [InlineData("-5", "-5", "cannot be negative")]
    [InlineData("+1e300", "+1e300", "too large")]
    [InlineData(" 1.5e1 ", " 1.5e1 ", null)]
    [InlineData("1,5", "1,5", "comma as the decimal point")]
    [InlineData("１５", "１５", "full-width")]
    public void Read_Values_AreQuotedAsWritten(string value, string quoted, string? message)
    {
        var result = Read($"indicator,date,value,unit\ntianfu-greenway,2023-03-31,\"{value}\",km\n");
        if (message is null)
        {
            Assert.True(result.IsValid, string.Join("\n", result.Problems));
            Assert.Equal(15, Assert.Single(result.Value).Value.Value);
            return;
        }

        var problem = Assert.Single(result.Problems);
        Assert.Equal(quoted, problem.Text);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DatesAndClasses_ReadInPlace_KeepTheirMeaning()
    {
        var result = Read("""
            indicator,date,value,unit,component
            water-sections-class,2023-03-31,3,class,沙河
            water-sections-class, 2023-06-30 ,IV,class,沙河
            water-sections-class,2023-02-30,3,class,沙河
            rongdong-substation-expansion,2023-12-31,1,done,
            """);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((4, "2023-02-30"), (problem.Line, problem.Text));
        Assert.Equal(["2023-03-31 3", "2023-06-30 4", "2023-12-31 1"], result.Value.Select(o => $"{o.Date:yyyy-MM-dd} {o.Value.Value}"));
        Assert.Equal("沙河", result.Value[0].Component);
    }

    [Fact]
    public void Read_SameDateInAnotherArea_IsNotADuplicate()
    {
        var result = Read("indicator,date,value,unit,area\nair-quality-rank,2023-12-31,3.4,1,锦江区\nair-quality-rank,2023-12-31,3.5,1,青羊区\n");
        Assert.True(result.IsValid);
        Assert.Equal(2, result.Value.Count);
    }

    [Fact]
    public void Read_ClassesMilestonesAndStatuses()
    {
        var result = Read("""
            indicator,date,value,unit,component,status
            water-sections-class,2023-03-31,Ⅲ,class,沙河,provisional
            water-sections-class,2023-03-31,3,,府河,E
            rongdong-substation-expansion,2023-12-31,2023-11-28,done,,
            """);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(QualityClass.III.Ordinal, result.Value[0].Value.Value);
        Assert.Equal(ObservationStatus.Provisional, result.Value[0].Status);
        Assert.Equal(ObservationStatus.Estimated, result.Value[1].Status);
        Assert.Equal(new NodaTime.LocalDate(2023, 11, 28), result.Value[2].Date); // the completion date
    }

    [Fact]
    public void Read_MissingRequiredColumn_IsOneProblemOnLine1()
    {
        var problem = Assert.Single(Read("indicator,date,value\ntianfu-greenway,2023-03-31,2.8\n").Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("unit", problem.Message);
    }

    [Fact]
    public void Read_UnknownColumn_IsReported_AndRowsStillLoad()
    {
        var result = Read("indicator,date,value,unit,colour\ntianfu-greenway,2023-03-31,2.8,km,red\n");
        Assert.Equal("colour", Assert.Single(result.Problems).Field);
        Assert.Single(result.Value);
    }

    [Fact]
    public void Read_QuotedCellSpanningLines_KeepsPhysicalLineNumbers()
    {
        var result = Read("indicator,date,value,unit,note\ntianfu-greenway,2023-03-31,2.8,km,\"two\nlines\"\ntianfu-greenway,bad,1,km,\n");
        Assert.Equal(4, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public void Read_StrictMode_FailsOnAnyProblem_ListingThemAll()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Read("indicator,date,value,unit\nx,2023-01-01,1,km\ntianfu-greenway,bad,1,km\n", new ObservationReadOptions { Strict = true }));
        Assert.Contains("2 problem(s)", ex.Message);
        Assert.Contains("obs.csv:2:", ex.Message);
        Assert.Contains("obs.csv:3:", ex.Message);
    }

    [Fact]
    public void Read_WithoutCatalog_ChecksOnlyTheFormat()
    {
        var result = Read("indicator,date,value,unit\nmy-own-indicator,2023-01-01,1,km\n", withCatalog: false);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void ReadFile_TooLarge_IsRefused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"big-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "indicator,date,value,unit\n" + string.Concat(Enumerable.Repeat("tianfu-greenway,2023-01-01,1,km\n", 100)));
        try
        {
            var problem = Assert.Single(ObservationCsv.ReadFile(path, Jinjiang2023.Catalog, new ObservationReadOptions { MaxBytes = 1000 }).Problems);
            Assert.Contains("at most 1000 are accepted", problem.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WriteThenRead_RoundTripsTheSample()
    {
        var writer = new StringWriter();
        ObservationCsv.Write(writer, SampleObservations.Jinjiang2023);
        var again = ObservationCsv.Read(new StringReader(writer.ToString()), "obs.csv", SampleBreakdown.Apply(Jinjiang2023.Catalog)); // the sample reports node stages its breakdown names
        Assert.True(again.IsValid, string.Join("\n", again.Problems.Take(5)));
        Assert.Equal(SampleObservations.Jinjiang2023.Count, again.Value.Count);
        for (var i = 0; i < again.Value.Count; i++)
        {
            var (a, b) = (SampleObservations.Jinjiang2023[i], again.Value[i]);
            Assert.Equal((a.IndicatorId, a.Date, a.Value, a.Area, a.Component, a.Status, a.Source, a.Note), (b.IndicatorId, b.Date, b.Value, b.Area, b.Component, b.Status, b.Source, b.Note));
        }
    }

    [Fact]
    public void SampleObservations_CoverEveryCatalogIndicator()
    {
        var ids = SampleObservations.Jinjiang2023.Select(o => o.IndicatorId).ToHashSet();
        Assert.All(Jinjiang2023.Catalog.All, i => Assert.Contains(i.Id, ids));
        Assert.All(SampleObservations.Jinjiang2023, o => Assert.Equal("illustrative sample (not official data)", o.Source));
    }
}
