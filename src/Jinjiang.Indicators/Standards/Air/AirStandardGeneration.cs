using System.Collections.Frozen;

namespace Jinjiang.Indicators.Standards.Air;

/// <summary>
/// One generation of the ambient air quality standards: the class II limits of GB 3095, the AQI breakpoints of
/// HJ 633 and the validity rules used to aggregate data. A 2023 report is judged with <see cref="Gb3095Of2012"/>;
/// a later generation can be added as another instance without breaking callers.
/// </summary>
public sealed class AirStandardGeneration
{
    private readonly FrozenDictionary<(Pollutant, AveragingTime), double[]> _breakpoints;
    private readonly FrozenDictionary<Pollutant, double> _annualIndexLimits;

    private AirStandardGeneration(
        string name,
        IDictionary<(Pollutant, AveragingTime), double[]> breakpoints,
        IDictionary<Pollutant, double> annualIndexLimits)
    {
        Name = name;
        _breakpoints = breakpoints.ToFrozenDictionary();
        _annualIndexLimits = annualIndexLimits.ToFrozenDictionary();
    }

    /// <summary>GB 3095-2012 (class II limits), HJ 633-2012 (AQI) and HJ 663-2013 (assessment).</summary>
    public static AirStandardGeneration Gb3095Of2012 { get; } = new(
        "GB 3095-2012 / HJ 633-2012 / HJ 663-2013",
        new Dictionary<(Pollutant, AveragingTime), double[]>
        {
            [(Pollutant.SO2, AveragingTime.Day)] = [0, 50, 150, 475, 800, 1600, 2100, 2620],
            [(Pollutant.SO2, AveragingTime.OneHour)] = [0, 150, 500, 650, 800],
            [(Pollutant.NO2, AveragingTime.Day)] = [0, 40, 80, 180, 280, 565, 750, 940],
            [(Pollutant.NO2, AveragingTime.OneHour)] = [0, 100, 200, 700, 1200, 2340, 3090, 3840],
            [(Pollutant.PM10, AveragingTime.Day)] = [0, 50, 150, 250, 350, 420, 500, 600],
            [(Pollutant.CO, AveragingTime.Day)] = [0, 2, 4, 14, 24, 36, 48, 60],
            [(Pollutant.CO, AveragingTime.OneHour)] = [0, 5, 10, 35, 60, 90, 120, 150],
            [(Pollutant.O3, AveragingTime.OneHour)] = [0, 160, 200, 300, 400, 800, 1000, 1200],
            [(Pollutant.O3, AveragingTime.EightHours)] = [0, 100, 160, 215, 265, 800],
            [(Pollutant.PM25, AveragingTime.Day)] = [0, 35, 75, 115, 150, 250, 350, 500],
        },
        new Dictionary<Pollutant, double>
        {
            [Pollutant.SO2] = 60,
            [Pollutant.NO2] = 40,
            [Pollutant.PM10] = 70,
            [Pollutant.PM25] = 35,
            [Pollutant.CO] = 4,
            [Pollutant.O3] = 160,
        });

    /// <summary>The generation's name.</summary>
    public string Name { get; }

    /// <summary>Hourly values a daily mean needs (GB 3095-2012 §8): 20.</summary>
    public int MinimumHoursPerDay { get; } = 20;

    /// <summary>Hourly values an 8-hour moving mean needs: 6.</summary>
    public int MinimumHoursPerEightHourMean { get; } = 6;

    /// <summary>Valid 8-hour means a daily maximum 8-hour mean needs (HJ 663-2013): 14 of the 17 windows in a day.</summary>
    public int MinimumEightHourMeansPerDay { get; } = 14;

    /// <summary>Daily values an annual statistic needs (GB 3095-2012 §8): 324.</summary>
    public int MinimumDaysPerYear { get; } = 324;

    /// <summary>Daily values each month needs for an annual statistic: 27, or 25 in February.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The minimum.</returns>
    public int MinimumDaysPerMonth(int month) => month == 2 ? MinimumDaysInFebruary : MinimumDaysPerOtherMonth;

    private int MinimumDaysInFebruary { get; } = 25;

    private int MinimumDaysPerOtherMonth { get; } = 27;

    /// <summary>
    /// The limit S_i a pollutant's period statistic is divided by in the composite index: the class II annual
    /// limits (SO2 60, NO2 40, PM10 70, PM2.5 35 µg/m3), the CO 24-hour limit (4 mg/m3) and the O3 8-hour limit (160 µg/m3).
    /// </summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>The limit, in the pollutant's unit.</returns>
    public double CompositeIndexLimit(Pollutant pollutant) => _annualIndexLimits[pollutant];

    /// <summary>The AQI breakpoints of a pollutant and averaging time, or <see langword="null"/> when HJ 633 defines none.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <param name="averaging">The averaging time.</param>
    /// <returns>Concentration breakpoints at IAQI 0, 50, 100, 150, 200, 300, 400, 500 (fewer where the table ends).</returns>
    public IReadOnlyList<double>? Breakpoints(Pollutant pollutant, AveragingTime averaging)
        => _breakpoints.TryGetValue((pollutant, averaging), out var b) ? b : null;

    /// <summary>The name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
