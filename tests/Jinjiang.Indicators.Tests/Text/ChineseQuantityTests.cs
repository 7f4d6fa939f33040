using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Text;

namespace Jinjiang.Indicators.Tests.Text;

public class ChineseQuantityTests
{
    [Theory]
    [InlineData("15", 15)]
    [InlineData("１５", 15)]
    [InlineData("1.5", 1.5)]
    [InlineData("1.5万", 15000)]
    [InlineData("40亿", 4000000000)]
    [InlineData("3千", 3000)]
    [InlineData("十二", 12)]
    [InlineData("十", 10)]
    [InlineData("二十", 20)]
    [InlineData("三百", 300)]
    [InlineData("三百零五", 305)]
    [InlineData("两", 2)]
    [InlineData("一万二千", 12000)]
    [InlineData("五亿", 500000000)]
    public void ChineseNumerals_Parse(string text, double expected)
    {
        var result = ChineseNumerals.Parse(text);
        Assert.True(result.IsValid, result.Problems.Select(p => p.Message).FirstOrDefault());
        Assert.Equal((decimal)expected, result.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("１５x")]
    public void ChineseNumerals_BadText_IsAnErrorNotAnException(string text)
    {
        var result = ChineseNumerals.Parse(text);
        Assert.False(result.IsValid);
        Assert.Contains("Expected a number", result.Problems.Select(p => p.Message).FirstOrDefault());
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Theory]
    [InlineData("15公里", 15_000, QuantityKind.Length)]
    [InlineData("800米", 800, QuantityKind.Length)]
    [InlineData("5000平方米", 5_000, QuantityKind.Area)]
    [InlineData("11万平方米", 110_000, QuantityKind.Area)]
    [InlineData("15亩", 10_000, QuantityKind.Area)]
    [InlineData("3公顷", 30_000, QuantityKind.Area)]
    [InlineData("600个", 600, QuantityKind.Count)]
    [InlineData("20座", 20, QuantityKind.Count)]
    [InlineData("3处", 3, QuantityKind.Count)]
    [InlineData("5项", 5, QuantityKind.Count)]
    [InlineData("10家", 10, QuantityKind.Count)]
    [InlineData("2所", 2, QuantityKind.Count)]
    [InlineData("7件", 7, QuantityKind.Count)]
    [InlineData("100辆", 100, QuantityKind.Count)]
    [InlineData("50台", 50, QuantityKind.Count)]
    [InlineData("4套", 4, QuantityKind.Count)]
    [InlineData("三百个", 300, QuantityKind.Count)]
    [InlineData("1.5万个", 15_000, QuantityKind.Count)]
    [InlineData("40亿元", 4_000_000_000, QuantityKind.Money)]
    [InlineData("500万元", 5_000_000, QuantityKind.Money)]
    [InlineData("200元", 200, QuantityKind.Money)]
    [InlineData("5%", 0.05, QuantityKind.Ratio)]
    [InlineData("５％", 0.05, QuantityKind.Ratio)]
    [InlineData("5个百分点", 5, QuantityKind.PercentagePoints)]
    [InlineData("10吨", 10_000, QuantityKind.Mass)]
    [InlineData("5分钟", 300, QuantityKind.Time)]
    [InlineData("3‰", 0.003, QuantityKind.Ratio)]
    [InlineData("80岁", 80 * 365.25 * 86400, QuantityKind.Time)]
    [InlineData("64块", 64, QuantityKind.Count)]
    [InlineData("20万千瓦", 200_000_000, QuantityKind.Power)]
    [InlineData("500千瓦", 500_000, QuantityKind.Power)]
    [InlineData("15千米", 15_000, QuantityKind.Length)]
    public void Parse_UnitWords_MapToTypedQuantities(string text, double baseValue, QuantityKind kind)
    {
        var result = ChineseQuantityParser.Parse(text);
        Assert.True(result.IsValid, result.Problems.Select(p => p.Message).FirstOrDefault());
        Assert.Equal(kind, result.Value.Kind);
        Assert.Equal(baseValue, result.Value.Value.BaseValue, 6);
    }

    [Theory]
    [InlineData("3-5个")]
    [InlineData("3至5个")]
    [InlineData("3～5个")]
    public void Parse_Ranges(string text)
    {
        var q = ChineseQuantityParser.Parse(text).Value;
        Assert.Equal(3, q.Value.Value);
        Assert.Equal(5, q.Upper!.Value.Value);
    }

    [Theory]
    [InlineData("2023年")]
    [InlineData("2月8日")]
    [InlineData("15")]
    [InlineData("公里")]
    [InlineData("1号线")]
    public void Parse_NotAQuantity(string text)
    {
        Assert.False(ChineseQuantityParser.Parse(text).IsValid);
    }

    [Fact]
    public void FindAll_ReadsEachNumberOnce_WithItsPosition()
    {
        var found = ChineseQuantityParser.FindAll("新建天府绿道15公里，新建小游园微绿地3个、社区花园3个");
        Assert.Equal(["15公里", "3个", "3个"], found.Select(q => q.Text));
        Assert.Equal(6, found[0].Start);
    }
}
