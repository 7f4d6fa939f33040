using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>Every branch of a milestone (建成, 投运): done on time, late, before the promise, not done, not reported, and the words.</summary>
public class MilestoneEvaluatorTests
{
    private static Indicator<bool> Substation(WorkReport? report = null) => new(
        new IndicatorId("substation"), "蓉东变电站扩容", "Substation expansion", new MilestoneTarget(Year2023))
    { Report = report };

    [Theory]
    [InlineData("2023-12-31")]
    [InlineData("2024-06-30")]
    public void DoneByTheDeadline_IsMet_FromTheFirstDoneReading(string asOf)
    {
        var substation = Substation();
        var date = Iso(asOf);
        Observation[] readings = [substation.Observe(D(2023, 6, 30), false), substation.Observe(D(2023, 12, 31), true), substation.Observe(D(2024, 1, 31), true)];
        var e = substation.Evaluate(readings, date);
        Assert.Equal((EvaluationStatus.Met, "milestone"), (e.Status, e.Method));
        Assert.Equal(EvaluationStatus.Met, substation.Summarize(readings, date).Status);
        Assert.Equal(1, e.Progress!.Value, 9);
        Assert.Same(readings[1], Assert.Single(e.Inputs));
        Assert.StartsWith("Completed on 2023-12-31, by the deadline 2023-12-31.", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("蓉东变电站扩容已于2023年12月31日完成，在期限2023年12月31日之前。", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void DoneAfterTheDeadline_IsNotMet()
    {
        var substation = Substation();
        Observation[] readings = [substation.Observe(D(2024, 1, 1), true)];
        var e = substation.Evaluate(readings, D(2024, 3, 1));
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Equal(EvaluationStatus.NotMet, substation.Summarize(readings, D(2024, 3, 1)).Status);
        Assert.StartsWith("Completed on 2024-01-01, after the deadline 2023-12-31.", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("蓉东变电站扩容于2024年1月1日完成，晚于期限2023年12月31日。", e.ReasonChinese, StringComparison.Ordinal);

        // Before the late report arrives, the deadline has passed with nothing done.
        Assert.Equal(EvaluationStatus.NoData, substation.Evaluate(readings, D(2023, 12, 31)).Status);
    }

    [Fact]
    public void DoneBeforeThePromiseWasMade_IsMet_AndSaysSo()
    {
        var report = new WorkReport("某区人民政府", "某区", GovernmentLevel.County, 2023, D(2023, 2, 15));
        var substation = Substation(report);
        var e = substation.Evaluate([substation.Observe(D(2023, 1, 20), true)], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.Met, e.Status);
        Assert.StartsWith("Completed on 2023-01-20, before the promise was made on 2023-02-15: done before it was promised (by the deadline 2023-12-31).", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("蓉东变电站扩容已于2023年1月20日完成，早于2023年2月15日作出承诺之日（期限2023年12月31日）：承诺前已完成。", e.ReasonChinese, StringComparison.Ordinal);
        var onTheDay = substation.Evaluate([substation.Observe(D(2023, 2, 15), true)], D(2023, 6, 30));
        Assert.StartsWith("Completed on 2023-02-15, by the deadline", onTheDay.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NotDone_IsNotYetDueBeforeTheDeadline_AndNotMetOrNoDataOnIt()
    {
        var substation = Substation();
        Observation[] notDone = [substation.Observe(D(2023, 9, 30), false)];
        var pending = substation.Evaluate(notDone, D(2023, 12, 30));
        Assert.Equal(EvaluationStatus.NotYetDue, pending.Status);
        Assert.Equal(0, pending.Actual!.Value.Value, 9);
        Assert.StartsWith("Not reported done yet; due 2023-12-31.", pending.Reason, StringComparison.Ordinal);
        Assert.StartsWith("蓉东变电站扩容尚未报告完成；期限为2023年12月31日。", pending.ReasonChinese, StringComparison.Ordinal);
        Assert.Null(substation.Evaluate([], D(2023, 6, 30)).Actual);

        var missed = substation.Evaluate(notDone, D(2023, 12, 31));
        Assert.Equal(EvaluationStatus.NotMet, missed.Status);
        Assert.Equal(EvaluationStatus.NotMet, substation.Summarize(notDone, D(2023, 12, 31)).Status);
        Assert.Equal(0, missed.Progress!.Value, 9);
        Assert.StartsWith("Not reported done by the deadline 2023-12-31.", missed.Reason, StringComparison.Ordinal);
        Assert.StartsWith("截至期限2023年12月31日，蓉东变电站扩容未报告完成。", missed.ReasonChinese, StringComparison.Ordinal);

        var none = substation.Evaluate([], D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NoData, none.Status);
        Assert.Equal(EvaluationStatus.NoData, substation.Summarize([], D(2024, 1, 15)).Status);
        Assert.StartsWith("No report on the milestone due 2023-12-31.", none.Reason, StringComparison.Ordinal);
        Assert.StartsWith("期限为2023年12月31日的蓉东变电站扩容没有进展报告。", none.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void AReadingOfTheWrongKind_IsNotEvaluable()
    {
        var substation = Substation();
        var wrong = new Observation(substation.Id, D(2023, 6, 30), Measure.From(Count.Of(3)));
        var e = substation.Evaluate([wrong], D(2023, 9, 30));
        Assert.Equal((EvaluationStatus.NotEvaluable, "unit-check"), (e.Status, e.Method));
        Assert.Equal(EvaluationStatus.NotEvaluable, substation.Summarize([wrong], D(2023, 9, 30)).Status);
    }
    [Fact]
    public void EveryVerdictWithoutADoneReading_CarriesTheMethodTheTargetAndTheNotDoneValue()
    {
        var substation = Substation();
        Observation[] notDone = [substation.Observe(D(2023, 9, 30), false)];
        foreach (var (e, actual) in new[]
        {
            (substation.Evaluate([], D(2024, 1, 15)), (double?)null), // no data
            (substation.Evaluate(notDone, D(2024, 1, 15)), 0), // not met
            (substation.Evaluate(notDone, D(2023, 10, 31)), 0), // not yet due
            (substation.Evaluate([], D(2023, 10, 31)), null),
        })
        {
            Assert.Equal("milestone", e.Method);
            Assert.Equal(1, e.TargetValue!.Value.Value, 9);
            Assert.Equal(QuantityKind.Completion, e.TargetValue!.Value.Kind);
            Assert.Equal(actual, e.Actual?.Value);
        }
    }

    [Fact]
    public void Summary_OfAMilestoneWithoutReadings_InASetWithOtherSeries_IsNoDataAfterTheDeadline()
    {
        var substation = Substation();
        var other = Greenway();
        var set = ObservationSet.Create([other.Observe(D(2023, 6, 30), UnitsNet.Length.FromKilometers(3)), other.Observe(D(2023, 9, 30), UnitsNet.Length.FromKilometers(9))]);
        Assert.Equal(EvaluationStatus.NoData, Evaluator.Default.Summarize(substation, set, D(2024, 1, 15)).Status);
        Assert.Equal(EvaluationStatus.NoData, Evaluator.Default.Evaluate(substation, set, D(2024, 1, 15)).Status);
        Assert.Equal(EvaluationStatus.NotYetDue, Evaluator.Default.Summarize(substation, set, D(2023, 10, 31)).Status);
    }

    [Fact]
    public void AReadingOfAnotherKind_IsNotEvaluable_AndNamesItsUnit()
    {
        var substation = Substation();
        var wrong = new Observation(substation.Id, D(2023, 6, 30), Measure.From(Count.Of(3)));
        var e = substation.Evaluate([wrong], D(2023, 12, 31));
        Assert.Equal((EvaluationStatus.NotEvaluable, "unit-check"), (e.Status, e.Method));
        Assert.Same(wrong, Assert.Single(e.Inputs));
        Assert.Equal(EvaluationStatus.NotEvaluable, substation.Summarize([wrong], D(2023, 12, 31)).Status);
    }
}
