using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Standards.Air;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators.Tests.Standards;

public class AirQualityTests
{
    private static readonly AirQualityCalculator Calc = AirQualityCalculator.Default;
    private static readonly LocalDate Jan1 = new(2023, 1, 1);

    [Fact]
    public void CompositeIndex_WorkedExample_Is3point06_WithO3Primary()
    {
        var result = Calc.CompositeIndex(new Dictionary<Pollutant, double>
        {
            [Pollutant.PM25] = 21, [Pollutant.PM10] = 39, [Pollutant.SO2] = 9, [Pollutant.NO2] = 15, [Pollutant.O3] = 192, [Pollutant.CO] = 0.7,
        });
        Assert.Equal(3.06, result.Value);
        Assert.Equal(Pollutant.O3, result.PrimaryPollutant);
        Assert.Equal(1.2, result.Statistics.Single(s => s.Pollutant == Pollutant.O3).Index!.Value, 9);
    }

    [Fact]
    public void CompositeIndex_MissingPollutant_SaysWhich()
    {
        var result = Calc.CompositeIndex(new Dictionary<Pollutant, double> { [Pollutant.PM25] = 21 });
        Assert.False(result.IsValid);
        Assert.Contains("SO2 has no valid statistic", result.Reason);
    }

    [Fact]
    public void Percentile_WorkedExample_Is6point5()
    {
        Assert.Equal(6.5, Percentile.Of([3, 4, 8, 2, 5, 4], 90), 12);
        Assert.Equal(2, Percentile.Of([3, 4, 8, 2, 5, 4], 0), 12);
        Assert.Equal(8, Percentile.Of([3, 4, 8, 2, 5, 4], 100), 12);
        Assert.Equal(7, Percentile.Of([7], 95), 12);
    }

    [Theory]
    [InlineData(Pollutant.PM25, AveragingTime.Day, 80, 107)]
    [InlineData(Pollutant.SO2, AveragingTime.Day, 523, 158)]
    [InlineData(Pollutant.O3, AveragingTime.EightHours, 170, 110)]
    [InlineData(Pollutant.PM25, AveragingTime.Day, 75, 100)]  // a value equal to a breakpoint
    [InlineData(Pollutant.PM25, AveragingTime.Day, 0, 0)]
    [InlineData(Pollutant.PM25, AveragingTime.Day, 35.1, 51)] // rounded up
    [InlineData(Pollutant.CO, AveragingTime.Day, 4, 100)]
    [InlineData(Pollutant.PM10, AveragingTime.Day, 700, 500)] // above the table
    public void Iaqi_Breakpoints(Pollutant pollutant, AveragingTime averaging, double concentration, int expected)
    {
        Assert.Equal(expected, Calc.Iaqi(pollutant, averaging, concentration));
    }

    [Fact]
    public void Iaqi_BeyondTheTableThatPointsElsewhere_IsNull()
    {
        Assert.Null(Calc.Iaqi(Pollutant.SO2, AveragingTime.OneHour, 801)); // use the 24-hour value
        Assert.Null(Calc.Iaqi(Pollutant.O3, AveragingTime.EightHours, 801)); // use the 1-hour value
        Assert.Null(Calc.Iaqi(Pollutant.PM25, AveragingTime.OneHour, 50)); // no 1-hour table
    }

    [Fact]
    public void Aqi_LevelsCategoriesAndPrimaryPollutant()
    {
        var aqi = Calc.Aqi([(Pollutant.PM25, AveragingTime.Day, 80), (Pollutant.PM10, AveragingTime.Day, 100), (Pollutant.O3, AveragingTime.EightHours, 120)]);
        Assert.Equal(107, aqi.Value);
        Assert.Equal(AqiLevel.LightlyPolluted, aqi.Level);
        Assert.Equal("轻度污染", aqi.Category);
        Assert.Equal([Pollutant.PM25], aqi.PrimaryPollutants);

        var clean = Calc.Aqi([(Pollutant.PM25, AveragingTime.Day, 20)]);
        Assert.Equal(AqiLevel.Excellent, clean.Level);
        Assert.Empty(clean.PrimaryPollutants); // no primary pollutant at AQI 50 or below
    }

    [Fact]
    public void DailyMeans_NeedTwentyValidHours()
    {
        var hours = Enumerable.Repeat(10.0, 24).Concat(Enumerable.Repeat(10.0, 20)).Concat(Enumerable.Repeat(double.NaN, 4))
            .Concat(Enumerable.Repeat(10.0, 19)).Concat(Enumerable.Repeat(double.NaN, 5));
        var daily = Calc.DailyMeans(new HourlySeries(Pollutant.PM25, Jan1, hours));
        Assert.Equal(3, daily.Days);
        Assert.Equal(10, daily[Jan1]);
        Assert.Equal(10, daily[Jan1.PlusDays(1)]);
        Assert.True(double.IsNaN(daily[Jan1.PlusDays(2)]));
        Assert.Equal(2, daily.ValidDays);
    }

    [Fact]
    public void DailyMaxEightHours_TakesTheBestWindowBetween8And24()
    {
        // Ozone peaks at 160 from 12:00 to 16:00 (four hours), 100 otherwise: the best 8-hour window holds the four peak hours.
        var day = Enumerable.Range(0, 24).Select(h => h is >= 12 and < 16 ? 160.0 : 100.0);
        var max = Calc.DailyMaxEightHourMeans(new HourlySeries(Pollutant.O3, Jan1, day));
        Assert.Equal(130, max[Jan1], 9);
    }

    [Fact]
    public void DailyMaxEightHours_WindowsNeedSixHours_AndTheDayFourteenWindows()
    {
        var gappy = Enumerable.Range(0, 24).Select(h => h % 3 == 0 ? double.NaN : 100.0); // 5 or 6 valid hours per window
        var max = Calc.DailyMaxEightHourMeans(new HourlySeries(Pollutant.O3, Jan1, gappy));
        Assert.True(double.IsNaN(max[Jan1]));
    }

    [Fact]
    public void DailyMaxEightHours_AShortDayWhoseMaximumExceedsTheLimit_StillCounts()
    {
        // Only the windows ending 08:00..20:00 are valid (13 < 14), but one of them already exceeds 160: HJ 663 keeps the day.
        var hours = Enumerable.Range(0, 24).Select(h => h >= 17 ? double.NaN : h is >= 9 and < 17 ? 190.0 : 120.0);
        var max = Calc.DailyMaxEightHourMeans(new HourlySeries(Pollutant.O3, Jan1, hours));
        Assert.Equal(190, max[Jan1], 9);

        // The same short day below the limit says nothing certain: it is not a valid day.
        var low = Enumerable.Range(0, 24).Select(h => h >= 17 ? double.NaN : 120.0);
        Assert.True(double.IsNaN(Calc.DailyMaxEightHourMeans(new HourlySeries(Pollutant.O3, Jan1, low))[Jan1]));
    }

    [Fact]
    public void Statistic_InsufficientYear_SaysHowManyDaysAndHowManyRequired()
    {
        var year = new DateInterval(Jan1, new LocalDate(2023, 12, 31));
        var hours = Enumerable.Range(0, 365 * 24).Select(h => h / 24 < 300 ? 30.0 : double.NaN);
        var stat = Calc.Statistic(Calc.DailyMeans(new HourlySeries(Pollutant.PM25, Jan1, hours)), year);
        Assert.Null(stat.Value);
        Assert.Equal("PM25 has 300 valid days; 324 required", stat.Problem);
    }

    [Fact]
    public void Statistic_MonthBelowItsMinimum_IsNamed()
    {
        var year = new DateInterval(Jan1, new LocalDate(2023, 12, 31));
        // Every day valid but 5 days of March: 360 days in the year, March has 26.
        var hours = Enumerable.Range(0, 365 * 24).Select(h => new LocalDate(2023, 1, 1).PlusDays(h / 24) is { Month: 3, Day: <= 5 } ? double.NaN : 30.0);
        var stat = Calc.Statistic(Calc.DailyMeans(new HourlySeries(Pollutant.PM25, Jan1, hours)), year);
        Assert.Equal("PM25 has 26 valid days in 2023-03; 27 required", stat.Problem);
    }

    [Fact]
    public void CompositeIndex_FromAYearOfHourlyData()
    {
        var year = new DateInterval(Jan1, new LocalDate(2023, 12, 31));
        HourlySeries Constant(Pollutant p, double v) => new(p, Jan1, Enumerable.Repeat(v, 365 * 24));
        var result = Calc.CompositeIndex(
        [
            Constant(Pollutant.SO2, 9), Constant(Pollutant.NO2, 15), Constant(Pollutant.PM10, 39), Constant(Pollutant.PM25, 21),
            Constant(Pollutant.CO, 0.7), Constant(Pollutant.O3, 192),
        ], year);
        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(3.06, result.Value);
        Assert.All(result.Statistics, s => Assert.Equal(365, s.ValidDays));
    }

    [Fact]
    public void HourlySeries_FromTypedConcentrations_ConvertsUnits()
    {
        var series = HourlySeries.FromConcentrations(Pollutant.CO, Jan1, [MassConcentration.FromMicrogramsPerCubicMeter(700), null]);
        Assert.Equal(0.7, series[0], 12);
        Assert.True(double.IsNaN(series[1]));
    }

    [Fact]
    public void Rank_TiesShareARank_AndFeedTheCatalogRankIndicator()
    {
        var districts = new Dictionary<string, CompositeIndexResult>
        {
            ["锦江区"] = Index(3.06), ["青羊区"] = Index(3.06), ["金牛区"] = Index(3.20), ["武侯区"] = Index(2.99), ["成华区"] = Index(3.41),
        };
        var ranks = AirQualityCalculator.Rank(districts);
        Assert.Equal(2, ranks["锦江区"].Position);
        Assert.Equal(2, ranks["青羊区"].Position);
        Assert.Equal(4, ranks["金牛区"].Position);

        var indicator = Jinjiang2023.AirQualityRank;
        var observations = districts.Select(d => d.Value.ToObservation(indicator.Id, new LocalDate(2023, 12, 31), d.Key));
        var evaluation = Evaluator.Default.Evaluate(indicator, ObservationSet.Create(observations), new LocalDate(2024, 1, 15));
        Assert.Equal(EvaluationStatus.Met, evaluation.Status); // rank 2 (tied) within the top 2
        Assert.Equal(2, evaluation.Actual!.Value.Value);
    }

    private static CompositeIndexResult Index(double value)
    {
        // Scale the worked example so that the index comes out at the wanted value (only O3 varies).
        var o3 = (value - 1.8571) * 160;
        return Calc.CompositeIndex(new Dictionary<Pollutant, double>
        {
            [Pollutant.PM25] = 21, [Pollutant.PM10] = 39, [Pollutant.SO2] = 9, [Pollutant.NO2] = 15, [Pollutant.O3] = o3, [Pollutant.CO] = 0.7,
        });
    }
}
