using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using UnitsNet;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>Every branch of a direction promise (逐步扩大, 持续下降): the baseline chosen, the status by side and date, and the words.</summary>
public class DirectionEvaluatorTests
{
    private static Indicator<Ratio> Share(Direction direction = Direction.HigherIsBetter) => new(
        new IndicatorId("green-share"), "绿色建筑占比", "Green building share", new DirectionTarget(QuantityKind.Ratio, Year2023))
    { Direction = direction };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void FewerThanTwoReadings_IsNoData_AndSaysHowMany(int count)
    {
        var share = Share();
        var readings = Enumerable.Range(0, count).Select(i => share.Observe(D(2023, 3, 31), Ratio.FromPercent(40))).ToArray();
        var e = share.Evaluate(readings, D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.NoData, e.Status);
        if (count == 1)
        {
            Assert.Equal("direction", e.Method);
            Assert.Equal("A direction needs at least two observations; 1 found.", e.Reason);
            Assert.Equal("判断变化方向至少需要两次数据，现有1次。", e.ReasonChinese[..(e.ReasonChinese.IndexOf('。', StringComparison.Ordinal) + 1)]);
        }

        Assert.Equal(EvaluationStatus.NoData, share.Summarize(readings, D(2023, 6, 30)).Status);
    }

    [Fact]
    public void TwoReadingsBothBeforeThePeriod_HaveNoTrend()
    {
        var share = Share();
        Observation[] readings = [share.Observe(D(2022, 6, 30), Ratio.FromPercent(40)), share.Observe(D(2022, 12, 30), Ratio.FromPercent(45))];
        var e = share.Evaluate(readings, D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.NoData, e.Status);
        Assert.StartsWith("A direction needs an observation after the baseline.", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("判断变化方向需要基期之后的数据。", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void AReadingOnThePeriodsFirstDay_IsTheBaseline_NotAnEarlierOne()
    {
        var share = Share();
        Observation[] readings =
        [
            share.Observe(D(2022, 6, 30), Ratio.FromPercent(30)),
            share.Observe(D(2023, 1, 1), Ratio.FromPercent(50)),
            share.Observe(D(2023, 6, 30), Ratio.FromPercent(45)),
        ];
        var e = share.Evaluate(readings, D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.OffTrack, e.Status);
        Assert.Equal([D(2023, 1, 1), D(2023, 6, 30)], e.Inputs.Select(o => o.Date));
        Assert.Contains("fell from 50 % on 2023-01-01 to 45 % on 2023-06-30; it should rise", e.Reason, StringComparison.Ordinal);
        Assert.Contains("下降至", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("目标要求上升", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLatestReadingBeforeThePeriod_IsTheBaseline()
    {
        var share = Share();
        Observation[] readings =
        [
            share.Observe(D(2022, 6, 30), Ratio.FromPercent(30)),
            share.Observe(D(2022, 12, 31), Ratio.FromPercent(50)),
            share.Observe(D(2023, 6, 30), Ratio.FromPercent(40)),
        ];
        var e = share.Evaluate(readings, D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.OffTrack, e.Status);
        Assert.Equal(D(2022, 12, 31), e.Inputs[0].Date);
        Assert.Equal(40, e.Actual!.Value.Value, 9);
    }

    [Fact]
    public void WithNothingBeforeThePeriod_TheFirstReadingIsTheBaseline()
    {
        var share = Share();
        Observation[] readings =
        [
            share.Observe(D(2023, 3, 31), Ratio.FromPercent(40)),
            share.Observe(D(2023, 6, 30), Ratio.FromPercent(30)),
            share.Observe(D(2023, 9, 30), Ratio.FromPercent(42)),
        ];
        var e = share.Evaluate(readings, D(2023, 9, 30));
        Assert.Equal(EvaluationStatus.OnTrack, e.Status);
        Assert.Equal([D(2023, 3, 31), D(2023, 9, 30)], e.Inputs.Select(o => o.Date));
        Assert.Contains("rose from 40 % on 2023-03-31 to 42 % on 2023-09-30; it should rise.", e.Reason, StringComparison.Ordinal);
        Assert.Contains("上升至", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Direction.HigherIsBetter, 40, 45, "2023-06-30", EvaluationStatus.OnTrack)]
    [InlineData(Direction.HigherIsBetter, 40, 45, "2023-12-31", EvaluationStatus.Met)]
    [InlineData(Direction.HigherIsBetter, 40, 45, "2024-01-15", EvaluationStatus.Met)]
    [InlineData(Direction.HigherIsBetter, 45, 40, "2023-06-30", EvaluationStatus.OffTrack)]
    [InlineData(Direction.HigherIsBetter, 45, 40, "2023-12-31", EvaluationStatus.NotMet)]
    [InlineData(Direction.HigherIsBetter, 40, 40, "2023-06-30", EvaluationStatus.OffTrack)]
    [InlineData(Direction.HigherIsBetter, 40, 40, "2024-01-15", EvaluationStatus.NotMet)]
    [InlineData(Direction.LowerIsBetter, 45, 40, "2023-06-30", EvaluationStatus.OnTrack)]
    [InlineData(Direction.LowerIsBetter, 45, 40, "2023-12-31", EvaluationStatus.Met)]
    [InlineData(Direction.LowerIsBetter, 40, 45, "2023-06-30", EvaluationStatus.OffTrack)]
    [InlineData(Direction.LowerIsBetter, 40, 45, "2024-01-15", EvaluationStatus.NotMet)]
    [InlineData(Direction.LowerIsBetter, 40, 40, "2024-01-15", EvaluationStatus.NotMet)]
    public void TheStatus_FollowsTheSideAndTheDate(Direction direction, double from, double to, string asOf, EvaluationStatus expected)
    {
        var share = Share(direction);
        Observation[] readings = [share.Observe(D(2022, 12, 31), Ratio.FromPercent(from)), share.Observe(D(2023, 6, 30), Ratio.FromPercent(to))];
        var date = Iso(asOf);
        var e = share.Evaluate(readings, date);
        Assert.Equal(expected, e.Status);
        Assert.Equal(expected, share.Summarize(readings, date).Status);
        Assert.Equal("direction", e.Method);
        Assert.Equal(to, e.Actual!.Value.Value, 9);
        var moved = from == to ? "was unchanged" : to > from ? "rose" : "fell";
        var movedChinese = from == to ? "持平于" : to > from ? "上升至" : "下降至";
        var should = direction == Direction.HigherIsBetter ? "rise" : "fall";
        Assert.Contains($"The value {moved} from {from} % on 2022-12-31 to {to} % on 2023-06-30; it should {should}.", e.Reason, StringComparison.Ordinal);
        Assert.Contains($"{movedChinese}2023年6月30日的{to}%；目标要求{(direction == Direction.HigherIsBetter ? "上升" : "下降")}。", e.ReasonChinese, StringComparison.Ordinal);
        Assert.StartsWith("由2022年12月31日的" + from + "%", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingsAfterTheDeadline_AreNotTheLatest()
    {
        var share = Share();
        Observation[] readings =
        [
            share.Observe(D(2022, 12, 31), Ratio.FromPercent(40)),
            share.Observe(D(2023, 12, 31), Ratio.FromPercent(45)),
            share.Observe(D(2024, 3, 31), Ratio.FromPercent(30)),
        ];
        var e = share.Evaluate(readings, D(2024, 6, 30));
        Assert.Equal(EvaluationStatus.Met, e.Status);
        Assert.Equal(45, e.Actual!.Value.Value, 9);
    }

    [Fact]
    public void AReadingOfTheWrongKind_IsNotEvaluable()
    {
        var share = Share();
        var wrong = new Observation(share.Id, D(2023, 6, 30), Measure.From(Count.Of(3)));
        var e = share.Evaluate([share.Observe(D(2022, 12, 31), Ratio.FromPercent(40)), wrong], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.NotEvaluable, e.Status);
        Assert.Equal("unit-check", e.Method);
        Assert.Same(wrong, Assert.Single(e.Inputs));
    }
}
