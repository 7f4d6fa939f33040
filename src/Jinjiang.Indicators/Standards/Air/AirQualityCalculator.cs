using System.Globalization;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Standards.Air;

/// <summary>
/// Computes the official air quality figures from raw hourly data, as the standards define them: daily means,
/// daily maximum 8-hour ozone means, period statistics, the composite index, IAQI/AQI and district rankings.
/// Insufficient data give a result with a reason, never an exception and never a silent average.
/// </summary>
public sealed class AirQualityCalculator
{
    private static readonly Pollutant[] Order = [Pollutant.SO2, Pollutant.NO2, Pollutant.PM10, Pollutant.PM25, Pollutant.CO, Pollutant.O3];

    /// <summary>Creates a calculator for a generation of the standards.</summary>
    /// <param name="generation">The generation (<see cref="AirStandardGeneration.Gb3095Of2012"/> by default).</param>
    public AirQualityCalculator(AirStandardGeneration? generation = null) => Generation = generation ?? AirStandardGeneration.Gb3095Of2012;

    /// <summary>The calculator for GB 3095-2012 / HJ 633-2012 / HJ 663-2013.</summary>
    public static AirQualityCalculator Default { get; } = new();

    /// <summary>The generation of the standards.</summary>
    public AirStandardGeneration Generation { get; }

    /// <summary>Daily (24-hour) means; a day needs at least <see cref="AirStandardGeneration.MinimumHoursPerDay"/> valid hours.</summary>
    /// <param name="hours">The hourly series.</param>
    /// <returns>One value per whole day of the series.</returns>
    public DailySeries DailyMeans(HourlySeries hours)
    {
        Preconditions.CheckNotNull(hours);
        var span = hours.Span;
        var days = span.Length / 24;
        var result = new double[days];
        for (var d = 0; d < days; d++)
        {
            double sum = 0;
            var n = 0;
            foreach (var v in span.Slice(d * 24, 24))
            {
                if (!double.IsNaN(v))
                {
                    sum += v;
                    n++;
                }
            }

            result[d] = n >= Generation.MinimumHoursPerDay ? sum / n : double.NaN;
        }

        return new DailySeries(hours.Pollutant, AveragingTime.Day, hours.Start, result);
    }

    /// <summary>
    /// Daily maximum 8-hour moving means (for O3): the 17 windows of a day end at 08:00 ... 24:00; a window needs
    /// <see cref="AirStandardGeneration.MinimumHoursPerEightHourMean"/> valid hours and a day
    /// <see cref="AirStandardGeneration.MinimumEightHourMeansPerDay"/> valid windows, except that a day with fewer still
    /// counts when its maximum already exceeds the 8-hour limit (HJ 663-2013: the exceedance is certain either way).
    /// </summary>
    /// <param name="hours">The hourly series.</param>
    /// <returns>One value per whole day of the series.</returns>
    public DailySeries DailyMaxEightHourMeans(HourlySeries hours)
    {
        var eightHourOzoneLimit = Generation.CompositeIndexLimit(Pollutant.O3);
        Preconditions.CheckNotNull(hours);
        var span = hours.Span;
        var days = span.Length / 24;
        var result = new double[days];
        for (var d = 0; d < days; d++)
        {
            var day = span.Slice(d * 24, 24);
            var max = double.NaN;
            var valid = 0;
            for (var end = 8; end <= 24; end++)
            {
                double sum = 0;
                var n = 0;
                foreach (var v in day.Slice(end - 8, 8))
                {
                    if (!double.IsNaN(v))
                    {
                        sum += v;
                        n++;
                    }
                }

                if (n >= Generation.MinimumHoursPerEightHourMean)
                {
                    valid++;
                    var mean = sum / n;
                    max = double.IsNaN(max) ? mean : Math.Max(max, mean);
                }
            }

            // HJ 663-2013: a day with too few valid windows still counts when its maximum already exceeds the
            // 8-hour limit, since the exceedance is certain whatever the missing windows held.
            result[d] = valid >= Generation.MinimumEightHourMeansPerDay || (!double.IsNaN(max) && max > eightHourOzoneLimit) ? max : double.NaN;
        }

        return new DailySeries(hours.Pollutant, AveragingTime.EightHours, hours.Start, result);
    }

    /// <summary>
    /// The period statistic C_i of one pollutant (mean of daily means; CO the 95th percentile of daily means; O3
    /// the 90th percentile of daily maximum 8-hour means), checked for validity: each month of the period needs
    /// 27 valid days (25 in February) and a whole calendar year 324.
    /// </summary>
    /// <param name="daily">Daily means, or daily maximum 8-hour means for O3.</param>
    /// <param name="period">The period assessed.</param>
    /// <returns>The statistic, or one with a problem when the data are insufficient.</returns>
    public PollutantStatistic Statistic(DailySeries daily, DateInterval period)
    {
        Preconditions.CheckNotNull(daily);
        Preconditions.CheckNotNull(period);
        var pollutant = daily.Pollutant;
        var expected = pollutant == Pollutant.O3 ? AveragingTime.EightHours : AveragingTime.Day;
        Preconditions.CheckArgument(daily.Averaging == expected, nameof(daily), pollutant == Pollutant.O3 ? "O3 is assessed on daily maximum 8-hour means." : "This pollutant is assessed on daily means.");
        var (name, percentile) = pollutant switch
        {
            Pollutant.CO => ("95th percentile of daily means", 95.0),
            Pollutant.O3 => ("90th percentile of daily maximum 8-hour means", 90.0),
            _ => ("mean of daily means", double.NaN),
        };

        var values = new List<double>(period.Length);
        var perMonth = new Dictionary<(int, int), int>();
        foreach (var date in period)
        {
            var v = daily[date];
            perMonth.TryAdd((date.Year, date.Month), 0);
            if (!double.IsNaN(v))
            {
                values.Add(v);
                perMonth[(date.Year, date.Month)]++;
            }
        }

        var wholeYear = period.Start.Month == 1 && period.Start.Day == 1 && period.End.Month == 12 && period.End.Day == 31 && period.Start.Year == period.End.Year;
        var required = wholeYear ? Generation.MinimumDaysPerYear : 0;
        var limit = Generation.CompositeIndexLimit(pollutant);
        string? problem = null;
        if (values.Count < required)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"{pollutant} has {values.Count} valid days; {required} required");
        }
        else if (perMonth.Where(m => IsWholeMonthIn(m.Key, period) && m.Value < Generation.MinimumDaysPerMonth(m.Key.Item2)).Select(m => (KeyValuePair<(int, int), int>?)m).FirstOrDefault() is { } shortMonth)
        {
            var ((y, mo), count) = (shortMonth.Key, shortMonth.Value);
            problem = string.Create(CultureInfo.InvariantCulture, $"{pollutant} has {count} valid days in {y}-{mo:00}; {Generation.MinimumDaysPerMonth(mo)} required");
        }
        else if (values.Count == 0)
        {
            problem = $"{pollutant} has no valid day";
        }

        if (problem is not null)
        {
            return new PollutantStatistic(pollutant, name, null, limit, values.Count, Math.Max(required, 1), problem);
        }

        double statistic;
        if (double.IsNaN(percentile))
        {
            statistic = values.Average();
        }
        else
        {
            var sorted = values.ToArray();
            Array.Sort(sorted);
            statistic = Percentile.OfSorted(sorted, percentile);
        }

        return new PollutantStatistic(pollutant, name, Round(pollutant, statistic), limit, values.Count, Math.Max(required, 1), null);
    }

    /// <summary>The composite index of a site (or a district's averaged series) over a period, from hourly data of the six pollutants.</summary>
    /// <param name="series">One hourly series per pollutant (all six).</param>
    /// <param name="period">The period assessed (a calendar year for an annual index).</param>
    /// <returns>The index with its statistics, or the reasons it cannot be computed.</returns>
    public CompositeIndexResult CompositeIndex(IEnumerable<HourlySeries> series, DateInterval period)
    {
        var byPollutant = Preconditions.CheckNotNull(series).ToDictionary(s => s.Pollutant);
        Preconditions.CheckNotNull(period);
        var statistics = Order.Select(p => byPollutant.TryGetValue(p, out var s)
                ? Statistic(p == Pollutant.O3 ? DailyMaxEightHourMeans(s) : DailyMeans(s), period)
                : new PollutantStatistic(p, "missing", null, Generation.CompositeIndexLimit(p), 0, 1, $"{p} has no hourly data"))
            .ToList();
        return new CompositeIndexResult(period, statistics);
    }

    /// <summary>
    /// The composite index from period statistics already computed (µg/m3; CO in mg/m3): PM2.5 21, PM10 39, SO2 9,
    /// NO2 15, O3 192, CO 0.7 gives 3.06.
    /// </summary>
    /// <param name="statistics">C_i for each of the six pollutants.</param>
    /// <returns>The index.</returns>
    public CompositeIndexResult CompositeIndex(IReadOnlyDictionary<Pollutant, double> statistics)
    {
        Preconditions.CheckNotNull(statistics);
        var items = Order.Select(p => statistics.TryGetValue(p, out var v) && double.IsFinite(v) && v >= 0
                ? new PollutantStatistic(p, "given", v, Generation.CompositeIndexLimit(p), 0, 0, null)
                : new PollutantStatistic(p, "given", null, Generation.CompositeIndexLimit(p), 0, 0, $"{p} has no valid statistic"))
            .ToList();
        return new CompositeIndexResult(null, items);
    }

    /// <summary>The individual air quality index of one concentration (HJ 633-2012), rounded up.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <param name="averaging">The averaging time.</param>
    /// <param name="concentration">The concentration, µg/m3 (mg/m3 for CO).</param>
    /// <returns>
    /// The IAQI; <see langword="null"/> where HJ 633 sends you to another averaging time (SO2 1-hour above 800: use
    /// the 24-hour value; O3 8-hour above 800: use the 1-hour value) or defines no breakpoints. Above the top
    /// breakpoint the IAQI is 500.
    /// </returns>
    public int? Iaqi(Pollutant pollutant, AveragingTime averaging, double concentration)
    {
        Preconditions.CheckArgumentRange(double.IsFinite(concentration) && concentration >= 0, nameof(concentration), "A concentration must be a finite non-negative number.");
        if (Generation.Breakpoints(pollutant, averaging) is not { } bp)
        {
            return null;
        }

        ReadOnlySpan<double> iaqi = [0, 50, 100, 150, 200, 300, 400, 500];
        if (concentration > bp[^1])
        {
            return bp.Count < iaqi.Length ? null : 500;
        }

        for (var i = 1; i < bp.Count; i++)
        {
            if (concentration <= bp[i])
            {
                var value = ((iaqi[i] - iaqi[i - 1]) / (bp[i] - bp[i - 1]) * (concentration - bp[i - 1])) + iaqi[i - 1];
                return (int)Math.Ceiling(Math.Round(value, 9));
            }
        }

        return 500;
    }

    /// <summary>The AQI of several concentrations: the largest IAQI, with level, category and primary pollutant(s).</summary>
    /// <param name="concentrations">Each pollutant's concentration and averaging time.</param>
    /// <returns>The AQI.</returns>
    public AqiResult Aqi(IEnumerable<(Pollutant Pollutant, AveragingTime Averaging, double Concentration)> concentrations)
    {
        var iaqi = new Dictionary<Pollutant, int>();
        foreach (var (pollutant, averaging, concentration) in Preconditions.CheckNotNull(concentrations))
        {
            if (Iaqi(pollutant, averaging, concentration) is { } value)
            {
                iaqi[pollutant] = iaqi.TryGetValue(pollutant, out var other) ? Math.Max(other, value) : value;
            }
        }

        Preconditions.CheckArgument(iaqi.Count > 0, nameof(concentrations), "An AQI needs at least one concentration with breakpoints.");
        return new AqiResult(iaqi.Values.Max(), iaqi);
    }

    /// <summary>
    /// Ranks districts by composite index (lower is better; ties share a rank: 1, 2, 2, 4). Districts whose index
    /// could not be computed are left out and listed by the caller from <see cref="CompositeIndexResult.IsValid"/>.
    /// </summary>
    /// <param name="districts">Each district's index.</param>
    /// <returns>The rank of each district with a valid index.</returns>
    public static IReadOnlyDictionary<string, Quantities.Rank> Rank(IReadOnlyDictionary<string, CompositeIndexResult> districts)
    {
        var valid = Preconditions.CheckNotNull(districts).Where(d => d.Value.Value is not null).ToList();
        return valid.ToDictionary(
            d => d.Key,
            d => new Quantities.Rank(1 + valid.Count(o => o.Value.Value < d.Value.Value), valid.Count),
            StringComparer.Ordinal);
    }

    private static bool IsWholeMonthIn((int Year, int Month) month, DateInterval period)
    {
        var first = new LocalDate(month.Year, month.Month, 1);
        return period.Contains(first) && period.Contains(first.PlusMonths(1).PlusDays(-1));
    }

    /// <summary>Reported precision (HJ 663): integers in µg/m3, CO to 0.1 mg/m3, rounding half to even (GB/T 8170).</summary>
    private static double Round(Pollutant pollutant, double value)
        => Math.Round(value, pollutant == Pollutant.CO ? 1 : 0, MidpointRounding.ToEven);
}
