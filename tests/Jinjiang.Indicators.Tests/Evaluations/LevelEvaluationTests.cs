using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using UnitsNet;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

public class LevelEvaluationTests
{
    [Theory]
    [InlineData(40, true, EvaluationStatus.Met)]     // 40亿元以上 includes 40 itself
    [InlineData(40, false, EvaluationStatus.NotMet)] // 超过40亿元 does not
    [InlineData(41, false, EvaluationStatus.Met)]
    [InlineData(39.9, true, EvaluationStatus.NotMet)]
    public void Evaluate_AtLeastInclusiveVersusStrict(double hundredMillion, bool inclusive, EvaluationStatus expected)
    {
        var indicator = NewEnergySales().WithTarget(new AtLeastTarget(Measure.From(Money.FromHundredMillionYuan(40)), Year2023, inclusive));
        var obs = indicator.Observe(D(2023, 12, 31), Money.FromHundredMillionYuan((decimal)hundredMillion));
        Assert.Equal(expected, indicator.Evaluate([obs], D(2024, 1, 1)).Status);
    }

    [Theory]
    [InlineData(5, true, EvaluationStatus.Met)]
    [InlineData(5, false, EvaluationStatus.NotMet)]
    [InlineData(4.9, false, EvaluationStatus.Met)]
    public void Evaluate_AtMostInclusiveVersusStrict(double value, bool inclusive, EvaluationStatus expected)
    {
        var indicator = new Indicator<double>(new IndicatorId("index"), "指数", "Index", new AtMostTarget(Measure.Index(5), Year2023, inclusive)) { Direction = Direction.LowerIsBetter };
        Assert.Equal(expected, indicator.Evaluate([indicator.Observe(D(2023, 12, 31), value)], D(2024, 1, 1)).Status);
    }

    [Fact]
    public void Evaluate_MoneyIn10kYuanAgainst100MillionYuanTarget_ConvertsExactly()
    {
        var indicator = NewEnergySales();
        var obs = indicator.Observe(D(2023, 12, 31), Money.FromTenThousandYuan(400_000m));
        var e = indicator.Evaluate([obs], D(2024, 1, 1));
        Assert.Equal(EvaluationStatus.Met, e.Status);
    }

    [Fact]
    public void Evaluate_AboutTarget_IsMetWithinTheBandOnly()
    {
        var indicator = new Indicator<Ratio>(new IndicatorId("growth"), "增长", "Growth", new AboutTarget(Measure.From(Ratio.FromPercent(6)), Measure.From(Ratio.FromPercent(0.5)), Year2023));
        // 左右 bounds the bad side only: any excess is met (超额完成), a shortfall within the band is 基本实现 (yellow).
        var exceeded = indicator.Evaluate([indicator.Observe(D(2023, 12, 31), Ratio.FromPercent(7))], D(2024, 1, 1));
        Assert.Equal((EvaluationStatus.Met, Grade.Green), (exceeded.Status, exceeded.Grade));
        var within = indicator.Evaluate([indicator.Observe(D(2023, 12, 31), Ratio.FromPercent(5.5))], D(2024, 1, 1));
        Assert.Equal((EvaluationStatus.Met, Grade.Yellow), (within.Status, within.Grade));
        Assert.Contains("基本实现", within.ReasonChinese);
        var beyond = indicator.Evaluate([indicator.Observe(D(2023, 12, 31), Ratio.FromPercent(5.4))], D(2024, 1, 1));
        Assert.Equal(EvaluationStatus.NotMet, beyond.Status);
        Assert.Equal(0.9, beyond.Completion!.Value, 9);
    }

    [Fact]
    public void Evaluate_RangeTarget_BoundsAreInclusive()
    {
        var indicator = new Indicator<Ratio>(new IndicatorId("range"), "区间", "Range", new RangeTarget(Measure.From(Ratio.FromPercent(3)), Measure.From(Ratio.FromPercent(5)), Year2023));
        Assert.Equal(EvaluationStatus.Met, indicator.Evaluate([indicator.Observe(D(2023, 12, 31), Ratio.FromPercent(5))], D(2024, 1, 1)).Status);
        Assert.Equal(EvaluationStatus.NotMet, indicator.Evaluate([indicator.Observe(D(2023, 12, 31), Ratio.FromPercent(5.01))], D(2024, 1, 1)).Status);
    }

    [Fact]
    public void Evaluate_FullCoverageAt100Percent_IsMet_AndAbove100IsNotEvaluable()
    {
        var waste = WasteTreatment();
        Assert.Equal(EvaluationStatus.Met, waste.Evaluate([waste.Observe(D(2023, 12, 31), Ratio.FromPercent(100))], D(2024, 1, 1)).Status);
        Assert.Equal(EvaluationStatus.NotMet, waste.Evaluate([waste.Observe(D(2023, 12, 31), Ratio.FromPercent(99.8))], D(2024, 1, 1)).Status);
        var over = waste.Evaluate([waste.Observe(D(2023, 12, 31), Ratio.FromPercent(104))], D(2024, 1, 1));
        Assert.Equal(EvaluationStatus.NotEvaluable, over.Status);
        Assert.Contains("outside 0..100%", over.Reason);
    }

    [Fact]
    public void Evaluate_LevelSatisfiedBeforeDeadline_IsOnTrackNotMet()
    {
        var waste = WasteTreatment();
        var e = waste.Evaluate([waste.Observe(D(2023, 6, 30), Ratio.FromPercent(100))], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.OnTrack, e.Status);
    }

    [Fact]
    public void Evaluate_LevelBelowWithOneObservation_IsAtRisk()
    {
        var waste = WasteTreatment();
        var e = waste.Evaluate([waste.Observe(D(2023, 6, 30), Ratio.FromPercent(96))], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.AtRisk, e.Status);
        Assert.Contains("one observation cannot show a trend", e.Reason);
    }

    [Fact]
    public void Evaluate_SeriesUsesTheLinearPathByDefault()
    {
        var sales = NewEnergySales();
        // From 30亿 at the start of 2023 to 35亿 at mid-year: exactly on the 序时进度 path to 40亿 by year end.
        var obs = new[]
        {
            sales.Observe(D(2023, 1, 1), Money.FromHundredMillionYuan(30)),
            sales.Observe(D(2023, 6, 30), Money.FromHundredMillionYuan(35)),
        };
        var e = sales.Evaluate(obs, D(2023, 6, 30));
        Assert.Equal("linear-path", e.Method);
        Assert.Equal(EvaluationStatus.OnTrack, e.Status);
        Assert.Equal(0.5, e.Progress!.Value, 9);
        Assert.Contains("of the time elapsed", e.Reason, StringComparison.Ordinal);
        Assert.Contains("序时进度", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SeriesMovingAway_IsOffTrack_UnderEveryMethod()
    {
        var sales = NewEnergySales();
        var obs = new[]
        {
            sales.Observe(D(2023, 1, 1), Money.FromHundredMillionYuan(30)),
            sales.Observe(D(2023, 7, 2), Money.FromHundredMillionYuan(28)),
        };
        foreach (ProgressMethod method in new ProgressMethod[] { CagrRatioMethod.Default, EurostatMethod.Default, UnProgressChartMethod.Default, LinearPathMethod.Default })
        {
            var e = sales.Evaluate(obs, D(2023, 7, 2), new EvaluationOptions { SeriesMethod = method });
            Assert.Equal(EvaluationStatus.OffTrack, e.Status);
            Assert.True(e.Progress < 0);
        }
    }

    [Fact]
    public void Evaluate_AfterDeadlineWithoutObservationInPeriod_IsNoData()
    {
        var waste = WasteTreatment();
        var e = waste.Evaluate([waste.Observe(D(2022, 12, 31), Ratio.FromPercent(100))], D(2024, 1, 1));
        Assert.Equal(EvaluationStatus.NoData, e.Status);
    }
}
