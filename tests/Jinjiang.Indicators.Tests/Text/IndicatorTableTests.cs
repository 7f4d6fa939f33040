using Jinjiang.Indicators.Text;

namespace Jinjiang.Indicators.Tests.Text;

/// <summary>A table of main indicators copied into text (flattened onto one line, or piped) gives its rows' targets.</summary>
public class IndicatorTableTests
{
    // Our own table, in the shape a district's plan report prints (序号, 指标, 类型, 完成数, 同比, 年度目标).
    private const string Flattened =
        "表2：2025年东城区主要指标完成情况 序号 指标 类型 完成情况 年度目标 完成数 同比增长 "
        + "1 地区生产总值 预期性 820.5亿元 5.6% 增长6%左右 2 区级一般公共预算收入 预期性 61.2亿元 3.1% 增长4%左右 "
        + "3 固定资产投资 预期性 210亿元 8.2% 200亿元左右,增长5% 4 规上工业产值 预期性 640亿元 2.0% 700亿元,增速高于全市2个百分点 "
        + "5 外贸进出口总额 预期性 300亿元 4.0% 稳定增长,与全市同步 6 新增城镇就业 约束性 1.8万人 —— 1.5万人 7 居民收入 预期性 62000元 5.1% \n"
        + "二、2026年计划安排\n";

    private const string Piped =
        "表1：2025年西城区主要指标完成情况\n| 序號 |\n主要指標 |\n指標 類型 |\n完成情況 |\n年度目標 |\n"
        + "| 1 |\n地區生産總值 |\n預期性 |\n900.1億元 |\n4.9% |\n增長5%左右 |\n"
        + "| 2 |\n一般公共預算收入 |\n預期性 |\n70.3億元 |\n1.2% |\n與GDP增長基本同步 |\n"
        + "| 3 |\n規模以上工業總産值 |\n預期性 |\n1320.4億元 |\n-0.9% |\n1.4萬億 |\n"
        + "以上为主要指标。\n";

    [Fact]
    public void AFlattenedTable_GivesEachRowsTarget_UnderItsIndicator()
    {
        var found = PromiseExtractor.Extract(Flattened, 2025);

        Assert.Contains(found, c => c.Object == "地区生产总值" && c.Text == "增长6%左右" && c.Quantity?.Value == 6);
        Assert.Contains(found, c => c.Object == "固定资产投资" && c.Text == "200亿元左右");
        Assert.Contains(found, c => c.Object == "固定资产投资" && c.Text == "增长5%");
        Assert.Contains(found, c => c.Object == "规上工业产值" && c.Text == "700亿元" && c.Kind == PromiseKind.AtLeast); // a level to reach
        Assert.Contains(found, c => c.Object == "新增城镇就业" && c.Text == "1.5万人");
    }

    [Fact]
    public void AFlattenedTable_GivesNoPromiseFromResultsRelativeTargetsOrACutRow()
    {
        var found = PromiseExtractor.Extract(Flattened, 2025);

        Assert.DoesNotContain(found, c => c.Text.Contains("820.5", StringComparison.Ordinal) || c.Text.Contains("5.6%", StringComparison.Ordinal)); // results
        Assert.DoesNotContain(found, c => c.Text.Contains("高于", StringComparison.Ordinal) || c.Text.Contains("同步", StringComparison.Ordinal)); // relative
        Assert.DoesNotContain(found, c => c.Object == "居民收入"); // its target cell is missing: 5.1% is the growth reported
        Assert.DoesNotContain(found, c => c.Text.Contains("预期性", StringComparison.Ordinal));
    }

    [Fact]
    public void APipedTableInTraditionalCharacters_GivesItsTargets_WithTheUnitOfItsColumn()
    {
        var found = PromiseExtractor.Extract(Piped, 2025);

        var gdp = Assert.Single(found, c => c.Object == "地区生产总值");
        Assert.Equal("增長5%左右", gdp.Text); // the original text, as the page has it
        var industry = Assert.Single(found, c => c.Object == "规模以上工业总产值");
        Assert.Equal("1.4萬億", industry.Text);
        Assert.Equal(1.4e12, industry.Quantity!.Value.BaseValue, 3);
        Assert.DoesNotContain(found, c => c.Object == "一般公共预算收入");
    }

    [Fact]
    public void ATableWithoutATargetColumn_GivesNothing()
    {
        var results = "表3 主要指标完成情况 序号 指标 类型 完成数 同比增长 1 地区生产总值 预期性 820.5亿元 5.6% 2 固定资产投资 预期性 210亿元 8.2% 3 新增城镇就业 约束性 1.8万人 ——\n";

        Assert.Empty(PromiseExtractor.Extract(results, 2025));
    }
}
