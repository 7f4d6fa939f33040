using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using UnitsNet;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>Every branch of a level promise (以上, 以下, 左右, 区间, 覆盖率) on each basis, with its figures and its words.</summary>
public class ThresholdEvaluatorTests
{
    private static Indicator<Count> Beds(TargetBasis basis = TargetBasis.AtDeadline) => new(
        new IndicatorId("care-beds"), "养老床位", "Care beds", new AtLeastTarget(Measure.From(Count.Of(100)), Year2023) { Basis = basis });

    private static Indicator<Ratio> Rate(ThresholdTarget target) => new(new IndicatorId("rate"), "比率", "Rate", target);

    [Theory]
    [InlineData(80, EvaluationStatus.OnTrack, 75, 0.6)]    // 30 of 50 done, 25 expected at half the year
    [InlineData(71, EvaluationStatus.AtRisk, 75, 0.42)]    // 21 of 25 expected: 84% of the pace
    [InlineData(65, EvaluationStatus.OffTrack, 75, 0.3)]   // 15 of 25 expected: 60% of the pace
    public void BeforeTheDeadline_ALevelIsJudgedOnTheLinearPath(double latest, EvaluationStatus expected, double path, double progress)
    {
        var beds = Beds();
        Observation[] readings = [beds.Observe(D(2022, 12, 31), Count.Of(50)), beds.Observe(D(2023, 6, 30), Count.Of(latest))];
        var e = beds.Evaluate(readings, D(2023, 6, 30));
        Assert.Equal(expected, e.Status);
        Assert.Equal(expected, beds.Summarize(readings, D(2023, 6, 30)).Status);
        Assert.Equal("linear-path", e.Method);
        Assert.Equal(path, e.Expected!.Value.Value, 6);
        Assert.Equal(progress, e.Progress!.Value, 6);
        Assert.Equal(100 - latest, e.Gap!.Value.Value, 6);
        Assert.Equal(latest / 100, e.Completion!.Value, 6);
        Assert.Equal(2, e.Inputs.Count);
        Assert.StartsWith($"{latest} 个 on 2023-06-30 against 50 个 on 2022-12-31: ", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"截至2023年6月30日为{latest}个，起点2022年12月31日为50个：", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void BeforeTheDeadline_OneReadingShort_CannotShowATrend_AndOneAlreadyThere_WaitsForTheDeadline()
    {
        var beds = Beds();
        var alone = beds.Evaluate([beds.Observe(D(2023, 6, 30), Count.Of(60))], D(2023, 6, 30));
        Assert.Equal((EvaluationStatus.AtRisk, "threshold"), (alone.Status, alone.Method));
        Assert.Null(alone.Progress);
        Assert.Equal(40, alone.Gap!.Value.Value, 9);
        Assert.StartsWith("60 个 on 2023-06-30 does not yet satisfy the target (", alone.Reason, StringComparison.Ordinal);
        Assert.EndsWith("); one observation cannot show a trend.", alone.Reason, StringComparison.Ordinal);
        Assert.Contains("尚未达到目标", alone.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("仅有一次数据，无法判断趋势。", alone.ReasonChinese, StringComparison.Ordinal);

        Observation[] there = [beds.Observe(D(2022, 12, 31), Count.Of(50)), beds.Observe(D(2023, 6, 30), Count.Of(100))];
        var already = beds.Evaluate(there, D(2023, 6, 30));
        Assert.Equal((EvaluationStatus.OnTrack, "threshold"), (already.Status, already.Method));
        Assert.Equal(1, already.Progress!.Value, 9);
        Assert.Equal(0, already.Gap!.Value.Value, 9);
        Assert.Equal(2, already.Inputs.Count);
        Assert.EndsWith("); it is judged at the deadline.", already.Reason, StringComparison.Ordinal);
        Assert.Contains("已达到目标（目标", already.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("），按期末数据考核。", already.ReasonChinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-12-31", 100, EvaluationStatus.Met)]
    [InlineData("2023-12-31", 99, EvaluationStatus.NotMet)]
    [InlineData("2024-01-15", 100, EvaluationStatus.Met)]
    [InlineData("2024-01-15", 99, EvaluationStatus.NotMet)]
    public void OnAndAfterTheDeadline_TheLatestReadingDecides(string asOf, double latest, EvaluationStatus expected)
    {
        var beds = Beds();
        var date = Iso(asOf);
        Observation[] readings = [beds.Observe(D(2022, 12, 31), Count.Of(50)), beds.Observe(D(2023, 12, 31), Count.Of(latest)), beds.Observe(D(2024, 1, 10), Count.Of(20))];
        var e = beds.Evaluate(readings, date);
        Assert.Equal(expected, e.Status);
        Assert.Equal(expected, beds.Summarize(readings, date).Status);
        Assert.Equal("threshold", e.Method);
        Assert.Same(readings[1], Assert.Single(e.Inputs));
        Assert.Equal(latest / 100, e.Completion!.Value, 9);
        if (expected == EvaluationStatus.Met)
        {
            Assert.StartsWith("100 个 on 2023-12-31 meets the target (", e.Reason, StringComparison.Ordinal);
            Assert.StartsWith("截至2023年12月31日为100个，达到目标（目标", e.ReasonChinese, StringComparison.Ordinal);
        }
        else
        {
            Assert.StartsWith("99 个 on 2023-12-31 does not meet the target, short by 1 个 (", e.Reason, StringComparison.Ordinal);
            Assert.StartsWith("截至2023年12月31日为99个，未达到目标，差1个（目标", e.ReasonChinese, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AtMost_IsJudgedFromBelow_WithItsGapAndCompletion()
    {
        var pm = Rate(new AtMostTarget(Measure.From(Ratio.FromPercent(4)), Year2023));
        var over = pm.Evaluate([pm.Observe(D(2023, 12, 31), Ratio.FromPercent(5))], D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NotMet, over.Status);
        Assert.Equal(-1, over.Gap!.Value.Value, 9);
        Assert.Equal(0.8, over.Completion!.Value, 9);
        var at = pm.Evaluate([pm.Observe(D(2023, 12, 31), Ratio.FromPercent(4))], D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.Met, at.Status);
        var strict = Rate(new AtMostTarget(Measure.From(Ratio.FromPercent(4)), Year2023, inclusive: false));
        Assert.Equal(EvaluationStatus.NotMet, strict.Evaluate([strict.Observe(D(2023, 12, 31), Ratio.FromPercent(4))], D(2024, 1, 15)).Status);
    }

    [Theory]
    [InlineData(2.5, EvaluationStatus.NotMet, 0.5)]
    [InlineData(3, EvaluationStatus.Met, 0)]
    [InlineData(4, EvaluationStatus.Met, 0)]
    [InlineData(5, EvaluationStatus.Met, 0)]
    [InlineData(5.5, EvaluationStatus.NotMet, -0.5)]
    public void ARange_IsMetWithinItsBounds_AndItsGapIsToTheNearestBound(double value, EvaluationStatus expected, double gap)
    {
        var range = Rate(new RangeTarget(Measure.From(Ratio.FromPercent(3)), Measure.From(Ratio.FromPercent(5)), Year2023));
        var e = range.Evaluate([range.Observe(D(2023, 12, 31), Ratio.FromPercent(value))], D(2024, 1, 15));
        Assert.Equal(expected, e.Status);
        Assert.Equal(gap, e.Gap!.Value.Value, 9);
    }

    [Theory]
    [InlineData(120)]
    [InlineData(-10)]
    public void ACoverageOutside0To100_IsNotEvaluable(double percent)
    {
        var waste = WasteTreatment();
        var e = waste.Evaluate([waste.Observe(D(2023, 6, 30), Ratio.FromPercent(percent))], D(2023, 9, 30));
        Assert.Equal((EvaluationStatus.NotEvaluable, "unit-check"), (e.Status, e.Method));
        Assert.Equal(EvaluationStatus.NotEvaluable, waste.Summarize([waste.Observe(D(2023, 6, 30), Ratio.FromPercent(percent))], D(2023, 9, 30)).Status);
        Assert.StartsWith("The coverage of 2023-06-30 is ", e.Reason, StringComparison.Ordinal);
        Assert.EndsWith(", outside 0..100%.", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("2023年6月30日的覆盖率为", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("超出0～100%的范围。", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(99.96, EvaluationStatus.Met)]  // rounds to 100.0%
    [InlineData(99.95, EvaluationStatus.Met)]
    [InlineData(99.94, EvaluationStatus.NotMet)]
    public void AFullCoverage_IsMetByAFigureThatRoundsTo100AtThePublishedPrecision(double percent, EvaluationStatus expected)
    {
        var waste = WasteTreatment();
        Assert.Equal(expected, waste.Evaluate([waste.Observe(D(2023, 12, 31), Ratio.FromPercent(percent))], D(2024, 1, 15)).Status);
    }

    [Fact]
    public void OverThePeriod_TheLatestWholePeriodFigureDecides_InBothLanguages()
    {
        var rate = Rate(new AtLeastTarget(Measure.From(Ratio.FromPercent(90)), Year2023) { Basis = TargetBasis.OverPeriod });
        Observation[] readings =
        [
            new Observation(rate.Id, Year2023, Measure.From(Ratio.FromPercent(85))) { Status = ObservationStatus.Provisional },
            rate.Observe(D(2023, 11, 30), Ratio.FromPercent(99)),
        ];
        var missed = rate.Evaluate(readings, D(2024, 1, 15));
        Assert.Equal((EvaluationStatus.NotMet, "over-period"), (missed.Status, missed.Method));
        Assert.Equal(85, missed.Actual!.Value.Value, 9);
        Assert.StartsWith("85 % for the whole period 2023-01-01..2023-12-31 does not meet the target, short by 5 percentage point(s) (", missed.Reason, StringComparison.Ordinal);
        Assert.StartsWith("2023年全年整体为85%，未达到目标，差5个百分点（目标", missed.ReasonChinese, StringComparison.Ordinal);

        var met = rate.Evaluate([new Observation(rate.Id, Year2023, Measure.From(Ratio.FromPercent(92)))], D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.Met, met.Status);
        Assert.StartsWith("92 % for the whole period 2023-01-01..2023-12-31 meets the target (", met.Reason, StringComparison.Ordinal);
        Assert.StartsWith("2023年全年整体为92%，达到目标（目标", met.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void OverThePeriod_BeforeTheDeadline_PartsAreProvisionalVerdicts_AndAfterItNoWholeFigureIsNoData()
    {
        var rate = Rate(new AtLeastTarget(Measure.From(Ratio.FromPercent(90)), Year2023) { Basis = TargetBasis.OverPeriod });
        var good = rate.Evaluate([rate.Observe(D(2023, 6, 30), Ratio.FromPercent(95))], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.OnTrack, good.Status);
        Assert.Contains("satisfies the target so far; it is judged on the figure of the whole period 2023-01-01..2023-12-31", good.Reason, StringComparison.Ordinal);
        Assert.Contains("目前达到目标；按2023年全年整体数据考核", good.ReasonChinese, StringComparison.Ordinal);

        var shortNow = rate.Evaluate([rate.Observe(D(2023, 6, 30), Ratio.FromPercent(85))], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.AtRisk, shortNow.Status);
        Assert.Equal(5, shortNow.Gap!.Value.Value, 9);
        Assert.Contains("falls short so far; the rest of the period 2023-01-01..2023-12-31 must make up for it", shortNow.Reason, StringComparison.Ordinal);
        Assert.Contains("目前未达到目标，2023年全年余下时间须予弥补", shortNow.ReasonChinese, StringComparison.Ordinal);

        var none = rate.Evaluate([rate.Observe(D(2023, 6, 30), Ratio.FromPercent(95))], D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NoData, none.Status);
        Assert.Equal(95, none.Actual!.Value.Value, 9);
        Assert.StartsWith("No figure covers the whole period 2023-01-01..2023-12-31; the latest is 95 %", none.Reason, StringComparison.Ordinal);
        Assert.Contains("没有2023年全年整体的数据；最近一次为", none.ReasonChinese, StringComparison.Ordinal);

        Assert.Equal(EvaluationStatus.NoData, rate.Evaluate([], D(2023, 6, 30)).Status);
        Assert.Equal(EvaluationStatus.NotYetDue, rate.Evaluate([], D(2022, 6, 30)).Status);
    }

    [Theory]
    [InlineData(90, 5, true)]     // January to May at 90%: the year's best is 1 − 151/365 × 10% ≈ 95.9%
    [InlineData(99.9, 6, false)]  // January to June at 99.9%: the year can still round to 100%
    [InlineData(99.8, 11, true)]  // January to November at 99.8%: at best 99.82%
    public void OverThePeriod_APartThatMakesAFullCoverageImpossible_IsNotMetAtOnce(double percent, int month, bool impossible)
    {
        var waste = new Indicator<Ratio>(new IndicatorId("waste"), "无害化处理率", "Harmless treatment", new CoverageTarget(Ratio.FromPercent(100), Year2023) { Basis = TargetBasis.OverPeriod });
        var part = new Observation(waste.Id, new NodaTime.DateInterval(D(2023, 1, 1), D(2023, month, 1).PlusMonths(1).PlusDays(-1)), Measure.From(Ratio.FromPercent(percent)));
        var e = waste.Evaluate([part], D(2023, month, 1).PlusMonths(1).PlusDays(-1));
        Assert.Equal(impossible, e.Status == EvaluationStatus.NotMet);
        if (impossible)
        {
            Assert.Contains("makes a rate of 100 % for the whole period 2023-01-01..2023-12-31 impossible: not met", e.Reason, StringComparison.Ordinal);
            Assert.Contains("整体达到100%已不可能，目标未达到", e.ReasonChinese, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Throughout_KeptReadingsAreCounted_AndTheFirstBreachIsFinal()
    {
        var beds = Beds(TargetBasis.Throughout);
        Observation[] held = [beds.Observe(D(2023, 3, 31), Count.Of(100)), beds.Observe(D(2023, 6, 30), Count.Of(120))];
        var on = beds.Evaluate(held, D(2023, 6, 30));
        Assert.Equal((EvaluationStatus.OnTrack, "throughout"), (on.Status, on.Method));
        Assert.Equal((2, 2), (on.Compliance!.Kept, on.Compliance.Due));
        Assert.Empty(on.Compliance.Lapses);
        Assert.Equal(EvaluationStatus.OnTrack, beds.Summarize(held, D(2023, 6, 30)).Status);
        Assert.StartsWith("All 2 reading(s) from 2023-03-31 to 2023-06-30 satisfy the target (", on.Reason, StringComparison.Ordinal);
        Assert.StartsWith("自2023年3月31日至2023年6月30日的2次数据均达到目标（目标", on.ReasonChinese, StringComparison.Ordinal);
        Assert.Equal(EvaluationStatus.Met, beds.Evaluate(held, D(2023, 12, 31)).Status);

        Observation[] broken = [.. held, beds.Observe(D(2023, 9, 30), Count.Of(99)), beds.Observe(D(2023, 12, 31), Count.Of(130))];
        var e = beds.Evaluate(broken, D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Equal(99, e.Actual!.Value.Value, 9);
        Assert.Equal(1, e.Gap!.Value.Value, 9);
        Assert.Null(e.Completion);
        Assert.Equal((3, 4), (e.Compliance!.Kept, e.Compliance.Due));
        Assert.Equal([D(2023, 9, 30)], e.Compliance.Lapses);
        Assert.Contains("breaks the target (", e.Reason, StringComparison.Ordinal);
        Assert.Contains("a breach is final and later readings cannot repair it.", e.Reason, StringComparison.Ordinal);
        Assert.Contains("一经违反即不能挽回，后续数据不能弥补。", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Equal(EvaluationStatus.NotMet, beds.Summarize(broken, D(2024, 1, 15)).Status);

        Assert.Equal(EvaluationStatus.NoData, beds.Evaluate([beds.Observe(D(2022, 12, 31), Count.Of(1))], D(2023, 6, 30)).Status);
    }

    [Fact]
    public void AReadingOfTheWrongKind_IsNotEvaluable()
    {
        var beds = Beds();
        var wrong = new Observation(beds.Id, D(2023, 6, 30), Measure.From(Ratio.FromPercent(3)));
        var e = beds.Evaluate([beds.Observe(D(2023, 3, 31), Count.Of(10)), wrong], D(2023, 9, 30));
        Assert.Equal(EvaluationStatus.NotEvaluable, e.Status);
        Assert.Equal(EvaluationStatus.NotEvaluable, beds.Summarize([beds.Observe(D(2023, 3, 31), Count.Of(10)), wrong], D(2023, 9, 30)).Status);
        Assert.Same(wrong, Assert.Single(e.Inputs));
    }

    [Fact]
    public void About_OnTheBadSideWithinTheBand_IsBasicallyMet()
    {
        var growth = Rate(new AboutTarget(Measure.From(Ratio.FromPercent(6)), Measure.From(Ratio.FromPercent(0.5)), Year2023, higherIsBetter: true));
        var basically = growth.Evaluate([growth.Observe(D(2023, 12, 31), Ratio.FromPercent(5.7))], D(2024, 1, 15));
        Assert.Equal((EvaluationStatus.Met, Grade.Yellow), (basically.Status, basically.Grade));
        var above = growth.Evaluate([growth.Observe(D(2023, 12, 31), Ratio.FromPercent(6.9))], D(2024, 1, 15));
        Assert.Equal((EvaluationStatus.Met, Grade.Green), (above.Status, above.Grade));
        var below = growth.Evaluate([growth.Observe(D(2023, 12, 31), Ratio.FromPercent(5.4))], D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NotMet, below.Status);

        var throughout = Rate(new AboutTarget(Measure.From(Ratio.FromPercent(6)), Measure.From(Ratio.FromPercent(0.5)), Year2023, higherIsBetter: true) { Basis = TargetBasis.Throughout });
        var held = throughout.Evaluate([throughout.Observe(D(2023, 12, 31), Ratio.FromPercent(5.7))], D(2024, 1, 15));
        Assert.Equal((EvaluationStatus.Met, Grade.Yellow), (held.Status, held.Grade));
        var whole = Rate(new AboutTarget(Measure.From(Ratio.FromPercent(6)), Measure.From(Ratio.FromPercent(0.5)), Year2023, higherIsBetter: true) { Basis = TargetBasis.OverPeriod });
        var wholeYear = whole.Evaluate([new Observation(whole.Id, Year2023, Measure.From(Ratio.FromPercent(5.7)))], D(2024, 1, 15));
        Assert.Equal((EvaluationStatus.Met, Grade.Yellow), (wholeYear.Status, wholeYear.Grade));
    }
    [Fact]
    public void EveryBranch_NamesItsMethod_OverThePeriodAndThroughout()
    {
        var rate = Rate(new AtLeastTarget(Measure.From(Ratio.FromPercent(90)), Year2023) { Basis = TargetBasis.OverPeriod });
        Assert.Equal("over-period", rate.Evaluate([rate.Observe(D(2023, 6, 30), Ratio.FromPercent(95))], D(2023, 6, 30)).Method);
        Assert.Equal("over-period", rate.Evaluate([rate.Observe(D(2023, 6, 30), Ratio.FromPercent(85))], D(2023, 6, 30)).Method);
        Assert.Equal("over-period", rate.Evaluate([rate.Observe(D(2023, 6, 30), Ratio.FromPercent(95))], D(2024, 1, 15)).Method);
        Assert.Equal("over-period", rate.Evaluate([], D(2023, 6, 30)).Method);

        var waste = new Indicator<Ratio>(new IndicatorId("waste"), "无害化处理率", "Harmless treatment", new CoverageTarget(Ratio.FromPercent(100), Year2023) { Basis = TargetBasis.OverPeriod });
        var part = new Observation(waste.Id, new NodaTime.DateInterval(D(2023, 1, 1), D(2023, 5, 31)), Measure.From(Ratio.FromPercent(90)));
        Assert.Equal((EvaluationStatus.NotMet, "over-period"), (waste.Evaluate([part], D(2023, 5, 31)) is var e ? (e.Status, e.Method) : default));

        var beds = Beds(TargetBasis.Throughout);
        Assert.Equal((EvaluationStatus.NotMet, "throughout"), (beds.Evaluate([beds.Observe(D(2023, 3, 31), Count.Of(99))], D(2023, 6, 30)) is var b ? (b.Status, b.Method) : default));
    }

    [Fact]
    public void OnTheLinearPath_TheScheduleGapIsGiven_AndWithoutAPathItIsNot()
    {
        var beds = Beds();
        var onPath = beds.Evaluate([beds.Observe(D(2022, 12, 31), Count.Of(50)), beds.Observe(D(2023, 6, 30), Count.Of(80))], D(2023, 6, 30));
        Assert.Equal(10, onPath.Summary.ScheduleGapPoints!.Value, 6); // 60% of the way at 50% of the time

        var alreadyThereAlone = beds.Evaluate([beds.Observe(D(2023, 6, 30), Count.Of(120))], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.OnTrack, alreadyThereAlone.Status);
        Assert.Null(alreadyThereAlone.Progress); // one reading: no path to measure progress along
        Assert.Null(alreadyThereAlone.Summary.ScheduleGapPoints);
    }

    [Theory]
    [InlineData(1, 1, 1, 31, 0.0, 1 - (31 / 365.0))]   // January at 0%: at best 1 − 31/365
    [InlineData(7, 1, 7, 31, 0.5, 1 - (31 / 365.0 * 0.5))] // July alone at 50%
    [InlineData(1, 1, 12, 31, 0.9, 0.9)]               // the whole year
    public void BestPeriodRate_CountsTheDaysThePartCovers(int startMonth, int startDay, int endMonth, int endDay, double rate, double best)
    {
        var target = new CoverageTarget(Ratio.FromPercent(100), Year2023) { Basis = TargetBasis.OverPeriod };
        var part = new Observation(new IndicatorId("waste"), new NodaTime.DateInterval(D(2023, startMonth, startDay), D(2023, endMonth, endDay)), Measure.From(Ratio.FromDecimalFractions(rate)));
        Assert.Equal(best, ThresholdEvaluator.BestPeriodRate(part, target), 12);
    }

    [Fact]
    public void BestPeriodRate_OfAReadingWithoutAPeriod_CoversThePeriodSoFar()
    {
        var target = new CoverageTarget(Ratio.FromPercent(100), Year2023) { Basis = TargetBasis.OverPeriod };
        var reading = new Observation(new IndicatorId("waste"), D(2023, 1, 31), Measure.From(Ratio.FromPercent(0)));
        Assert.Equal(1 - (31 / 365.0), ThresholdEvaluator.BestPeriodRate(reading, target), 12);
    }
}
