using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators.Tests.Targets;

/// <summary>The level targets (以上, 超过, 以下, 低于, 左右, 区间, 覆盖率): which values satisfy them at the edges, and how they are said.</summary>
public class LevelTargetTests
{
    private static readonly DateInterval Year = ReportPeriods.Year(2023);

    private static readonly Tolerance Tol = Tolerance.Default;

    private static Measure Pct(double p) => Measure.From(Ratio.FromPercent(p));

    [Fact]
    public void AtLeast_IncludesItsThreshold_AndStrictDoesNot()
    {
        var atLeast = new AtLeastTarget(Pct(60), Year);
        Assert.True(atLeast.Inclusive);
        Assert.True(atLeast.HigherIsBetter);
        Assert.Equal(60, atLeast.Threshold.Value, 12);
        Assert.True(atLeast.IsSatisfiedBy(0.6, Tol));
        Assert.True(atLeast.IsSatisfiedBy(0.6 - 1e-12, Tol)); // within the tolerance
        Assert.False(atLeast.IsSatisfiedBy(0.599, Tol));
        Assert.True(atLeast.IsSatisfiedBy(0.61, Tol));
        Assert.Equal("at least 60 % by 2023-12-31", atLeast.Describe());
        Assert.Equal("60%以上", atLeast.DescribeChinese());
        Assert.Equal("at-least", atLeast.TypeName);
        Assert.Equal(QuantityKind.Ratio, atLeast.Kind);

        var more = new AtLeastTarget(Pct(60), Year, inclusive: false);
        Assert.False(more.IsSatisfiedBy(0.6, Tol));
        Assert.True(more.IsSatisfiedBy(0.601, Tol));
        Assert.False(more.IsSatisfiedBy(0.599, Tol));
        Assert.Equal("more than 60 % by 2023-12-31", more.Describe());
        Assert.Equal("超过60%", more.DescribeChinese());
    }

    [Fact]
    public void AtMost_IncludesItsThreshold_AndStrictDoesNot()
    {
        var atMost = new AtMostTarget(Pct(5), Year);
        Assert.True(atMost.Inclusive);
        Assert.False(atMost.HigherIsBetter);
        Assert.True(atMost.IsSatisfiedBy(0.05, Tol));
        Assert.True(atMost.IsSatisfiedBy(0.04, Tol));
        Assert.False(atMost.IsSatisfiedBy(0.051, Tol));
        Assert.Equal("at most 5 % by 2023-12-31", atMost.Describe());
        Assert.Equal("不超过5%", atMost.DescribeChinese());
        Assert.Equal("at-most", atMost.TypeName);

        var below = new AtMostTarget(Pct(5), Year, inclusive: false);
        Assert.False(below.IsSatisfiedBy(0.05, Tol));
        Assert.True(below.IsSatisfiedBy(0.049, Tol));
        Assert.False(below.IsSatisfiedBy(0.051, Tol));
        Assert.Equal("less than 5 % by 2023-12-31", below.Describe());
        Assert.Equal("低于5%", below.DescribeChinese());
    }

    [Fact]
    public void About_IsOneSided_ItsBandOnTheBadSideOnly()
    {
        var growth = new AboutTarget(Pct(6), Pct(0.5), Year);
        Assert.True(growth.HigherIsBetter);
        Assert.Equal(6, growth.Centre.Value, 12);
        Assert.Equal(0.5, growth.HalfWidth.Value, 12);
        Assert.True(growth.IsSatisfiedBy(0.055, Tol));  // the band's edge
        Assert.False(growth.IsSatisfiedBy(0.0549, Tol));
        Assert.True(growth.IsSatisfiedBy(0.09, Tol));   // far above: still satisfied
        Assert.True(growth.IsShortOfCentre(0.057, Tol));
        Assert.False(growth.IsShortOfCentre(0.06, Tol));
        Assert.False(growth.IsShortOfCentre(0.065, Tol));
        Assert.Equal("about 6 % (not below 5.5 %) by 2023-12-31", growth.Describe());
        Assert.Equal("6%左右", growth.DescribeChinese());
        Assert.Equal("about", growth.TypeName);

        var prices = new AboutTarget(Pct(3), Pct(0.5), Year, higherIsBetter: false);
        Assert.False(prices.HigherIsBetter);
        Assert.True(prices.IsSatisfiedBy(0.035, Tol));
        Assert.False(prices.IsSatisfiedBy(0.0351, Tol));
        Assert.True(prices.IsSatisfiedBy(0.01, Tol));
        Assert.True(prices.IsShortOfCentre(0.032, Tol));
        Assert.False(prices.IsShortOfCentre(0.03, Tol));
        Assert.False(prices.IsShortOfCentre(0.028, Tol));
        Assert.Equal("about 3 % (not above 3.5 %) by 2023-12-31", prices.Describe());

        Assert.StartsWith("The band's half-width must be of the same kind as its centre.", Assert.Throws<ArgumentException>(() => new AboutTarget(Pct(6), Measure.From(Count.Of(1)), Year)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The band's half-width cannot be negative.", Assert.Throws<ArgumentOutOfRangeException>(() => new AboutTarget(Pct(6), Pct(-0.5), Year)).Message, StringComparison.Ordinal);
        Assert.Equal(0, new AboutTarget(Pct(6), Pct(0), Year).HalfWidth.Value, 12);
    }

    [Fact]
    public void Range_IncludesBothBounds()
    {
        var range = new RangeTarget(Pct(3), Pct(5), Year);
        Assert.True(range.HigherIsBetter);
        Assert.Equal(3, range.Minimum.Value, 12);
        Assert.Equal(5, range.Maximum.Value, 12);
        Assert.True(range.IsSatisfiedBy(0.03, Tol));
        Assert.True(range.IsSatisfiedBy(0.05, Tol));
        Assert.False(range.IsSatisfiedBy(0.0299, Tol));
        Assert.False(range.IsSatisfiedBy(0.0501, Tol));
        Assert.Equal("between 3 % and 5 % by 2023-12-31", range.Describe());
        Assert.Equal("3%至5%", range.DescribeChinese());
        Assert.Equal("range", range.TypeName);
        Assert.StartsWith("The upper bound of a range cannot be below its lower bound.", Assert.Throws<ArgumentException>(() => new RangeTarget(Pct(5), Pct(3), Year)).Message, StringComparison.Ordinal);
        Assert.StartsWith("Both bounds of a range must be of the same kind.", Assert.Throws<ArgumentException>(() => new RangeTarget(Pct(3), Measure.From(Count.Of(5)), Year)).Message, StringComparison.Ordinal);
        Assert.True(new RangeTarget(Pct(4), Pct(4), Year).IsSatisfiedBy(0.04, Tol));
    }

    [Fact]
    public void Coverage_IsAShareBetween0And100()
    {
        var full = CoverageTarget.Full(Year);
        Assert.Equal(100, full.Required.Value, 12);
        Assert.True(full.HigherIsBetter);
        Assert.True(full.IsSatisfiedBy(1, Tol));
        Assert.False(full.IsSatisfiedBy(0.999, Tol));
        Assert.Equal("coverage of 100 % by 2023-12-31", full.Describe());
        Assert.Equal("100%", full.DescribeChinese());
        Assert.Equal("coverage", full.TypeName);
        Assert.Equal(0, new CoverageTarget(Ratio.FromPercent(0), Year).Required.Value, 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoverageTarget(Ratio.FromPercent(101), Year));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoverageTarget(Ratio.FromPercent(-1), Year));
    }

    [Fact]
    public void EveryLevelTarget_SupportsEveryBasis()
    {
        ThresholdTarget[] targets = [new AtLeastTarget(Pct(1), Year), new AtMostTarget(Pct(1), Year), new AboutTarget(Pct(1), Pct(0.1), Year), new RangeTarget(Pct(1), Pct(2), Year), CoverageTarget.Full(Year)];
        foreach (var target in targets)
        {
            foreach (var basis in new[] { TargetBasis.AtDeadline, TargetBasis.Throughout, TargetBasis.OverPeriod })
            {
                Assert.Equal(basis, target.WithBasis(basis).Basis);
            }

            Assert.Equal(QuantityKind.Ratio, target.Kind);
            Assert.Equal(target.Reference, ((ThresholdTarget)target.WithBasis(TargetBasis.Throughout)).Reference);
        }
    }
}
