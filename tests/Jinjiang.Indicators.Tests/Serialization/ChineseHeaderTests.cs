using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Excel;
using Jinjiang.Indicators.Reporting;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Tests.Serialization;

/// <summary>The monthly round works in Chinese end to end: what the Chinese template and CSV write, the readers take back.</summary>
public class ChineseHeaderTests
{
    [Theory]
    [InlineData("indicator", "indicator")]
    [InlineData("指标编号", "indicator")]
    [InlineData("日期", "date")]
    [InlineData("数值", "value")]
    [InlineData("单位", "unit")]
    [InlineData("数值 (value)", "value")]
    [InlineData("数值（value）", "value")]
    [InlineData(" 备注 ", "note")]
    [InlineData("分项", "component")]
    [InlineData("数据状态", "status")]
    [InlineData("Value", "value")]
    public void Canonical_ReadsEnglishChineseAndBoth(string header, string expected)
        => Assert.Equal(expected, ObservationColumnNames.Canonical(header));

    [Fact]
    public void Canonical_OfAnUnknownHeader_IsNull()
    {
        Assert.Null(ObservationColumnNames.Canonical("金额合计"));
        Assert.Null(ObservationColumnNames.Canonical(""));
        Assert.Equal("数值", ObservationColumnNames.HeaderChinese("value"));
    }

    [Fact]
    public void Csv_WithChineseHeaders_ReadsAsTheMachineNames()
    {
        const string Csv = "指标编号,日期,数值,单位,数据状态,备注\ntianfu-greenway,2023-09-30,10.6,公里,预计,区公园城市局报送\n";
        var read = ObservationCsv.Read(new StringReader(Csv), "九月.csv", Jinjiang2023.Catalog);
        Assert.Empty(read.Problems);
        var o = Assert.Single(read.Value);
        Assert.Equal((Jinjiang2023.TianfuGreenway.Id, 10.6, ObservationStatus.Provisional, "区公园城市局报送"), (o.IndicatorId, o.Value.Value, o.Status, o.Note));
    }

    [Fact]
    public void Csv_WithAnUnknownChineseHeader_NamesItAndTheChineseNames()
    {
        var read = ObservationCsv.Read(new StringReader("指标编号,日期,数值,单位,金额合计\ntianfu-greenway,2023-09-30,10.6,公里,3\n"), "九月.csv", Jinjiang2023.Catalog);
        var problem = Assert.Single(read.Problems);
        Assert.Equal("金额合计", problem.Field);
        Assert.Contains("指标编号、日期、数值、单位", problem.Message, StringComparison.Ordinal);
        Assert.Single(read.Value);
    }

    [Fact]
    public void ChineseTemplate_HasChineseHeadersWithTheMachineNames_AndReadsBack()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var template = new MemoryStream();
        ReportingTemplate.Write(template, Jinjiang2023.Catalog, ReportLanguage.Chinese);
        template.Position = 0;
        using (var reader = ExcelDataReader.ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(template.ToArray())))
        {
            reader.Read();
            reader.Read();
            var headers = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) as string).ToList();
            Assert.Equal(["指标编号 (indicator)", "指标名称 (name)", "目标 (target)", "期限 (deadline)", "考核方式 (basis)", "日期 (date)", "数值 (value)", "单位 (unit)", "分项 (component)", "地区 (area)", "统计期 (period)", "备注 (note)"], headers);
        }

        // The unfilled template reads as a form without returns: no observation, no problem.
        var read = ObservationWorkbook.Read(template, "template.xlsx", Jinjiang2023.Catalog);
        Assert.Empty(read.Problems);
        Assert.Empty(read.Value);
    }

}
