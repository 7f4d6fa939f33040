using Jinjiang.Indicators.Text;

namespace Jinjiang.Indicators.Tests.Text;

/// <summary>The plan year of a text without a title line, from the clues a news digest or a reprint gives (our own sentences).</summary>
public class PlanYearTests
{
    [Theory]
    [InlineData("东湖新闻\n报告提出，2026年全市经济社会发展主要预期目标是：生产总值增长5%左右。", 2026)]
    [InlineData("新华社北京3月5日电 在十四届全国人大三次会议上，政府工作报告提出，今年发展主要预期目标是：国内生产总值增长5%左右。", 2025)]
    [InlineData("某某省第十四届人民代表大会第四次会议今天开幕。今年全省生产总值增长5%。", 2026)]
    [InlineData("北京市第16屆人民代表大會第二次會議昨日召開，今年GDP增長5%左右。", 2024)]
    [InlineData("本报讯 1 月 20 日，东湖市第九届人民代表大会第四次会议开幕。\n2025 年，东湖稳中求进，成绩亮眼。全市生产总值增长 6%（预计，下同），财政收入增长 4%。", 2026)]
    [InlineData("要点如下：\n一、2024年工作回顾\n全省生产总值增长5.8%。\n二、今年目标\n增长5%左右。", 2025)]
    [InlineData("市七届人大四次会议开幕，市长作政府工作报告，回顾2022年工作、安排2023年工作。", 2023)]
    [InlineData("报告指出，2022年，是极不平凡的一年。今年地区生产总值增长3%。", 2023)]
    [InlineData("来源: http://news.example.cn/2022-01/08/c_1128.htm\n新华网1月8日电 报告明确了今年的目标：增长7%。", 2022)]
    [InlineData("甘东县第十七届人民代表大会第五次会议开幕。县政府2020年将为民办好15件实事。", 2020)]
    [InlineData("二○二六年是“十五五”开局之年。全市生产总值增长5%左右。", 2026)]
    public void TheYear_IsReadFromTheClueTheTextGives(string text, int year)
        => Assert.Equal(year, PlanYear.Guess(text));

    [Fact]
    public void ACityCongressSession_IsNoClue_AndNoClueIsNull()
    {
        Assert.Null(PlanYear.Guess("东湖市第十六届人民代表大会第一次会议开幕，今年生产总值增长6%。"));
        Assert.Null(PlanYear.Guess("今年生产总值增长6%。"));
    }

    [Fact]
    public void ATablesOwnYear_SetsItsRowsDeadline()
    {
        var text = "关于东湖区2025年计划执行情况与2026年计划草案的报告\n表1：2025年东湖区主要指标完成情况 序号 指标 类型 完成情况 年度目标 完成数 同比增长 "
            + "1 地区生产总值 预期性 820.5亿元 5.6% 增长6%左右 2 固定资产投资 预期性 210亿元 8.2% 200亿元左右 3 新增城镇就业 约束性 1.8万人 —— 1.5万人\n";
        var found = PromiseExtractor.Extract(text, 2026);

        Assert.NotEmpty(found);
        Assert.All(found, c => Assert.Equal(new NodaTime.LocalDate(2025, 12, 31), c.Deadline));
    }
}
