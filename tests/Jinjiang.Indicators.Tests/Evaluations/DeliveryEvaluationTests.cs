using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using UnitsNet;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

public class DeliveryEvaluationTests
{
    [Fact]
    public void Evaluate_Greenway14point9KmAtYearEnd_IsNotMetAgainst15Km()
    {
        var greenway = Greenway();
        var e = greenway.Evaluate([greenway.Observe(D(2023, 12, 31), Length.FromKilometers(14.9))], D(2024, 1, 15));

        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Equal(14.9 / 15, e.Progress!.Value, 9);
        Assert.Equal(0.1, e.Gap!.Value.Value, 9);
        Assert.Equal("km", e.Gap!.Value.Unit.Symbol);
        Assert.Contains("short of the target of 15 km by 0.1 km", e.Reason);
    }

    [Fact]
    public void Evaluate_Greenway9KmAtMidYear_IsOnTrack()
    {
        var greenway = Greenway();
        var e = greenway.Evaluate([greenway.Observe(D(2023, 6, 30), Length.FromKilometers(9))], D(2023, 6, 30));

        Assert.Equal(EvaluationStatus.OnTrack, e.Status);
        Assert.Equal("linear-path", e.Method);
        // Month-end data: 6 of 12 months elapsed (时间过半): 15 km x 6 / 12 = 7.5 km expected.
        Assert.Equal(7.5, e.Expected!.Value.Value, 9);
        Assert.Equal(9 / 15.0, e.Progress!.Value, 9);
        Assert.Equal(0.5, e.TimeElapsed!.Value, 9);
        Assert.Equal(0.6, e.Completion!.Value, 9);
        Assert.Equal(10, e.ScheduleGapPoints!.Value, 6); // 60% done at 50% of the time: 10 points ahead
        Assert.Equal(Grade.Green, e.Grade);
    }

    [Theory]
    [InlineData(6.5, EvaluationStatus.AtRisk)]   // 6.5 / 7.5 = 0.87 of the path
    [InlineData(5.0, EvaluationStatus.OffTrack)] // 5 / 7.5 = 0.67 of the path
    public void Evaluate_GreenwayBehindPathAtMidYear_IsAtRiskOrOffTrack(double km, EvaluationStatus expected)
    {
        var greenway = Greenway();
        var e = greenway.Evaluate([greenway.Observe(D(2023, 6, 30), Length.FromKilometers(km))], D(2023, 6, 30));
        Assert.Equal(expected, e.Status);
    }

    [Fact]
    public void Evaluate_AtRiskShareIsConfigurable()
    {
        var greenway = Greenway();
        var options = new EvaluationOptions { DeliveryMethod = new LinearPathMethod(atRiskShare: 0.5) };
        var e = greenway.Evaluate([greenway.Observe(D(2023, 6, 30), Length.FromKilometers(5))], D(2023, 6, 30), options);
        Assert.Equal(EvaluationStatus.AtRisk, e.Status);
    }

    [Fact]
    public void Evaluate_VerticalGreeningOf0point52TenThousandSquareMetres_IsMetAgainst5000SquareMetres()
    {
        var greening = VerticalGreening();
        var observation = new Observation(greening.Id, D(2023, 10, 31), new Measure(0.52, MeasureUnit.TenThousandSquareMetres));
        var e = greening.Evaluate([observation], D(2023, 11, 1));

        Assert.Equal(EvaluationStatus.Met, e.Status);
        Assert.Contains("5200 m2 delivered by 2023-10-31", e.Reason);
        Assert.Equal(1.04, e.Progress!.Value, 9);
    }

    [Fact]
    public void Evaluate_ExactlyTheAmountExpressedInAnotherUnit_IsMet()
    {
        var greening = VerticalGreening();
        var observation = new Observation(greening.Id, D(2023, 12, 31), new Measure(0.5, MeasureUnit.TenThousandSquareMetres));
        Assert.Equal(EvaluationStatus.Met, greening.Evaluate([observation], D(2023, 12, 31)).Status);
    }

    [Fact]
    public void Evaluate_KilometresAgainstSquareMetreTarget_IsNotEvaluableDimensionMismatch()
    {
        var greening = VerticalGreening();
        var wrong = new Observation(greening.Id, D(2023, 6, 30), Measure.From(Length.FromKilometers(3)));
        var e = greening.Evaluate([wrong], D(2023, 6, 30));

        Assert.Equal(EvaluationStatus.NotEvaluable, e.Status);
        Assert.Contains("dimension mismatch", e.Reason);
        Assert.Same(wrong, Assert.Single(e.Inputs));
    }

    [Fact]
    public void Evaluate_NoObservations_IsNoData()
    {
        var e = Greenway().Evaluate([], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.NoData, e.Status);
        Assert.Contains("No observation dated between 2023-01-01 and 2023-06-30", e.Reason);
    }

    [Fact]
    public void Evaluate_BeforeThePeriodStarts_IsNotYetDue()
    {
        Assert.Equal(EvaluationStatus.NotYetDue, Greenway().Evaluate([], D(2022, 12, 1)).Status);
    }

    [Fact]
    public void Evaluate_OnTheDeadlineDayItself_IsFinal_AsAnOfficeJudgingAsOf31DecemberExpects()
    {
        var greenway = Greenway();
        var obs = new[] { greenway.Observe(D(2023, 12, 30), Length.FromKilometers(13)) };

        var dayBefore = greenway.Evaluate(obs, D(2023, 12, 30));
        var onDeadline = greenway.Evaluate(obs, D(2023, 12, 31));
        var dayAfter = greenway.Evaluate(obs, D(2024, 1, 1));

        Assert.Equal(EvaluationStatus.AtRisk, dayBefore.Status); // still judged on the path
        Assert.Equal(EvaluationStatus.NotMet, onDeadline.Status);
        Assert.Equal(EvaluationStatus.NotMet, dayAfter.Status);
        Assert.True(greenway.Target.IsClosedAt(D(2023, 12, 31)));
        Assert.False(greenway.Target.IsClosedAt(D(2023, 12, 30)));
    }

    [Fact]
    public void Evaluate_ObservationsAfterTheAsOfDate_AreNotUsed()
    {
        var greenway = Greenway();
        var obs = new[]
        {
            greenway.Observe(D(2023, 3, 31), Length.FromKilometers(4)),
            greenway.Observe(D(2023, 12, 31), Length.FromKilometers(15)),
        };
        var e = greenway.Evaluate(obs, D(2023, 3, 31));

        Assert.Equal(EvaluationStatus.OnTrack, e.Status);
        Assert.Equal(4, e.Actual!.Value.Value);
    }

    [Fact]
    public void Evaluate_LeapYearPeriod_CountsFebruary29()
    {
        var indicator = new Indicator<Count>(new IndicatorId("leap"), "闰年", "Leap", new DeliveryTarget(new Measure(366, MeasureUnit.Item), ReportPeriods.Year(2024)));
        // By 2024-03-01 (not a month end, so counted by days), 61 of 366 days have elapsed, 29 February among them:
        // 61 items expected; 61 delivered is exactly on the path.
        var e = indicator.Evaluate([indicator.Observe(D(2024, 3, 1), Count.Of(61))], D(2024, 3, 1));

        Assert.Equal(EvaluationStatus.OnTrack, e.Status);
        Assert.Equal(61, e.Expected!.Value.Value, 9);
    }

    [Fact]
    public void Evaluate_MetBeforeTheDeadline_IsMet()
    {
        var piles = new Indicator<Count>(new IndicatorId("charging-piles"), "新建新能源汽车充电桩", "Charging piles", new DeliveryTarget(new Measure(600, MeasureUnit.Item), Year2023));
        var e = piles.Evaluate([piles.Observe(D(2023, 9, 30), Count.Of(612))], D(2023, 9, 30));
        Assert.Equal(EvaluationStatus.Met, e.Status);
    }

    [Fact]
    public void Evaluate_ObservationForAnotherArea_IsIgnored()
    {
        var greenway = Greenway();
        var e = greenway.Evaluate([greenway.Observe(D(2023, 6, 30), Length.FromKilometers(15), "青羊区")], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.NoData, e.Status);
    }
}
