using System.Reflection;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Serialization.Rows;
using Jinjiang.Indicators.Serialization;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Serialization;

/// <summary>The problem texts of a row are named templates: tests name them, and each has its Chinese.</summary>
public class ReadMessagesTests
{
    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(ReadMessages).GetFields(BindingFlags.Static | BindingFlags.NonPublic).Where(f => f.IsLiteral))
        {
            data.Add((string)field.GetRawConstantValue()!);
        }

        var id = new IndicatorId("tianfu-greenway");
        data.Add(ReadMessages.PeriodEnd(new LocalDate(2023, 6, 30), new LocalDate(2023, 6, 29)));
        data.Add(ReadMessages.UnknownPart(id, "north", ["east", "west"]));
        data.Add(ReadMessages.UnitOfAnotherKind(MeasureUnit.Percent, [QuantityKind.Length]));
        data.Add(ReadMessages.TooLarge("1e300", MeasureUnit.Kilometre, 1e200));
        data.Add(ReadMessages.Negative(QuantityKind.Length));
        data.Add(ReadMessages.Duplicate(7, id, null));
        data.Add(ReadMessages.Duplicate(0, id, "锦江区"));
        data.Add(ReadMessages.IsDirectory("an observation file"));
        data.Add(ReadMessages.FileTooLarge(300_000_000, 268_435_456));
        data.Add(ReadMessages.FileExtension(".docx"));
        data.Add(ReadMessages.FileEmpty(["indicator", "date", "value", "unit"]));
        data.Add(ReadMessages.UnknownColumn(["indicator", "date"], ["area"], "指标编号、日期、地区"));
        data.Add(ReadMessages.MissingColumns(["value"], ["indicator", "date", "value", "unit"], oneColumn: true));
        data.Add(ReadMessages.CellCount(5, 4));
        data.Add(ReadMessages.TooManyMalformed(100));
        data.Add(ReadMessages.MalformedJson("'}' is invalid after a property name."));
        data.Add(ReadMessages.DuplicateAcrossFiles("a.csv", id, "锦江区", null));
        data.Add(ReadMessages.ObservationObjectFound("a number"));
        data.Add(ReadMessages.ObservationFileShape("an array"));
        data.Add(ReadMessages.KeyRepeated("observations"));
        data.Add(ReadMessages.FormatVersionType("2.0", "a number"));
        data.Add(ReadMessages.ObservationsArray("an object"));
        data.Add(ReadMessages.KeyTwice("value"));
        data.Add(ReadMessages.ValueType("true"));
        data.Add(ReadMessages.StringExpected("date", "a number"));
        data.Add(ReadMessages.StringExpected("note", "a number"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryTemplate_HasItsChinese(string message)
    {
        Assert.True(ProblemTextChinese.Knows(message), message);
        Assert.NotEqual(message, ProblemTextChinese.Translate(message));
    }

    [Theory]
    [InlineData("tianfu-greenway,2023-06-30,1,furlong", nameof(ReadMessages.UnknownUnit))]
    [InlineData("tianfu-greenway,2023/06/30,1,km", nameof(ReadMessages.DateFormat))]
    [InlineData("no-such-thing,2023-06-30,1,km", nameof(ReadMessages.UnknownIndicator))]
    [InlineData("tianfu-greenway,2023-06-30,95%,km", nameof(ReadMessages.PercentInValue))]
    [InlineData("tianfu-greenway,2023-06-30,１５,km", nameof(ReadMessages.FullWidthDigits))]
    [InlineData("ecological-quality-rank,2023-06-30,1.5,rank", nameof(ReadMessages.RankFormat))]
    [InlineData("household-waste-harmless-treatment,2023-06-30,100.1,%", nameof(ReadMessages.CoverageRange))]
    public void AReadersProblem_IsItsNamedTemplate(string row, string template)
    {
        var read = ObservationCsv.Read(new StringReader("indicator,date,value,unit\n" + row + "\n"), "t.csv", Jinjiang2023.Catalog);

        var expected = (string)typeof(ReadMessages).GetField(template, BindingFlags.Static | BindingFlags.NonPublic)!.GetRawConstantValue()!;
        Assert.Equal(expected, Assert.Single(read.Problems).Message);
    }
}
