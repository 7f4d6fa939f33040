using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>Every branch of a cadence promise (每周、每月、每季度至少N次): units due and missed, the edges, the binding day and the words.</summary>
public class CadenceEvaluatorTests
{
    private static Indicator<Count> Monthly(int minimum = 2, WorkReport? report = null) => new(
        new IndicatorId("inspections"), "专项检查", "Inspections", new CadenceTarget(minimum, CadenceUnit.Month, Year2023))
    { Report = report };

    [Theory]
    [InlineData("2023-01-30", EvaluationStatus.NotYetDue, 0)]
    [InlineData("2023-01-31", EvaluationStatus.OnTrack, 1)]   // January ends on the as-of date: due
    [InlineData("2023-02-27", EvaluationStatus.OnTrack, 1)]
    [InlineData("2023-02-28", EvaluationStatus.NotMet, 2)]    // February: one event of two
    public void AUnitIsDueOnItsLastDay_AndOneMissedUnitIsFinal(string asOf, EvaluationStatus expected, int due)
    {
        var checks = Monthly();
        var date = Iso(asOf);
        Observation[] events = [checks.Observe(D(2023, 1, 5), Count.Of(1)), checks.Observe(D(2023, 1, 20), Count.Of(1)), checks.Observe(D(2023, 2, 10), Count.Of(1))];
        var e = checks.Evaluate(events, date);
        Assert.Equal(expected, e.Status);
        Assert.Equal(expected, checks.Summarize(events, date).Status);
        Assert.Equal("cadence", e.Method);
        if (due > 0)
        {
            Assert.Equal(due, e.Compliance!.Due);
            Assert.Equal(due, e.TargetValue!.Value.Value, 9);
        }
        else
        {
            Assert.StartsWith("No month of the period has ended by 2023-01-30.", e.Reason, StringComparison.Ordinal);
            Assert.StartsWith("截至2023年1月30日，考核期内尚无已结束的月。", e.ReasonChinese, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MissedUnits_AreCountedAndDated_InBothLanguages()
    {
        var checks = Monthly();
        Observation[] events =
        [
            checks.Observe(D(2023, 1, 5), Count.Of(2)),       // kept, exactly the minimum
            checks.Observe(D(2023, 2, 10), Count.Of(1)),      // missed
            checks.Observe(D(2023, 3, 1), Count.Of(1)), checks.Observe(D(2023, 3, 31), Count.Of(1)), // kept, on the unit's first and last day
            // April: nothing, missed
        ];
        var e = checks.Evaluate(events, D(2023, 5, 15));
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Equal(2, e.Actual!.Value.Value, 9);
        Assert.Equal(4, e.TargetValue!.Value.Value, 9);
        Assert.Equal(2, e.Gap!.Value.Value, 9);
        Assert.Equal(0.5, e.Progress!.Value, 9);
        Assert.Equal((2, 4), (e.Compliance!.Kept, e.Compliance.Due));
        Assert.Equal([D(2023, 2, 1), D(2023, 4, 1)], e.Compliance.Lapses);
        Assert.StartsWith("2 of 4 month(s) had fewer than 2 event(s), the first starting 2023-02-01: kept 2 of 4.", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("应考核的4个月中有2个少于2次，首个自2023年2月1日起；缺失的月不能补足；达标2个，达标率50%。", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Equal(EvaluationStatus.NotMet, checks.Summarize(events, D(2023, 5, 15)).Status);
    }

    [Fact]
    public void EveryUnitKept_IsOnTrack_ThenMetOnTheDeadline()
    {
        var checks = Monthly(1);
        var events = Enumerable.Range(1, 12).Select(m => checks.Observe(D(2023, m, 15), Count.Of(1))).ToArray();
        var during = checks.Evaluate(events, D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.OnTrack, during.Status);
        Assert.Equal((6, 6), (during.Compliance!.Kept, during.Compliance.Due));
        Assert.StartsWith("All 6 month(s) due by 2023-06-30 had at least 1 event(s).", during.Reason, StringComparison.Ordinal);
        Assert.StartsWith("截至2023年6月30日应考核的6个月均不少于1次。", during.ReasonChinese, StringComparison.Ordinal);
        var final = checks.Evaluate(events, D(2023, 12, 31));
        Assert.Equal(EvaluationStatus.Met, final.Status);
        Assert.Equal((12, 12), (final.Compliance!.Kept, final.Compliance.Due));
        Assert.Empty(final.Compliance.Lapses);
        Assert.Equal(EvaluationStatus.Met, checks.Evaluate(events, D(2024, 3, 1)).Status);
        Assert.Contains("due by 2023-12-31", checks.Evaluate(events, D(2024, 3, 1)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NoEventAtAll_OnceAUnitIsDue_IsNoData_SayingHowManyUnits()
    {
        var checks = Monthly();
        var e = checks.Evaluate([], D(2023, 3, 15));
        Assert.Equal(EvaluationStatus.NoData, e.Status);
        Assert.Equal(EvaluationStatus.NoData, checks.Summarize([], D(2023, 3, 15)).Status);
        Assert.StartsWith("No event reported in the 2 month(s) due by 2023-03-15.", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("截至2023年3月15日应考核的2个月均未报告任何活动。", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitsBeforeThePromiseBinds_AreNotRequired_AndTheirEventsFillNothing()
    {
        var report = new WorkReport("某区人民政府", "某区", GovernmentLevel.County, 2023, D(2023, 2, 15));
        var checks = Monthly(1, report);
        Observation[] events = [checks.Observe(D(2023, 2, 20), Count.Of(1)), checks.Observe(D(2023, 4, 10), Count.Of(1))];
        var e = checks.Evaluate(events, D(2023, 4, 30));
        // February holds the delivery day: not required; March is missed, April kept. The February event fills nothing.
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Equal((1, 2), (e.Compliance!.Kept, e.Compliance.Due));
        Assert.Equal([D(2023, 3, 1)], e.Compliance.Lapses);
        Assert.Contains(" since the promise binds (2023-03-01 on)", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("自承诺生效后（2023年3月1日起）应考核的2个月中有1个少于1次", e.ReasonChinese, StringComparison.Ordinal);

        var early = checks.Evaluate(events, D(2023, 3, 15));
        Assert.Equal(EvaluationStatus.NotYetDue, early.Status);
        Assert.StartsWith("No month of the period since the promise binds (2023-03-01 on) has ended by 2023-03-15.", early.Reason, StringComparison.Ordinal);
        Assert.StartsWith("截至2023年3月15日，自承诺生效后（2023年3月1日起）考核期内尚无已结束的月。", early.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Weekly_TheWeekThatStraddlesTheYearIsJudgedByItsThursday()
    {
        // 2023-01-01 is a Sunday: the week of 2022-12-26 belongs to 2022 and is not required in 2023.
        var weekly = new Indicator<Count>(new IndicatorId("weekly"), "每周调度", "Weekly dispatch", new CadenceTarget(1, CadenceUnit.Week, Year2023));
        Observation[] events = [weekly.Observe(D(2023, 1, 2), Count.Of(1)), weekly.Observe(D(2023, 1, 9), Count.Of(1))];
        var e = weekly.Evaluate(events, D(2023, 1, 15));
        Assert.Equal(EvaluationStatus.OnTrack, e.Status);
        Assert.Equal((2, 2), (e.Compliance!.Kept, e.Compliance.Due));
        Assert.Contains("All 2 week(s)", e.Reason, StringComparison.Ordinal);
        Assert.Contains("2个周", e.ReasonChinese, StringComparison.Ordinal);
        var missed = weekly.Evaluate(events, D(2023, 1, 22));
        Assert.Equal(EvaluationStatus.NotMet, missed.Status);
        Assert.Equal([D(2023, 1, 16)], missed.Compliance!.Lapses);
    }

    [Fact]
    public void Quarterly_UnitsAreNamedInChinese()
    {
        var quarterly = new Indicator<Count>(new IndicatorId("quarterly"), "季度分析", "Quarterly analysis", new CadenceTarget(1, CadenceUnit.Quarter, Year2023));
        var e = quarterly.Evaluate([quarterly.Observe(D(2023, 5, 1), Count.Of(1))], D(2023, 7, 1));
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Contains("1 of 2 quarter(s)", e.Reason, StringComparison.Ordinal);
        Assert.Contains("应考核的2个季度中有1个少于1次", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEventOfTheWrongKind_IsNotEvaluable()
    {
        var checks = Monthly();
        var wrong = new Observation(checks.Id, D(2023, 1, 5), Measure.From(UnitsNet.Ratio.FromPercent(5)));
        var e = checks.Evaluate([wrong], D(2023, 3, 1));
        Assert.Equal(EvaluationStatus.NotEvaluable, e.Status);
        Assert.Equal(EvaluationStatus.NotEvaluable, checks.Summarize([wrong], D(2023, 3, 1)).Status);
        Assert.Same(wrong, Assert.Single(e.Inputs));
    }
}
