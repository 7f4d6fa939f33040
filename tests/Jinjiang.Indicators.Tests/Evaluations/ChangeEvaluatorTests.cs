using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;
using UnitsNet;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>Every branch of a change promise (减少5%, 增长10%): the baseline, 同比, the projection, the deadline, and the words.</summary>
public class ChangeEvaluatorTests
{
    private static Indicator<Count> Visitors() => new(
        new IndicatorId("visitors"), "游客人次", "Visitors",
        new ChangeTarget(Ratio.FromPercent(10), ReportPeriods.Year(2022), Year2023, accumulatesWithinPeriod: true, QuantityKind.Count));

    private static Indicator<Count> Stock() => new(
        new IndicatorId("stock"), "市场主体", "Market entities",
        new ChangeTarget(Ratio.FromPercent(10), ReportPeriods.Year(2022), Year2023, accumulatesWithinPeriod: false, QuantityKind.Count));

    [Theory]
    [InlineData(1100, EvaluationStatus.Met)]
    [InlineData(1099, EvaluationStatus.NotMet)]
    public void AnIncrease_AtTheDeadline_IsMetFromTheTargetLevelUp(double total, EvaluationStatus expected)
    {
        var visitors = Visitors();
        Observation[] readings = [visitors.Observe(D(2022, 12, 31), Count.Of(1000)), visitors.Observe(D(2023, 12, 31), Count.Of(total))];
        foreach (var asOf in new[] { D(2023, 12, 31), D(2024, 2, 1) })
        {
            var e = visitors.Evaluate(readings, asOf);
            Assert.Equal(expected, e.Status);
            Assert.Equal(expected, visitors.Summarize(readings, asOf).Status);
            Assert.Equal("change", e.Method);
            Assert.Equal(1100, e.TargetValue!.Value.Value, 9);
            Assert.Equal(1100 - total, e.Gap!.Value.Value, 9);
            Assert.Equal((total - 1000) / 100, e.Progress!.Value, 9);
            Assert.Equal((total - 1000) / 100, e.Completion!.Value, 9);
            Assert.Equal([D(2022, 12, 31), D(2023, 12, 31)], e.Inputs.Select(o => o.Date));
            var word = expected == EvaluationStatus.Met ? "met" : "not met";
            Assert.StartsWith($"{total} 个 in the period against 1000 个 in 2022-01-01..2022-12-31 (target: raise by 10% against 2022", e.Reason, StringComparison.Ordinal);
            Assert.Contains($", so 1100 个 or more): {word}.", e.Reason, StringComparison.Ordinal);
            Assert.StartsWith($"考核期内为{total}个，基期2022年全年为1000个（目标增长10%：不低于1100个）：{(expected == EvaluationStatus.Met ? "已达标" : "未达标")}。", e.ReasonChinese, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AReduction_AtTheDeadline_IsMetFromTheTargetLevelDown_AndSaysLess()
    {
        var complaints = Complaints();
        var e = complaints.Evaluate([complaints.Observe(D(2022, 12, 31), Count.Of(1000)), complaints.Observe(D(2023, 12, 31), Count.Of(951))], D(2024, 1, 10));
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Equal(-1, e.Gap!.Value.Value, 9);
        Assert.Contains("(target: cut by 5% against 2022", e.Reason, StringComparison.Ordinal);
        Assert.Contains(", so 950 个 or less): not met.", e.Reason, StringComparison.Ordinal);
        Assert.Contains("（目标减少5%：不超过950个）：未达标。", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void SamePeriodLastYear_DecidesDuringTheYear_WhenTheDataHaveIt()
    {
        var visitors = Visitors();
        Observation[] readings =
        [
            visitors.Observe(D(2022, 6, 30), Count.Of(400)),
            visitors.Observe(D(2022, 12, 31), Count.Of(1000)),
            visitors.Observe(D(2023, 6, 30), Count.Of(450)),
        ];
        var e = visitors.Evaluate(readings, D(2023, 6, 30));
        Assert.Equal((EvaluationStatus.OnTrack, "change-same-period"), (e.Status, e.Method));
        Assert.Equal(EvaluationStatus.OnTrack, visitors.Summarize(readings, D(2023, 6, 30)).Status);
        Assert.Equal(440, e.Expected!.Value.Value, 9);
        Assert.Equal(-10, e.Gap!.Value.Value, 9);
        Assert.Equal(1.25, e.Progress!.Value, 9);
        Assert.Equal([D(2022, 12, 31), D(2022, 6, 30), D(2023, 6, 30)], e.Inputs.Select(o => o.Date));
        Assert.StartsWith("Same period last year: 450 个 in 2023-01-01..2023-06-30 against 400 个 in the same period of 2022, so 440 个 or more is on the path (target: raise by 10% against 2022", e.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("同比", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("同比：2023年上半年为450个，上年同期（2022年）为400个，按目标应不低于440个（全年目标增长10%，基数为2022年全年的1000个）。", e.ReasonChinese, StringComparison.Ordinal);

        var atRisk = visitors.Evaluate([readings[0], readings[1], visitors.Observe(D(2023, 6, 30), Count.Of(433))], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.AtRisk, atRisk.Status); // 33 of the 40 more: 82.5%
        var off = visitors.Evaluate([readings[0], readings[1], visitors.Observe(D(2023, 6, 30), Count.Of(420))], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.OffTrack, off.Status); // 20 of 40: 50%
        Assert.Equal(0.5, off.Progress!.Value, 9);
    }

    [Theory]
    [InlineData(560, EvaluationStatus.OnTrack)]   // 1,120 for the year
    [InlineData(541, EvaluationStatus.AtRisk)]    // 1,082: 82% of the 100 more
    [InlineData(520, EvaluationStatus.OffTrack)]  // 1,040: 40%
    public void WithoutTheSamePeriod_ARunningTotalIsProjectedOnAStraightLine(double halfYear, EvaluationStatus expected)
    {
        var visitors = Visitors();
        Observation[] readings = [visitors.Observe(D(2022, 12, 31), Count.Of(1000)), visitors.Observe(D(2023, 6, 30), Count.Of(halfYear))];
        var e = visitors.Evaluate(readings, D(2023, 6, 30));
        Assert.Equal((expected, "change-projection"), (e.Status, e.Method));
        Assert.Equal(expected, visitors.Summarize(readings, D(2023, 6, 30)).Status);
        Assert.Equal(550, e.Expected!.Value.Value, 9);
        Assert.Equal(1100 - (halfYear * 2), e.Gap!.Value.Value, 9);
        Assert.Equal(((halfYear * 2) - 1000) / 100, e.Progress!.Value, 9);
        Assert.StartsWith($"{halfYear} 个 by 2023-06-30, projected on a straight line to {halfYear * 2} 个 for the full period (no same-period figure of the baseline year to compare), against 1000 个", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"截至2023年6月30日为{halfYear}个，按直线推算全期为{halfYear * 2}个（无上年同期数据可比），基期2022年全年为1000个", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void ALevelThatDoesNotAccumulate_IsNotProjected()
    {
        var stock = Stock();
        var e = stock.Evaluate([stock.Observe(D(2022, 12, 31), Count.Of(1000)), stock.Observe(D(2023, 6, 30), Count.Of(1100))], D(2023, 6, 30));
        Assert.Equal((EvaluationStatus.OnTrack, "change"), (e.Status, e.Method));
        Assert.Equal(1100, e.Expected!.Value.Value, 9);
        Assert.StartsWith("1100 个 by 2023-06-30, against 1000 个", e.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("projected", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("截至2023年6月30日为1100个，基期", e.ReasonChinese, StringComparison.Ordinal);

        var final = stock.Evaluate([stock.Observe(D(2022, 12, 31), Count.Of(1000)), stock.Observe(D(2023, 11, 30), Count.Of(1100))], D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.Met, final.Status); // a level: the latest reading decides, even before the year's last day
    }

    [Fact]
    public void ARunningTotalShortOfTheDeadline_AfterIt_IsIncomplete()
    {
        var visitors = Visitors();
        var e = visitors.Evaluate([visitors.Observe(D(2022, 12, 31), Count.Of(1000)), visitors.Observe(D(2023, 11, 30), Count.Of(1200))], D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NoData, e.Status);
        Assert.Equal(1200, e.Actual!.Value.Value, 9);
        Assert.StartsWith("The period total is not known: the latest running total is of 2023-11-30, before the end of the period 2023-12-31.", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("全期总数尚不可知：最近的累计数截至2023年11月30日，早于考核期末2023年12月31日。", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void ABaselineOfPartOfItsPeriod_IsNotABaseline()
    {
        var visitors = Visitors();
        var e = visitors.Evaluate([visitors.Observe(D(2022, 9, 30), Count.Of(700)), visitors.Observe(D(2023, 6, 30), Count.Of(500))], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.NotEvaluable, e.Status);
        Assert.Equal(D(2022, 9, 30), Assert.Single(e.Inputs).Date);
        Assert.StartsWith("The baseline must cover the whole baseline period 2022-01-01..2022-12-31, but the latest baseline reading covers only 2022-01-01..2022-09-30 (700 个): a part-year figure is not a baseline for a year.", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("基数须覆盖整个基期2022年全年，但最近的基期数据仅覆盖", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("（700个）：部分时段的数据不能作为全年基数。", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Equal(EvaluationStatus.NotEvaluable, visitors.Summarize([visitors.Observe(D(2022, 9, 30), Count.Of(700))], D(2023, 6, 30)).Status);
    }

    [Fact]
    public void NoBaseline_IsNotEvaluable_AndNothingAtAll_IsNoDataOrNotYetDue()
    {
        var visitors = Visitors();
        var e = visitors.Evaluate([visitors.Observe(D(2023, 6, 30), Count.Of(500))], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.NotEvaluable, e.Status);
        Assert.Single(e.Inputs);
        Assert.StartsWith("Missing baseline: no observation dated between 2022-01-01 and 2022-12-31.", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("缺少基数：2022年1月1日至2022年12月31日期间没有观测数据。", e.ReasonChinese, StringComparison.Ordinal);

        Assert.Equal(EvaluationStatus.NoData, visitors.Evaluate([], D(2023, 6, 30)).Status);
        Assert.Equal(EvaluationStatus.NoData, visitors.Summarize([], D(2023, 6, 30)).Status);
        Assert.Equal(EvaluationStatus.NotYetDue, visitors.Evaluate([], D(2022, 6, 30)).Status);

        var baselineOnly = visitors.Evaluate([visitors.Observe(D(2022, 12, 31), Count.Of(1000))], D(2023, 3, 1));
        Assert.Equal(EvaluationStatus.NoData, baselineOnly.Status);
    }

    [Fact]
    public void AReadingOfTheWrongKind_IsNotEvaluable()
    {
        var visitors = Visitors();
        var wrong = new Observation(visitors.Id, D(2023, 6, 30), Measure.From(Ratio.FromPercent(4)));
        var e = visitors.Evaluate([visitors.Observe(D(2022, 12, 31), Count.Of(1000)), wrong], D(2023, 6, 30));
        Assert.Equal((EvaluationStatus.NotEvaluable, "unit-check"), (e.Status, e.Method));
        Assert.Same(wrong, Assert.Single(e.Inputs));
    }
    private static Indicator<Money> Revenue(bool accumulates = true) => new(
        new IndicatorId("revenue"), "营业收入", "Revenue",
        new ChangeTarget(Ratio.FromPercent(10), ReportPeriods.Year(2022), Year2023, accumulates, QuantityKind.Money));

    private static Observation Of(Indicator indicator, LocalDate start, LocalDate end, Measure value)
        => new(indicator.Id, new NodaTime.DateInterval(start, end), value);

    [Fact]
    public void FiguresInAUnitThatIsNotTheBase_AreShownInThatUnit_AtTheDeadline_OnTheSamePeriod_AndProjected()
    {
        var revenue = Revenue();
        var baseline = revenue.Observe(D(2022, 12, 31), Money.FromHundredMillionYuan(20));
        var final = revenue.Evaluate([baseline, revenue.Observe(D(2023, 12, 31), Money.FromHundredMillionYuan(23))], D(2024, 1, 31));
        Assert.Equal(EvaluationStatus.Met, final.Status);
        Assert.Contains(", so 22 亿元 or more): met.", final.Reason, StringComparison.Ordinal);

        Observation[] samePeriod = [baseline, revenue.Observe(D(2022, 6, 30), Money.FromHundredMillionYuan(10)), revenue.Observe(D(2023, 6, 30), Money.FromHundredMillionYuan(12))];
        var same = revenue.Evaluate(samePeriod, D(2023, 7, 15));
        Assert.Equal((EvaluationStatus.OnTrack, "change-same-period"), (same.Status, same.Method));
        Assert.Contains("so 11 亿元 or more is on the path", same.Reason, StringComparison.Ordinal);
        Assert.Equal(-1, same.Gap!.Value.Value, 9);

        var projected = revenue.Evaluate([baseline, revenue.Observe(D(2023, 6, 30), Money.FromHundredMillionYuan(12))], D(2023, 7, 15));
        Assert.Equal((EvaluationStatus.OnTrack, "change-projection"), (projected.Status, projected.Method));
        Assert.Contains("projected on a straight line to 24 亿元 for the full period", projected.Reason, StringComparison.Ordinal);
        Assert.Contains("so 22 亿元 or more)", projected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ALevelNotAccumulated_IsNotProjected_BeforeTheDeadline()
    {
        var stock = Stock();
        var e = stock.Evaluate([stock.Observe(D(2022, 12, 31), Count.Of(1000)), stock.Observe(D(2023, 6, 30), Count.Of(1090))], D(2023, 7, 15));
        Assert.Equal((EvaluationStatus.AtRisk, "change"), (e.Status, e.Method));
        Assert.Equal(10, e.Gap!.Value.Value, 9); // 1100 - 1090, not 1100 - 2180
        Assert.Equal(0.9, e.Progress!.Value, 9);
        Assert.Equal(1100, e.Expected!.Value.Value, 9);
    }

    [Fact]
    public void EveryBranchWithoutAFigure_NamesTheChangeMethod()
    {
        var visitors = Visitors();
        Assert.Equal("change", visitors.Evaluate([], D(2023, 6, 30)).Method);
        Assert.Equal("change", visitors.Evaluate([visitors.Observe(D(2023, 6, 30), Count.Of(500))], D(2023, 6, 30)).Method);
        Assert.Equal("change", visitors.Evaluate([visitors.Observe(D(2022, 9, 30), Count.Of(700))], D(2023, 6, 30)).Method);
        Assert.Equal("change", visitors.Evaluate([visitors.Observe(D(2022, 12, 31), Count.Of(1000)), visitors.Observe(D(2023, 11, 30), Count.Of(1200))], D(2024, 1, 15)).Method);
    }

    [Fact]
    public void ReadingsOnlyBeforeTheBaselinePeriod_AreAMissingBaseline_NotNoData()
    {
        var visitors = Visitors();
        Observation[] old = [visitors.Observe(D(2021, 12, 31), Count.Of(900))];
        var e = visitors.Evaluate(old, D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.NotEvaluable, e.Status);
        Assert.StartsWith("Missing baseline:", e.Reason, StringComparison.Ordinal);
        Assert.Equal(EvaluationStatus.NotEvaluable, visitors.Summarize(old, D(2023, 6, 30)).Status);
    }

    [Fact]
    public void StatedPeriods_DecideWhatIsAWholeBaseline_AndWhatIsTheSamePeriodLastYear()
    {
        var visitors = Visitors();

        // A baseline row dated at the year's end but covering only its second half is a part-year figure.
        var half = Of(visitors, D(2022, 7, 1), D(2022, 12, 31), Measure.From(Count.Of(600)));
        var partial = visitors.Evaluate([half, visitors.Observe(D(2023, 6, 30), Count.Of(500))], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.NotEvaluable, partial.Status);
        Assert.Contains("covers only 2022-07-01..2022-12-31 (600 个)", partial.Reason, StringComparison.Ordinal);
        Assert.Equal(EvaluationStatus.NotEvaluable, visitors.Summarize([half], D(2023, 6, 30)).Status);

        // The same row stated as the whole year is the baseline.
        var whole = Of(visitors, D(2022, 1, 1), D(2022, 12, 31), Measure.From(Count.Of(1000)));
        Assert.Equal(EvaluationStatus.Met, visitors.Evaluate([whole, visitors.Observe(D(2023, 12, 31), Count.Of(1100))], D(2024, 1, 15)).Status);

        // 同比 uses last year's running total to the same day, not a single month of last year.
        var month = Of(visitors, D(2022, 6, 1), D(2022, 6, 30), Measure.From(Count.Of(100)));
        var ytd = Of(visitors, D(2022, 1, 1), D(2022, 6, 30), Measure.From(Count.Of(450)));
        var current = visitors.Observe(D(2023, 6, 30), Count.Of(500));
        var byMonth = visitors.Evaluate([whole, month, current], D(2023, 7, 15));
        Assert.Equal("change-projection", byMonth.Method);
        var byRunningTotal = visitors.Evaluate([whole, ytd, current], D(2023, 7, 15));
        Assert.Equal("change-same-period", byRunningTotal.Method);
        Assert.Equal(495, byRunningTotal.Expected!.Value.Value, 9);
    }
}
