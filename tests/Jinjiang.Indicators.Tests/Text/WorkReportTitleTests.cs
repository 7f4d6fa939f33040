using Jinjiang.Indicators.Text;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Text;

public class WorkReportTitleTests
{
    [Fact]
    public void TryRead_TheSeedsTitleLine_GivesTheReport()
    {
        Assert.True(WorkReportTitle.TryRead(TestFiles.ReportText, out var report));
        Assert.Equal("成都市锦江区人民政府", report.Issuer);
        Assert.Equal("锦江区", report.Area);
        Assert.Equal(GovernmentLevel.District, report.Level);
        Assert.Equal(2023, report.Year);
        Assert.Equal(new LocalDate(2023, 2, 8), report.Delivered);
        Assert.Equal("成都市锦江区人民政府工作报告", report.Title);
    }

    [Theory]
    [InlineData("（某某省）安平市东湖区人民政府工作报告（2024年1月18日）", "安平市东湖区人民政府", "东湖区", GovernmentLevel.District, 2024, "2024-01-18")]
    [InlineData("(四川省)成都市简阳市人民政府工作报告(2023年1月6日)", "成都市简阳市人民政府", "简阳市", GovernmentLevel.County, 2023, "2023-01-06")]
    [InlineData("(山西省)晋中市人民政府工作报告(2024年)", "晋中市人民政府", "晋中市", GovernmentLevel.City, 2024, null)]
    [InlineData("湖北省人民政府工作报告（2025年1月14日）", "湖北省人民政府", "湖北省", GovernmentLevel.Province, 2025, "2025-01-14")]
    [InlineData("(青海省)果洛藏族自治州人民政府工作报告(2023年2月26日)", "果洛藏族自治州人民政府", "果洛藏族自治州", GovernmentLevel.City, 2023, "2023-02-26")]
    [InlineData("甘肃省天水市甘谷县政府工作报告(2020年5月10日)", "甘肃省天水市甘谷县人民政府", "甘谷县", GovernmentLevel.County, 2020, "2020-05-10")]
    public void TryParse_TitleLines(string line, string issuer, string area, GovernmentLevel level, int year, string? delivered)
    {
        Assert.True(WorkReportTitle.TryParse(line, out var report));
        Assert.Equal(issuer, report.Issuer);
        Assert.Equal(area, report.Area);
        Assert.Equal(level, report.Level);
        Assert.Equal(year, report.Year);
        Assert.Equal(delivered, report.Delivered is { } d ? IsoDate.Format(d) : null);
    }

    [Theory]
    [InlineData("政府工作报告")]
    [InlineData("2023年政府工作报告精彩数据速读")]
    [InlineData("新建天府绿道15公里")]
    public void TryParse_OtherLines_AreNotTitles(string line) => Assert.False(WorkReportTitle.TryParse(line, out _));

    [Fact]
    public void WorkReport_BindsFromItsDeliveryDate_OrTheStartOfItsYear()
    {
        Assert.Equal(new LocalDate(2023, 2, 8), Jinjiang.Indicators.Catalog.Jinjiang2023.Report.BindsFrom);
        Assert.Equal(new LocalDate(2024, 1, 1), WorkReport.ForArea("东湖区", 2024).BindsFrom);
        Assert.Equal("东湖区人民政府", WorkReport.ForArea("东湖区", 2024).Issuer);
    }
}
