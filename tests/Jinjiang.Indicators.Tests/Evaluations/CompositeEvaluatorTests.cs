using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using UnitsNet;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>Every branch of the composites: 确保X、力争Y (which level was reached) and all-of (the worst part decides), with their words.</summary>
public class CompositeEvaluatorTests
{
    private static Indicator<Length> FloorAndStretch() => new(
        new IndicatorId("greenway-floor-stretch"), "新建绿道", "New greenway",
        new FloorAndStretchTarget(new DeliveryTarget(Measure.From(Length.FromKilometers(12)), Year2023), new DeliveryTarget(Measure.From(Length.FromKilometers(15)), Year2023)));

    [Fact]
    public void TheStretchReached_IsMetAtTheStretchLevel()
    {
        var greenway = FloorAndStretch();
        Observation[] readings = [greenway.Observe(D(2023, 12, 31), Length.FromKilometers(15))];
        var e = greenway.Evaluate(readings, D(2024, 1, 15));
        Assert.Equal((EvaluationStatus.Met, AchievedLevel.Stretch), (e.Status, e.Level));
        Assert.Equal(EvaluationStatus.Met, greenway.Summarize(readings, D(2024, 1, 15)).Status);
        Assert.Equal(15, e.TargetValue!.Value.Value, 9);
        Assert.Equal(2, e.Parts.Count);
        Assert.StartsWith("Stretch target reached: 15 km delivered by 2023-12-31, reaching the target of 15 km.", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("已达到力争目标：", e.ReasonChinese, StringComparison.Ordinal);
        Assert.DoesNotContain("力争", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFloorReached_IsMetAtTheFloorLevel_AndBasically()
    {
        var greenway = FloorAndStretch();
        Observation[] readings = [greenway.Observe(D(2023, 12, 31), Length.FromKilometers(13))];
        var e = greenway.Evaluate(readings, D(2024, 1, 15));
        Assert.Equal((EvaluationStatus.Met, AchievedLevel.Floor), (e.Status, e.Level));
        Assert.Equal(12, e.TargetValue!.Value.Value, 9);
        Assert.Equal(13 / 15.0, e.Completion!.Value, 9); // completion against the stretch
        Assert.StartsWith("Floor target reached, stretch target not reached: 13 km delivered by 2023-12-31, short of the target of 15 km by 2 km", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("已达到确保目标，未达到力争目标：", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-01-15", 10, EvaluationStatus.NotMet)]
    [InlineData("2023-06-30", 6, EvaluationStatus.OnTrack)]    // 6 of the 6 expected on the floor's path
    [InlineData("2023-06-30", 4, EvaluationStatus.OffTrack)]
    public void NeitherReached_TheFloorIsJudged(string asOf, double km, EvaluationStatus expected)
    {
        var greenway = FloorAndStretch();
        var date = Iso(asOf);
        Observation[] readings = [greenway.Observe(D(2023, 6, 30), Length.FromKilometers(km))];
        var e = greenway.Evaluate(readings, date);
        Assert.Equal((expected, AchievedLevel.None), (e.Status, e.Level));
        Assert.Equal(expected, greenway.Summarize(readings, date).Status);
        Assert.Equal(12, e.TargetValue!.Value.Value, 9);
        Assert.StartsWith("Floor target: ", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("确保目标：", e.ReasonChinese, StringComparison.Ordinal);
    }

    private static Indicator<Ratio> TwoParts() => new(
        new IndicatorId("two-rates"), "两项比率", "Two rates",
        new AllOfTarget(
        [
            new TargetPart("urban", new AtLeastTarget(Measure.From(Ratio.FromPercent(90)), Year2023)) { NameChinese = "城镇" },
            new TargetPart("rural", new AtLeastTarget(Measure.From(Ratio.FromPercent(80)), Year2023)) { NameChinese = "农村" },
        ]));

    [Fact]
    public void AllPartsMet_SaysSo_InBothLanguages()
    {
        var rates = TwoParts();
        Observation[] readings = [rates.Observe(D(2023, 12, 31), Ratio.FromPercent(91), null, "urban"), rates.Observe(D(2023, 12, 31), Ratio.FromPercent(85), null, "rural")];
        var e = rates.Evaluate(readings, D(2024, 1, 15));
        Assert.Equal((EvaluationStatus.Met, "all-of"), (e.Status, e.Method));
        Assert.Equal(EvaluationStatus.Met, rates.Summarize(readings, D(2024, 1, 15)).Status);
        Assert.Equal(2, e.Inputs.Count);
        Assert.StartsWith("All 2 parts met (urban, rural).", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("2项均已达标（城镇、农村）。", e.ReasonChinese, StringComparison.Ordinal);

        // A part is graded, but its reason has no closing clause: that belongs to the whole promise.
        var urban = e.Parts[0];
        Assert.Equal(Grade.Green, urban.Grade);
        Assert.Equal(91 / 90.0, urban.Completion!.Value, 9);
        Assert.DoesNotContain("completion", urban.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("完成率", urban.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void APartShort_TheWorstDecides_AndIsNamed()
    {
        var rates = TwoParts();
        Observation[] readings = [rates.Observe(D(2023, 12, 31), Ratio.FromPercent(91), null, "urban"), rates.Observe(D(2023, 12, 31), Ratio.FromPercent(75), null, "rural")];
        var e = rates.Evaluate(readings, D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Equal(EvaluationStatus.NotMet, rates.Summarize(readings, D(2024, 1, 15)).Status);
        Assert.StartsWith("1 of 2 parts met; met 1 (urban); not-met 1 (rural). Worst: rural (not-met): 75 % on 2023-12-31 does not meet the target", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("2项中，已达标1项（城镇），未达标1项（农村）；最差一项农村（未达标）：", e.ReasonChinese, StringComparison.Ordinal);

        var during = rates.Evaluate([rates.Observe(D(2023, 6, 30), Ratio.FromPercent(95), null, "urban")], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.NoData, during.Status); // the rural part has no reading: the worst
        Assert.Contains("Worst: rural (no-data)", during.Reason, StringComparison.Ordinal);

        var onTrack = rates.Evaluate(
            [rates.Observe(D(2023, 6, 30), Ratio.FromPercent(95), null, "urban"), rates.Observe(D(2023, 6, 30), Ratio.FromPercent(85), null, "rural")],
            D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.OnTrack, onTrack.Status);
        Assert.EndsWith(".", onTrack.Reason.Split('\n')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Worst:", onTrack.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("最差一项", onTrack.ReasonChinese, StringComparison.Ordinal);
    }
}
