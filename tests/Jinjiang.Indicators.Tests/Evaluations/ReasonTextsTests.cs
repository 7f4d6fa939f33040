using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>Verdict reasons as named templates: a test names the template a finding calls for, in both languages.</summary>
public class ReasonTextsTests
{
    private static readonly LocalDate Deadline = new(2025, 12, 31);

    private static Indicator<bool> Bridge() => new(new IndicatorId("bridge"), "东湖大桥建成通车", "East Lake bridge open", new MilestoneTarget(ReportPeriods.Year(2025)));

    [Fact]
    public void AMilestoneDoneByItsDeadline_SaysTheDoneTemplate()
    {
        var bridge = Bridge();
        var evaluation = Evaluator.Default.Evaluate(bridge, [bridge.Observe(new LocalDate(2025, 10, 1), true)], new LocalDate(2026, 1, 15));

        Assert.Equal(EvaluationStatus.Met, evaluation.Status);
        Assert.StartsWith(ReasonTexts.MilestoneDone(new LocalDate(2025, 10, 1), Deadline), evaluation.Reason, StringComparison.Ordinal);
        Assert.StartsWith(ReasonTexts.MilestoneDoneChinese(bridge.NameChinese, new LocalDate(2025, 10, 1), Deadline), evaluation.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void AMilestoneNotDoneAtItsDeadline_SaysTheNotDoneTemplate()
    {
        var bridge = Bridge();
        var evaluation = Evaluator.Default.Evaluate(bridge, [bridge.Observe(new LocalDate(2025, 6, 30), false)], new LocalDate(2026, 1, 15));

        Assert.Equal(EvaluationStatus.NotMet, evaluation.Status);
        Assert.StartsWith(ReasonTexts.MilestoneNotDone(Deadline), evaluation.Reason, StringComparison.Ordinal);
        Assert.StartsWith(ReasonTexts.MilestoneNotDoneChinese(bridge.NameChinese, Deadline), evaluation.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeliveryShortAtItsDeadline_SaysTheMissedTemplate_WithTheShortfall()
    {
        var greenway = new Indicator<UnitsNet.Length>(new IndicatorId("greenway"), "新建绿道", "New greenway", new DeliveryTarget(Measure.From(UnitsNet.Length.FromKilometers(15)), ReportPeriods.Year(2025)));
        var delivered = greenway.Observe(Deadline, UnitsNet.Length.FromKilometers(12));
        var evaluation = Evaluator.Default.Evaluate(greenway, [delivered], new LocalDate(2026, 1, 15));
        var target = (DeliveryTarget)greenway.Target;

        Assert.Equal(EvaluationStatus.NotMet, evaluation.Status);
        Assert.StartsWith(ReasonTexts.DeliveryMissed(delivered, target, Measure.From(UnitsNet.Length.FromKilometers(3))), evaluation.Reason, StringComparison.Ordinal);
        Assert.StartsWith(ReasonTexts.DeliveryMissedChinese(greenway.NameChinese, delivered, target, Measure.From(UnitsNet.Length.FromKilometers(3))), evaluation.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void ACadenceBeforeAnyWeekEnds_SaysTheNoUnitEndedTemplate()
    {
        var checks = new Indicator<Count>(new IndicatorId("weekly-checks"), "每周巡查", "Weekly inspections", new CadenceTarget(1, CadenceUnit.Week, ReportPeriods.Year(2025)));
        var asOf = new LocalDate(2025, 1, 3); // a Friday: the first ISO week of 2025 has not ended
        var evaluation = Evaluator.Default.Evaluate(checks, [], asOf);
        var target = (CadenceTarget)checks.Target;

        Assert.Equal(EvaluationStatus.NotYetDue, evaluation.Status);
        Assert.StartsWith(ReasonTexts.CadenceNoUnitEnded(target, null, asOf), evaluation.Reason, StringComparison.Ordinal);
        Assert.StartsWith(ReasonTexts.CadenceNoUnitEndedChinese(target, null, asOf), evaluation.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void ALevelReachedAtItsDeadline_SaysTheReachedTemplate()
    {
        var rate = new Indicator<UnitsNet.Ratio>(new IndicatorId("harmless-treatment"), "生活垃圾无害化处理率", "Harmless treatment rate", new AtLeastTarget(Measure.From(UnitsNet.Ratio.FromPercent(95)), ReportPeriods.Year(2025)));
        var reading = rate.Observe(Deadline, UnitsNet.Ratio.FromPercent(97));
        var evaluation = Evaluator.Default.Evaluate(rate, [reading], new LocalDate(2026, 1, 15));
        var facts = new ReasonTexts.LevelFacts((ThresholdTarget)rate.Target, reading, ((ThresholdTarget)rate.Target).Reference.Unit, rate.BindsFrom, default);

        Assert.Equal(EvaluationStatus.Met, evaluation.Status);
        Assert.StartsWith(ReasonTexts.LevelReached(facts), evaluation.Reason, StringComparison.Ordinal);
        Assert.StartsWith(ReasonTexts.LevelReachedChinese(facts), evaluation.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void NodeTemplates_SayTheNodeAndTheShortfall()
    {
        var node = new NodeTarget(new LocalDate(2025, 6, 30), Measure.From(UnitsNet.Length.FromKilometers(6)));

        Assert.Equal("Behind its node: '6 km by 2025-06-30' is not reached by 2025-07-31 (4 km reported, 2 km short).", ReasonTexts.NodeBehind(node, new LocalDate(2025, 7, 31), Measure.From(UnitsNet.Length.FromKilometers(4)), Measure.From(UnitsNet.Length.FromKilometers(2))));
        Assert.Contains("滞后节点", ReasonTexts.NodeBehindChinese(node, new LocalDate(2025, 7, 31), null, null), StringComparison.Ordinal);
        Assert.Contains("未报告完成", ReasonTexts.NodeBehindChinese(node, new LocalDate(2025, 7, 31), null, null), StringComparison.Ordinal);
    }

    private static Indicator<UnitsNet.Ratio> Treatment(CommitmentLevel commitment)
        => new(new IndicatorId("harmless-treatment"), "生活垃圾无害化处理率", "Harmless treatment rate", new AtLeastTarget(Measure.From(UnitsNet.Ratio.FromPercent(100)), ReportPeriods.Year(2025)))
        {
            Commitment = commitment,
        };

    [Theory]
    [InlineData(CommitmentLevel.Ensure)]
    [InlineData(CommitmentLevel.Require)]
    [InlineData(CommitmentLevel.Strive)]
    public void AMissedLevel_ClosesWithTheTemplateOfItsCommitment(CommitmentLevel commitment)
    {
        var rate = Treatment(commitment);
        var evaluation = Evaluator.Default.Evaluate(rate, [rate.Observe(Deadline, UnitsNet.Ratio.FromPercent(90))], new LocalDate(2026, 1, 15));
        var (english, chinese) = commitment switch
        {
            CommitmentLevel.Ensure => (ReasonTexts.ClosingHardMissed(0.9), ReasonTexts.ClosingHardMissedChinese(0.9)),
            CommitmentLevel.Require => (ReasonTexts.ClosingStrictMissed(0.9), ReasonTexts.ClosingStrictMissedChinese(0.9)),
            _ => (ReasonTexts.ClosingStretchMissed(0.9), ReasonTexts.ClosingStretchMissedChinese(0.9)),
        };

        Assert.Equal(EvaluationStatus.NotMet, evaluation.Status);
        Assert.EndsWith(english, evaluation.Reason, StringComparison.Ordinal);
        Assert.EndsWith(chinese, evaluation.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("90%", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void APlainLevelMissedWithinTheBand_ClosesAsBasicallyCompleted()
    {
        var rate = Treatment(CommitmentLevel.Plain);
        var evaluation = Evaluator.Default.Evaluate(rate, [rate.Observe(Deadline, UnitsNet.Ratio.FromPercent(98))], new LocalDate(2026, 1, 15));

        Assert.Equal(Grade.Yellow, evaluation.Grade);
        Assert.EndsWith(ReasonTexts.ClosingBasicallyCompleted(0.98), evaluation.Reason, StringComparison.Ordinal);
        Assert.EndsWith(ReasonTexts.ClosingBasicallyCompletedChinese(0.98), evaluation.ReasonChinese, StringComparison.Ordinal);
        Assert.Equal("基本完成，完成率98%。", ReasonTexts.ClosingBasicallyCompletedChinese(0.98));
    }

    [Fact]
    public void AProvisionalFigure_AddsTheProvisionalNote()
    {
        var rate = Treatment(CommitmentLevel.Plain);
        var reading = new Observation(rate.Id, Deadline, Measure.From(UnitsNet.Ratio.FromPercent(100))) { Status = ObservationStatus.Provisional };
        var evaluation = Evaluator.Default.Evaluate(rate, [reading], new LocalDate(2026, 1, 15));

        Assert.True(evaluation.Provisional);
        Assert.EndsWith(ReasonTexts.ClosingProvisional, evaluation.Reason, StringComparison.Ordinal);
        Assert.EndsWith(ReasonTexts.ClosingProvisionalChinese, evaluation.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingObserved_SaysTheNoObservationOrNotYetStartedTemplate()
    {
        var rate = Treatment(CommitmentLevel.Plain);
        var noData = Evaluator.Default.Evaluate(rate, [], new LocalDate(2025, 3, 31));
        var notYet = Evaluator.Default.Evaluate(rate, [], new LocalDate(2024, 12, 31));

        Assert.Equal(EvaluationStatus.NoData, noData.Status);
        Assert.Equal(ReasonTexts.NoObservation(new LocalDate(2025, 1, 1), new LocalDate(2025, 3, 31)), noData.Reason);
        Assert.Equal(ReasonTexts.NoObservationChinese(new LocalDate(2025, 1, 1), new LocalDate(2025, 3, 31)), noData.ReasonChinese);
        Assert.Equal(EvaluationStatus.NotYetDue, notYet.Status);
        Assert.Equal(ReasonTexts.NotYetStarted(new LocalDate(2025, 1, 1)), notYet.Reason);
        Assert.Equal(ReasonTexts.NotYetStartedChinese(new LocalDate(2025, 1, 1)), notYet.ReasonChinese);
    }

    [Fact]
    public void AReadingOfAnotherDimension_SaysTheWrongKindTemplate()
    {
        var rate = Treatment(CommitmentLevel.Plain);
        var wrong = new Observation(rate.Id, Deadline, Measure.From(UnitsNet.Length.FromKilometers(3)));
        var evaluation = Evaluator.Default.Evaluate(rate, [wrong], new LocalDate(2026, 1, 15));

        Assert.Equal(EvaluationStatus.NotEvaluable, evaluation.Status);
        Assert.Equal(ReasonTexts.WrongKind(wrong, QuantityKind.Ratio), evaluation.Reason);
        Assert.Equal(ReasonTexts.WrongKindChinese(wrong, QuantityKind.Ratio), evaluation.ReasonChinese);
    }
}
