using Jinjiang.Indicators.Quantities;
using UnitsNet;

namespace Jinjiang.Indicators.Tests.Quantities;

public class MeasureTests
{
    [Fact]
    public void TryCompare_0point52TenThousandSquareMetresAnd5200SquareMetres_AreEqual()
    {
        var a = new Measure(0.52, MeasureUnit.TenThousandSquareMetres);
        var b = Measure.From(Area.FromSquareMeters(5200));
        Assert.True(a.TryCompare(b, Tolerance.Default, out var c));
        Assert.Equal(0, c);
    }

    [Fact]
    public void TryCompare_LengthWithArea_ReportsMismatch()
    {
        Assert.False(Measure.From(Length.FromKilometers(15)).TryCompare(Measure.From(Area.FromSquareMeters(5000)), Tolerance.Default, out _));
    }

    [Fact]
    public void ConvertTo_WrongKind_ThrowsWithPlainMessage()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Measure.From(Length.FromKilometers(1)).ConvertTo(MeasureUnit.SquareMetre));
        Assert.Equal("A Length measure cannot be converted to Area (m2).", ex.Message);
    }

    [Fact]
    public void ConvertTo_MuToSquareMetres()
    {
        Assert.Equal(10_000, new Measure(15, MeasureUnit.Mu).ConvertTo(MeasureUnit.SquareMetre).Value, 9);
    }

    [Fact]
    public void From_UnitsNetQuantities_KeepsTheirUnitAndRoundTrips()
    {
        var km = Measure.From(Length.FromKilometers(15));
        Assert.Equal("15 km", km.ToString());
        Assert.Equal(15_000, km.ToLength().Meters, 9);
        Assert.Equal("5 %", Measure.From(Ratio.FromPercent(5)).ToString());
        Assert.Equal(0.05, Measure.From(Ratio.FromPercent(5)).BaseValue, 12);
        Assert.Equal(Money.FromHundredMillionYuan(40), Measure.From(Money.FromHundredMillionYuan(40)).ToMoney());
    }

    [Fact]
    public void Constructor_NaN_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Measure(double.NaN, MeasureUnit.Metre));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Measure(double.PositiveInfinity, MeasureUnit.Metre));
    }

    [Fact]
    public void Default_IsDimensionlessZero()
    {
        Measure m = default;
        Assert.Equal(QuantityKind.Index, m.Kind);
        Assert.Equal(0, m.Value);
        Assert.Equal("0", m.ToString());
    }

    [Fact]
    public void ToChineseString_WritesAsAReportWould()
    {
        Assert.Equal("15公里", Measure.From(Length.FromKilometers(15)).ToStringChinese());
        Assert.Equal("0.52万平方米", new Measure(0.52, MeasureUnit.TenThousandSquareMetres).ToStringChinese());
        Assert.Equal("Ⅲ类", Measure.From(QualityClass.III).ToStringChinese());
        Assert.Equal("第1位", Measure.From(new Rank(1, 5)).ToStringChinese());
    }

    [Theory]
    [InlineData("km", "km")]
    [InlineData("公里", "km")]
    [InlineData("千米", "km")]
    [InlineData("米", "m")]
    [InlineData("m2", "m2")]
    [InlineData("平方米", "m2")]
    [InlineData("万平方米", "10^4 m2")]
    [InlineData("亩", "mu")]
    [InlineData("%", "%")]
    [InlineData("CNY", "CNY")]
    [InlineData("元", "CNY")]
    [InlineData("万元", "10^4 CNY")]
    [InlineData("亿元", "10^8 CNY")]
    [InlineData("count", "count")]
    [InlineData("个", "count")]
    [InlineData("座", "count:座")]
    [InlineData("百分点", "pp")]
    [InlineData("类", "class")]
    [InlineData("名", "rank")]
    [InlineData("位", "rank")]
    [InlineData("", "1")]
    [InlineData("1", "1")]
    public void MeasureUnit_TryParse_ReadsSymbolsAndChineseWords(string text, string symbol)
    {
        Assert.True(MeasureUnit.TryParse(text, out var unit));
        Assert.Equal(symbol, unit.Symbol);
    }

    [Fact]
    public void MeasureUnit_TryParse_UnknownWord_Fails()
    {
        Assert.False(MeasureUnit.TryParse("furlong", out _));
    }
}
