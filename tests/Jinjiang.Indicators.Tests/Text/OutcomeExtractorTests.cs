using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Text;

namespace Jinjiang.Indicators.Tests.Text;

/// <summary>Statements of what was achieved, read from a review; our own sentences in the styles of reviews.</summary>
public class OutcomeExtractorTests
{
    [Fact]
    public void Figures_WithTheirObject_AndAChangeThatNamesNoObject_TakesThePrevious()
    {
        var found = OutcomeExtractor.Extract("过去一年，全区实现地区生产总值1260亿元，增长6.2%；新建城市绿道18公里，城镇新增就业1.3万人。");
        Assert.Contains(found, o => o.Object == "地区生产总值" && o.Kind == OutcomeKind.Amount && o.Quantity!.Value.Unit == MeasureUnit.HundredMillionYuan && o.Quantity.Value.Value == 1260);
        Assert.Contains(found, o => o.Object == "地区生产总值" && o.Kind == OutcomeKind.Change && o.Quantity!.Value.Value == 6.2);
        Assert.Contains(found, o => o.Object == "城市绿道" && o.Quantity!.Value.BaseValue == 18_000 && o.IsNew);
        Assert.Contains(found, o => o.Object == "城镇新增就业" && o.Quantity!.Value.BaseValue == 13_000);
    }

    [Fact]
    public void TheNextYearsTargets_InTheSameText_AreNotResults()
    {
        // A digest of a whole report: the year's results, then the targets it sets for the next year.
        var found = OutcomeExtractor.Extract(
            "过去一年，全市地区生产总值增长5.4%，城镇新增就业32万人、城镇调查失业率平均为4.9%。\n"
            + "报告同时为新一年定下蓝图。2026年全市发展主要预期目标是：地区生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业30万人以上。\n"
            + "展望新的一年，粮食产量稳定在90亿斤以上。\n"
            + "二、2026年工作安排\n"
            + "（一）扩大有效需求。新建充电桩8000个，改造老旧小区120个。\n"
            + "三、2025年主要成绩回顾\n"
            + "（一）扎实推进重点工作\n" // a review's own sub-heading names no year of the plan
            + "新建口袋公园15个。");

        Assert.Equal(
            ["地区生产总值 5.4", "城镇新增就业 320000", "城镇调查失业率平均 4.9", "口袋公园 15"],
            found.Select(o => $"{o.Object} {o.Quantity!.Value.BaseValue * (o.Quantity.Value.Unit.Kind == QuantityKind.Ratio ? 100 : 1):0.###}"));
    }

    [Fact]
    public void ThoseServed_AreCountedWithWhatTheyWereGiven()
    {
        var found = OutcomeExtractor.Extract("过去一年，为6500名高龄老人安装紧急呼叫设备，为120户困难家庭进行危房改造。");

        Assert.Equal(["高龄老人安装紧急呼叫设备 6500", "困难家庭进行危房改造 120"], found.Select(o => $"{o.Object} {o.Quantity!.Value.Value}"));
    }

    [Fact]
    public void TheBaseOfAChange_IsNotItsObject()
    {
        var found = OutcomeExtractor.Extract("2025年，区级一般公共预算收入61.2亿元、同比增长3.1%；民间投资同比增长7.4%，进出口总额较上年增长4%。");

        Assert.Contains(found, o => o.Object == "区级一般公共预算收入" && o.Kind == OutcomeKind.Change && o.Quantity!.Value.Value == 3.1);
        Assert.Contains(found, o => o.Object == "民间投资" && o.Kind == OutcomeKind.Change);
        Assert.Contains(found, o => o.Object == "进出口总额" && o.Kind == OutcomeKind.Change);
        Assert.DoesNotContain(found, o => o.Object.Contains("同比", StringComparison.Ordinal) || o.Object.Contains("上年", StringComparison.Ordinal));
    }

    [Fact]
    public void UnchangedAgainstThePreviousYear_IsAChangeOfZero()
    {
        var found = OutcomeExtractor.Extract("2025年，居民消费价格与上年基本持平，工业品出厂价格同比持平，物价总体平稳。");

        Assert.Contains(found, o => o.Object == "居民消费价格" && o.Kind == OutcomeKind.Change && o.Quantity!.Value.Value == 0);
        Assert.Contains(found, o => o.Object == "工业品出厂价格" && o.Kind == OutcomeKind.Change && o.Quantity!.Value.Value == 0);
        Assert.DoesNotContain(found, o => o.Object.Contains("物价", StringComparison.Ordinal)); // 平稳 gives no figure
    }

    [Fact]
    public void NamesListedBeforeACountOfProjects_AreDone_AndTheCountCountsItsProjects()
    {
        var found = OutcomeExtractor.Extract("2025年，建成投用东湖站、滨江大桥等120个市级重点项目，建成6个社区食堂，3个企业品牌入选名品名录。");

        Assert.Contains(found, o => o.Object == "东湖站" && o.Kind == OutcomeKind.Status && o.Status == ProjectStatus.Done);
        Assert.Contains(found, o => o.Object == "滨江大桥" && o.Kind == OutcomeKind.Status && o.Status == ProjectStatus.Done);
        Assert.Contains(found, o => o.Object == "市级重点项目" && o.Kind == OutcomeKind.Amount && o.Quantity!.Value.Value == 120);
        Assert.Contains(found, o => o.Object == "社区食堂" && o.Quantity!.Value.Value == 6);
        Assert.DoesNotContain(found, o => o.Object is "企业" or "建成");
    }

    [Fact]
    public void Decreases_AreNegative_AndCompletionRates_AreTheirOwnKind()
    {
        var found = OutcomeExtractor.Extract("单位地区生产总值能耗下降3.1%，重点项目投资完成率105%。");
        Assert.Contains(found, o => o.Kind == OutcomeKind.Change && o.Quantity!.Value.Value == -3.1 && o.Object.Contains("能耗", StringComparison.Ordinal));
        Assert.Contains(found, o => o.Kind == OutcomeKind.CompletionRate && o.Quantity!.Value.Value == 105);
    }

    [Fact]
    public void StatusWithoutFigures_StartedIsNotDone()
    {
        var found = OutcomeExtractor.Extract("东湖大桥建成通车，滨江学校投入使用，城东污水厂启动建设，地铁9号线加快建设。");
        Assert.Contains(found, o => o.Object == "东湖大桥" && o.Status == ProjectStatus.Done);
        Assert.Contains(found, o => o.Object == "滨江学校" && o.Status == ProjectStatus.Done);
        Assert.Contains(found, o => o.Object == "城东污水厂" && o.Status == ProjectStatus.Started);
        Assert.Contains(found, o => o.Object.StartsWith("地铁9号线", StringComparison.Ordinal) && o.Status == ProjectStatus.InProgress);
    }

    [Fact]
    public void Traps_StockAgainstFlow_FiveYearTotals_Preliminary_TraditionalAndSpacedNumbers()
    {
        var found = OutcomeExtractor.Extract("累计建成绿道320公里。预计全年粮食产量达到52.6亿斤。\n过去五年，新增学位4万个。\n過去一年，實現地區生產總值1 244億元，增長5. 8%。");
        Assert.Contains(found, o => o.IsCumulative && o.Quantity!.Value.BaseValue == 320_000);
        Assert.Contains(found, o => o.IsProvisional && o.Object == "粮食产量");
        Assert.Contains(found, o => o.IsMultiYear && o.Quantity!.Value.Value == 4 * 10_000);
        Assert.Contains(found, o => !o.IsMultiYear && o.Object == "地区生产总值" && o.Quantity!.Value.Value == 1244);
        Assert.Contains(found, o => o.Kind == OutcomeKind.Change && o.Quantity!.Value.Value == 5.8);
    }

    [Fact]
    public void ASentenceOpeningOnFiveYears_MidParagraph_OpensTheSeveralYearsReview_UntilAParagraphOpensOnOneYear()
    {
        const string Review = "过去一年，新建公园12个。\n各位代表！2025年是规划收官之年。五年来，我们砥砺前行。\n——民生持续改善。居民人均可支配收入增长31.5%。\n这五年，是奋进的五年。社会消费品零售总额超过8000亿元。\n2025年，新增城镇就业6.2万人。";
        var found = OutcomeExtractor.Extract(Review);

        Assert.Contains(found, o => !o.IsMultiYear && o.Object.Contains("公园", StringComparison.Ordinal));
        Assert.Contains(found, o => o.IsMultiYear && o.Quantity!.Value.Value == 31.5); // a five-year rise, not the year's
        Assert.Contains(found, o => o.IsMultiYear && o.Object.Contains("社会消费品零售总额", StringComparison.Ordinal));
        Assert.Contains(found, o => !o.IsMultiYear && o.Object.Contains("就业", StringComparison.Ordinal));
    }

    [Fact]
    public void OddText_NeverThrows_AndTheOutputIsLinear()
    {
        Assert.Empty(OutcomeExtractor.Extract(string.Empty));
        Assert.Empty(OutcomeExtractor.Extract("，，，。。。"));
        var line = string.Concat(Enumerable.Repeat("新建城市绿道18公里，", 5_000)); // one long sentence
        var outcomes = OutcomeExtractor.Extract(line);
        Assert.Equal(5_000, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.Sentence.Length <= 400));
    }
}
