using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using UnitsNet;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>Every branch of a delivery promise (新建15公里): reached at once, the linear path before the deadline, the deadline, and the words.</summary>
public class DeliveryEvaluatorTests
{
    [Theory]
    [InlineData(8.0, EvaluationStatus.OnTrack)]   // 7.5 km expected at 30 June
    [InlineData(7.5, EvaluationStatus.OnTrack)]   // exactly on the path
    [InlineData(6.0, EvaluationStatus.AtRisk)]    // 80% of the path
    [InlineData(5.9, EvaluationStatus.OffTrack)]
    public void BeforeTheDeadline_TheLatestTotalIsJudgedOnTheLinearPath(double km, EvaluationStatus expected)
    {
        var greenway = Greenway();
        Observation[] readings = [greenway.Observe(D(2023, 3, 31), Length.FromKilometers(2)), greenway.Observe(D(2023, 6, 30), Length.FromKilometers(km))];
        var e = greenway.Evaluate(readings, D(2023, 6, 30));
        Assert.Equal((expected, "linear-path"), (e.Status, e.Method));
        Assert.Equal(expected, greenway.Summarize(readings, D(2023, 6, 30)).Status);
        Assert.Equal(km, e.Actual!.Value.Value, 9);
        Assert.Equal(15, e.TargetValue!.Value.Value, 9);
        Assert.Equal(7.5, e.Expected!.Value.Value, 9);
        Assert.Equal(km / 15, e.Progress!.Value, 9);
        Assert.Equal(km / 15, e.Completion!.Value, 9);
        Assert.Equal(15 - km, e.Gap!.Value.Value, 9);
        Assert.Equal(2, e.Inputs.Count);
        Assert.StartsWith($"{km} km delivered by 2023-06-30 against 7.5 km expected by 2023-06-30: ", e.Reason, StringComparison.Ordinal);
        Assert.EndsWith("(target 15 km by 2023-12-31).", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"截至2023年6月30日，新建天府绿道累计{km}公里，按序时进度截至2023年6月30日应完成7.5公里：", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("（目标新增15公里，期限2023年12月31日）。", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void ReachingTheAmount_IsMetAtOnce_EvenBeforeTheDeadline()
    {
        var greenway = Greenway();
        Observation[] readings = [greenway.Observe(D(2023, 3, 31), Length.FromKilometers(5)), greenway.Observe(D(2023, 9, 30), Length.FromKilometers(15))];
        var e = greenway.Evaluate(readings, D(2023, 9, 30));
        Assert.Equal((EvaluationStatus.Met, "delivery"), (e.Status, e.Method));
        Assert.Equal(EvaluationStatus.Met, greenway.Summarize(readings, D(2023, 9, 30)).Status);
        Assert.Same(readings[1], Assert.Single(e.Inputs));
        Assert.Equal(0, e.Gap!.Value.Value, 9);
        Assert.Null(e.Expected);
        Assert.StartsWith("15 km delivered by 2023-09-30, reaching the target of 15 km.", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("截至2023年9月30日，新建天府绿道累计15公里，已完成新增15公里的目标。", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-12-31")]
    [InlineData("2024-03-01")]
    public void ShortAtTheDeadline_IsNotMet_WithTheShortfall(string asOf)
    {
        var greenway = Greenway();
        var date = Iso(asOf);
        Observation[] readings = [greenway.Observe(D(2023, 12, 31), Length.FromKilometers(12.5)), greenway.Observe(D(2024, 2, 1), Length.FromKilometers(16))];
        var e = greenway.Evaluate(readings, date);
        Assert.Equal((EvaluationStatus.NotMet, "delivery"), (e.Status, e.Method));
        Assert.Equal(EvaluationStatus.NotMet, greenway.Summarize(readings, date).Status);
        Assert.Equal(12.5, e.Actual!.Value.Value, 9);
        Assert.Equal(15, e.Expected!.Value.Value, 9);
        Assert.Equal(2.5, e.Gap!.Value.Value, 9);
        Assert.StartsWith("12.5 km delivered by 2023-12-31, short of the target of 15 km by 2.5 km at the deadline 2023-12-31.", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("截至期限2023年12月31日，新建天府绿道累计12.5公里，未完成新增15公里的目标，尚差2.5公里。", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingDelivered_IsNotYetDueBeforeThePeriod_AndNoDataInIt_AndReadingsOutsideThePeriodDoNotCount()
    {
        var greenway = Greenway();
        Assert.Equal(EvaluationStatus.NotYetDue, greenway.Evaluate([], D(2022, 12, 1)).Status);
        Observation[] before = [greenway.Observe(D(2022, 12, 31), Length.FromKilometers(20))];
        Assert.Equal(EvaluationStatus.NoData, greenway.Evaluate(before, D(2023, 3, 1)).Status);
        Assert.Equal(EvaluationStatus.NoData, greenway.Summarize(before, D(2023, 3, 1)).Status);
    }

    [Fact]
    public void AReadingOfTheWrongKind_IsNotEvaluable()
    {
        var greenway = Greenway();
        var wrong = new Observation(greenway.Id, D(2023, 6, 30), Measure.From(Area.FromSquareMeters(300)));
        var e = greenway.Evaluate([greenway.Observe(D(2023, 3, 31), Length.FromKilometers(2)), wrong], D(2023, 9, 30));
        Assert.Equal((EvaluationStatus.NotEvaluable, "unit-check"), (e.Status, e.Method));
        Assert.Equal(EvaluationStatus.NotEvaluable, greenway.Summarize([wrong], D(2023, 9, 30)).Status);
        Assert.Same(wrong, Assert.Single(e.Inputs));
    }
}
