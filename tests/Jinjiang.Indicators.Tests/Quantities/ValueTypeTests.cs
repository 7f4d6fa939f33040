using Jinjiang.Indicators.Quantities;
using UnitsNet;

namespace Jinjiang.Indicators.Tests.Quantities;

public class ValueTypeTests
{
    [Theory]
    [InlineData("Ⅲ", 3)]
    [InlineData("III", 3)]
    [InlineData("3", 3)]
    [InlineData("Ⅲ类", 3)]
    [InlineData("劣Ⅴ", 6)]
    [InlineData("劣V", 6)]
    [InlineData("i", 1)]
    public void QualityClass_TryParse(string text, int ordinal)
    {
        Assert.True(QualityClass.TryParse(text, out var c));
        Assert.Equal(ordinal, c.Ordinal);
    }

    [Fact]
    public void QualityClass_OrderingIsBestFirst()
    {
        Assert.True(QualityClass.II.IsAtLeastAsGoodAs(QualityClass.III));
        Assert.True(QualityClass.III.IsAtLeastAsGoodAs(QualityClass.III));
        Assert.False(QualityClass.IV.IsAtLeastAsGoodAs(QualityClass.III));
        Assert.Equal(QualityClass.I, default);
        Assert.Equal("劣Ⅴ", QualityClass.WorseThanV.ToString());
        Assert.False(QualityClass.TryParse("VI", out _));
    }

    [Fact]
    public void Money_IsExactDecimalAndRemembersItsUnit()
    {
        var a = Money.FromHundredMillionYuan(40);
        Assert.Equal(4_000_000_000m, a.Yuan);
        Assert.Equal("40亿元", a.ToString());
        Assert.Equal(a, Money.FromTenThousandYuan(400_000));
        Assert.Equal(0.3m, (Money.FromYuan(0.1m).Yuan + Money.FromYuan(0.2m).Yuan));
    }

    [Fact]
    public void Count_WithClassifier()
    {
        var c = Count.Of(20, "座");
        Assert.Equal("20座", c.ToString());
        Assert.Equal(Count.Of(20), c); // classifiers do not change the number
        Assert.Throws<ArgumentException>(() => Count.Of(1, "公里"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Count.Of(-1));
    }

    [Fact]
    public void Rank_WithinTop()
    {
        var r = new Rank(2, 5);
        Assert.True(r.IsWithinTop(2));
        Assert.False(r.IsWithinTop(1));
        Assert.Equal("2 of 5", r.ToString());
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Rank(6, 5));
        Assert.StartsWith("A rank position cannot exceed the number of peers.", ex.Message);
    }

    [Fact]
    public void PercentagePoints_AreNotPercent()
    {
        var pp = PercentagePoints.Between(Ratio.FromPercent(40), Ratio.FromPercent(45));
        Assert.Equal(5, pp.Value, 9);
        Assert.Equal(QuantityKind.PercentagePoints, Measure.From(pp).Kind);
        Assert.NotEqual(Measure.From(pp).Kind, Measure.From(Ratio.FromPercent(5)).Kind);
    }

    [Fact]
    public void Tolerance_ComparesWithinRelativeBand()
    {
        Assert.Equal(0, Tolerance.Default.Compare(5000, 5000.000001));
        Assert.Equal(-1, Tolerance.Default.Compare(4999.99, 5000));
        Assert.Equal(1, Tolerance.Exact.Compare(5000.000001, 5000));
    }

    [Theory]
    [InlineData("tianfu-greenway", true)]
    [InlineData("a", true)]
    [InlineData("waste-2023", true)]
    [InlineData("Tianfu", false)]
    [InlineData("-a", false)]
    [InlineData("a--b", false)]
    [InlineData("a_b", false)]
    [InlineData("", false)]
    public void IndicatorId_IsKebabCase(string text, bool valid)
    {
        Assert.Equal(valid, IndicatorId.IsValid(text));
    }

    [Fact]
    public void PeerGroup_FiveCentralDistricts()
    {
        Assert.Equal(["锦江区", "青羊区", "金牛区", "武侯区", "成华区"], Jinjiang.Indicators.Catalog.ChengduPeerGroups.FiveCentralDistricts.Members);
        Assert.Equal(20, Jinjiang.Indicators.Catalog.ChengduPeerGroups.AdministrativeUnits2023.Count);
    }
}
