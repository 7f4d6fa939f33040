using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Serialization.Rows;
using Jinjiang.Indicators.Serialization;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Serialization;

/// <summary>
/// The observation field parser that CSV and JSON share: every field's rule, every message (with the field and the
/// text found), and what is kept of a valid row.
/// </summary>
public class ObservationFieldParserTests
{
    private const string Header = "indicator,date,value,unit,area,component,status,source,note,period\n";

    private static ReadResult<IReadOnlyList<Observation>> Read(string rows, IndicatorCatalog? catalog = null)
        => ObservationCsv.Read(new StringReader(Header + rows), "t.csv", catalog ?? Jinjiang2023.Catalog);

    private static ReadProblem OneProblem(string rows, IndicatorCatalog? catalog = null)
    {
        var read = Read(rows, catalog);
        Assert.Empty(read.Value);
        return Assert.Single(read.Problems);
    }

    private static Observation OneObservation(string rows, IndicatorCatalog? catalog = null)
    {
        var read = Read(rows, catalog);
        Assert.Empty(read.Problems);
        return Assert.Single(read.Value);
    }

    [Theory]
    [InlineData(",2023-06-30,1,km,,,,,,", "indicator", "An indicator id is required.")]
    [InlineData("Tianfu Greenway,2023-06-30,1,km,,,,,,", "indicator", "Expected a kebab-case indicator id such as tianfu-greenway.")]
    [InlineData("no-such-thing,2023-06-30,1,km,,,,,,", "indicator", "Unknown indicator id: it is not in the catalog.")]
    [InlineData("tianfu-greenway,2023/06/30,1,km,,,,,,", "date", "Expected an ISO date yyyy-MM-dd.")]
    [InlineData("tianfu-greenway,,1,km,,,,,,", "date", "Expected an ISO date yyyy-MM-dd.")]
    [InlineData("tianfu-greenway,2023-06-30,1,km,,,,,,2023-X9", "period", "Expected an SDMX period: 2023, 2023-S1, 2023-Q2, 2023-06, 2023-06-30 or 2023-01-01/2023-06-30.")]
    [InlineData("tianfu-greenway,2023-06-29,1,km,,,,,,2023-S1", "period", "The period ends on 2023-06-30, but the date is 2023-06-29: the date is the last day of the period.")]
    [InlineData("tianfu-greenway,2023-06-30,1,km,,north,,,,", "component", "Indicator tianfu-greenway has no part named 'north'; expected one of: (none).")]
    [InlineData("rapid-response-1-3-5,2023-06-30,1,min,,north,,,,", "component", "Indicator rapid-response-1-3-5 has no part named 'north'; expected one of: respond, arrive, reinforce.")]
    [InlineData("tianfu-greenway,2023-06-30,1,furlong,,,,,,", "unit", "Unknown unit: expected a symbol (km, m2, %, CNY, count, class, rank, done) or a Chinese unit word (公里, 米, 平方米, 万平方米, 平方公里, 亩, 万亩, 公顷, 个, 座, 处, 件, 元, 万元, 亿元, 百分点, 类, 名).")]
    [InlineData("tianfu-greenway,2023-06-30,1,%,,,,,,", "unit", "Unit % measures Ratio, but this indicator needs Length.")]
    [InlineData("tianfu-greenway,2023-06-30,1,km,,,maybe,,,", "status", "Expected normal, provisional, estimated or break (or A, P, E, B; 正式, 预计, 快报, 初步, 估计).")]
    [InlineData("water-sections-class,2023-06-30,VII,class,,沙河,,,,", "value", "Expected a quality class: Ⅰ..Ⅴ, I..V, 1..5, or 劣Ⅴ.")]
    [InlineData("rongdong-substation-expansion,2023-06-30,soon,done,,,,,,", "value", "Expected done, true, false or a completion date yyyy-MM-dd.")]
    [InlineData("tianfu-greenway,2023-06-30,NaN,km,,,,,,", "value", "Expected a finite number, not NaN or infinity.")]
    [InlineData("tianfu-greenway,2023-06-30,-1,km,,,,,,", "value", "A Length cannot be negative.")]
    [InlineData("ecological-quality-rank,2023-06-30,0,rank,,,,,,", "value", "A rank is a whole number from 1.")]
    [InlineData("ecological-quality-rank,2023-06-30,1.5,rank,,,,,,", "value", "A rank is a whole number from 1.")]
    [InlineData("household-waste-harmless-treatment,2023-06-30,100.1,%,,,,,,", "value", "A coverage must be between 0 and 100%.")]
    [InlineData("tianfu-greenway,2023-06-30,,km,,,,,,", "value", "The value is empty: expected a number.")]
    [InlineData("tianfu-greenway,2023-06-30,１５,km,,,,,,", "value", "Found full-width digits or punctuation (as a Chinese input method types them): write the number with ASCII digits, 15 not １５.")]
    [InlineData("tianfu-greenway,2023-06-30,15．5,km,,,,,,", "value", "Found full-width digits or punctuation (as a Chinese input method types them): write the number with ASCII digits, 15 not １５.")]
    [InlineData("household-waste-harmless-treatment,2023-06-30,95%,%,,,,,,", "value", "Found a percent sign in the value: write the number (95) in value and % in unit.")]
    [InlineData("household-waste-harmless-treatment,2023-06-30,95％,%,,,,,,", "value", "Found a percent sign in the value: write the number (95) in value and % in unit.")]
    [InlineData("tianfu-greenway,2023-06-30,\"1,5\",km,,,,,,", "value", "Found a comma as the decimal point: write 1.5 not 1,5.")]
    [InlineData("tianfu-greenway,2023-06-30,\"1,234\",km,,,,,,", "value", "Found a thousands separator ',': write 1234 not 1,234.")]
    [InlineData("tianfu-greenway,2023-06-30,\"1,234,567\",km,,,,,,", "value", "Found a thousands separator ',': write 1234 not 1,234.")]
    [InlineData("tianfu-greenway,2023-06-30,\"1,234.5\",km,,,,,,", "value", "Found a thousands separator ',': write 1234 not 1,234.")]
    [InlineData("tianfu-greenway,2023-06-30,1.5万,km,,,,,,", "value", "Found a Chinese magnitude word in the value: write the number in value and the unit word (万元, 万平方米) in unit.")]
    [InlineData("tianfu-greenway,2023-06-30,3百,km,,,,,,", "value", "Found a Chinese magnitude word in the value: write the number in value and the unit word (万元, 万平方米) in unit.")]
    [InlineData("tianfu-greenway,2023-06-30,about 3,km,,,,,,", "value", "Expected a number with '.' as the decimal point.")]
    public void EachFieldsProblem_IsNamedWithItsField_AndSaysWhatWasExpected(string row, string field, string message)
    {
        var problem = OneProblem(row + "\n");
        Assert.Equal(field, problem.Field);
        Assert.Equal(message, problem.Message);
        Assert.Equal(2, problem.Line);
        Assert.Equal("t.csv", problem.Source);
    }

    [Theory]
    [InlineData("1e300", "km")]
    [InlineData("1e200", "万平方米")]
    [InlineData("1e30", "亿元")]
    public void AValueTooLargeToBeReal_IsRefused(string value, string unit)
    {
        var id = unit switch { "km" => "tianfu-greenway", "万平方米" => "vertical-greening", _ => "new-energy-product-sales" };
        var problem = OneProblem($"{id},2023-06-30,{value},{unit},,,,,,\n");
        Assert.Equal("value", problem.Field);
        Assert.StartsWith("The value is too large to be a real figure: ", problem.Message, StringComparison.Ordinal);
        Assert.Contains("is more than 1e200 in base units", problem.Message, StringComparison.Ordinal);
        Assert.Equal(unit == "亿元", problem.Message.Contains("(or more than an exact money amount can hold)", StringComparison.Ordinal));
    }

    [Fact]
    public void ARowWithSeveralProblems_ReportsEachOne()
    {
        var read = Read("Bad Id,30/06/2023,x,furlong,,,maybe,,,\n");
        Assert.Empty(read.Value);
        Assert.Equal(["indicator", "date", "unit", "status"], read.Problems.Select(p => p.Field));
        Assert.All(read.Problems, p => Assert.Equal(2, p.Line));
        Assert.Equal("30/06/2023", read.Problems[1].Text);
    }

    [Fact]
    public void AValidRow_KeepsEveryField_Trimmed_AndEmptyFieldsAreAbsent()
    {
        var o = OneObservation("tianfu-greenway,2023-06-30,-0,km, 锦江区 ,, P , 城管局 , 半年 ,2023-S1\n");
        Assert.Equal(new LocalDate(2023, 6, 30), o.Date);
        Assert.Equal(0, o.Value.Value);
        Assert.False(double.IsNegative(o.Value.Value)); // -0 is 0
        Assert.Equal(MeasureUnit.Kilometre, o.Value.Unit);
        Assert.Equal("锦江区", o.Area);
        Assert.Null(o.Component);
        Assert.Equal(ObservationStatus.Provisional, o.Status);
        Assert.Equal("城管局", o.Source);
        Assert.Equal("半年", o.Note);
        Assert.Equal(new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 6, 30)), o.Period);

        var bare = OneObservation("tianfu-greenway,2023-06-30,2.5,公里, ,,, , ,\n");
        Assert.Null(bare.Area);
        Assert.Null(bare.Source);
        Assert.Null(bare.Note);
        Assert.Null(bare.Period);
        Assert.Equal(ObservationStatus.Normal, bare.Status);
    }

    [Fact]
    public void ADateLeftOut_IsTheLastDayOfTheStatedPeriod()
    {
        var o = OneObservation("tianfu-greenway,,4,km,,,,,,2023-Q1\n");
        Assert.Equal(new LocalDate(2023, 3, 31), o.Date);
        Assert.Equal(new LocalDate(2023, 1, 1), o.Period!.Start);
    }

    [Theory]
    [InlineData("normal", ObservationStatus.Normal)]
    [InlineData("Final", ObservationStatus.Normal)]
    [InlineData("最终", ObservationStatus.Normal)]
    [InlineData("终核", ObservationStatus.Normal)]
    [InlineData("PROVISIONAL", ObservationStatus.Provisional)]
    [InlineData("预计", ObservationStatus.Provisional)]
    [InlineData("初步", ObservationStatus.Provisional)]
    [InlineData("初步核算", ObservationStatus.Provisional)]
    [InlineData("estimated", ObservationStatus.Estimated)]
    [InlineData("估算", ObservationStatus.Estimated)]
    [InlineData("break", ObservationStatus.Break)]
    [InlineData("b", ObservationStatus.Break)]
    public void StatusWords_AreRead(string word, ObservationStatus expected)
    {
        Assert.Equal(expected, OneObservation($"tianfu-greenway,2023-06-30,1,km,,,{word},,,\n").Status);
        Assert.Equal(word.ToLowerInvariant() is "normal" or "provisional" or "estimated" or "break" ? word.ToLowerInvariant() : ObservationFieldParser.StatusText(expected), ObservationFieldParser.StatusText(expected));
    }

    [Theory]
    [InlineData("done", true)]
    [InlineData("TRUE", true)]
    [InlineData("yes", true)]
    [InlineData("1", true)]
    [InlineData("完成", true)]
    [InlineData("已完成", true)]
    [InlineData("not-done", false)]
    [InlineData("Not Done", false)]
    [InlineData("false", false)]
    [InlineData("no", false)]
    [InlineData("0", false)]
    [InlineData("未完成", false)]
    public void MilestoneStates_AreRead(string value, bool done)
    {
        var o = OneObservation($"rongdong-substation-expansion,2023-06-30,{value},,,,,,,\n");
        Assert.Equal(done ? 1 : 0, o.Value.Value);
        Assert.Equal(QuantityKind.Completion, o.Value.Kind);
        Assert.Equal(new LocalDate(2023, 6, 30), o.Date);
    }

    [Fact]
    public void AMilestoneDoneOnADate_IsDatedByThatDay_AndLosesItsPeriod()
    {
        var o = OneObservation("rongdong-substation-expansion,2023-06-30,2023-05-18,done,,,,,,2023-Q2\n");
        Assert.Equal(new LocalDate(2023, 5, 18), o.Date);
        Assert.Equal(1, o.Value.Value);
        Assert.Null(o.Period);
    }

    [Fact]
    public void UnitsLeftOut_AreTheOnlyOnesPossible()
    {
        Assert.Equal(QuantityKind.QualityClass, OneObservation("water-sections-class,2023-06-30,II,,,沙河,,,,\n").Value.Kind);
        Assert.Equal(2, OneObservation("water-sections-class,2023-06-30,Ⅱ,,,沙河,,,,\n").Value.Value);
        Assert.Equal(MeasureUnit.One, OneObservation("ecological-quality-rank,2023-06-30,2,,,,,,,\n").Value.Unit); // a composite index needs no unit
        Assert.Equal(QuantityKind.Rank, OneObservation("ecological-quality-rank,2023-06-30,2,名,,,,,,\n").Value.Kind);
        Assert.Equal(MeasureUnit.One, OneObservation("air-quality-rank,2023-06-30,3.8,,锦江区,,,,,\n").Value.Unit);
        Assert.Equal("unit", OneProblem("tianfu-greenway,2023-06-30,1,,,,,,,\n").Field);
    }

    [Fact]
    public void NegativeIndexesAndPercentagePoints_AreAllowed_WithoutACatalog()
    {
        var read = ObservationCsv.Read(new StringReader(Header + "some-index,2023-06-30,-1.5,1,,,,,,\nsome-change,2023-06-30,-0.4,pp,,,,,,\n"), "t.csv", catalog: null);
        Assert.Empty(read.Problems);
        Assert.Equal([-1.5, -0.4], read.Value.Select(o => o.Value.Value));
    }

    [Fact]
    public void ANegativeRatio_IsAGrowthThatFell_ButACoverageCannotBeNegative()
    {
        var read = ObservationCsv.Read(new StringReader(Header + "gdp-growth,2024-12-31,-2.3,%,,,,,,\n"), "t.csv", catalog: null);
        Assert.Empty(read.Problems);
        Assert.Equal(-2.3, Assert.Single(read.Value).Value.Value);
        var coverage = OneProblem("household-waste-harmless-treatment,2023-06-30,-1,%,,,,,,\n");
        Assert.Equal(("value", "A Ratio cannot be negative."), (coverage.Field, coverage.Message));
    }

    [Fact]
    public void AFullCoverage_IsAccepted_AndAFigureJustAboveIsNot()
    {
        Assert.Equal(1, OneObservation("household-waste-harmless-treatment,2023-06-30,100,%,,,,,,\n").Value.BaseValue, 12);
        Assert.Equal("value", OneProblem("household-waste-harmless-treatment,2023-06-30,1.0001,fraction,,,,,,\n").Field);
    }

    [Fact]
    public void ADuplicateRow_NamesTheLineItRepeats_AndProvisionalBesideFinalIsNotADuplicate()
    {
        var read = Read("tianfu-greenway,2023-06-30,1,km,,,,,,\ntianfu-greenway,2023-06-30,2,km,,,,,,\n");
        Assert.Single(read.Value);
        var problem = Assert.Single(read.Problems);
        Assert.Equal((3, "date"), (problem.Line, problem.Field));
        Assert.Equal("Duplicate observation: line 2 already has tianfu-greenway on this date for the home area.", problem.Message);

        var inArea = Read("tianfu-greenway,2023-06-30,1,km,锦江区,,,,,\ntianfu-greenway,2023-06-30,2,km,锦江区,,,,,\n");
        Assert.Equal("Duplicate observation: line 2 already has tianfu-greenway on this date for 锦江区.", Assert.Single(inArea.Problems).Message);

        var otherArea = Read("tianfu-greenway,2023-06-30,1,km,锦江区,,,,,\ntianfu-greenway,2023-06-30,2,km,青羊区,,,,,\n");
        Assert.Empty(otherArea.Problems);

        var versions = Read("tianfu-greenway,2023-06-30,1,km,,,预计,,,\ntianfu-greenway,2023-06-30,2,km,,,正式,,,\n");
        Assert.Empty(versions.Problems);
        Assert.Equal(2, versions.Value.Count);

        var otherPeriod = Read("tianfu-greenway,2023-06-30,1,km,,,,,,2023-06\ntianfu-greenway,2023-06-30,2,km,,,,,,2023-S1\n");
        Assert.Empty(otherPeriod.Problems);
    }

    [Fact]
    public void SeveralIncidentsADay_AreNotDuplicates()
    {
        var read = Read("rapid-response-1-3-5,2023-06-30,1,min,,arrive,,,,\nrapid-response-1-3-5,2023-06-30,2,min,,arrive,,,,\n");
        Assert.Empty(read.Problems);
        Assert.Equal(2, read.Value.Count);
    }

    [Fact]
    public void TheSameRowsInJson_GiveTheSameProblemsAtTheirPaths()
    {
        var json = """{"formatVersion":"1.0","observations":[{"indicator":"tianfu-greenway","date":"2023-06-30","value":"１５","unit":"km"},{"indicator":"tianfu-greenway","date":"2023-07-31","value":1e300,"unit":"km"}]}""";
        var read = ObservationJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "t.json", Jinjiang2023.Catalog);
        Assert.Empty(read.Value);
        Assert.Equal(2, read.Problems.Count);
        Assert.Equal("$.observations[0].value", read.Problems[0].Field);
        Assert.StartsWith("Found full-width digits", read.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal("$.observations[1].value", read.Problems[1].Field);
        Assert.StartsWith("The value is too large to be a real figure: 1E+300 km", read.Problems[1].Message, StringComparison.Ordinal);
    }
}
