using System.Globalization;

namespace Jinjiang.Indicators.Standards.Air;

/// <summary>
/// One pollutant's period statistic C_i, its limit S_i and single-item index C_i / S_i, with the valid-day counts
/// behind it, so an analyst can check the composite index.
/// </summary>
public sealed class PollutantStatistic
{
    internal PollutantStatistic(Pollutant pollutant, string statistic, double? value, double limit, int validDays, int requiredDays, string? problem)
    {
        Pollutant = pollutant;
        Statistic = statistic;
        Value = value;
        Limit = limit;
        ValidDays = validDays;
        RequiredDays = requiredDays;
        Problem = problem;
    }

    /// <summary>The pollutant.</summary>
    public Pollutant Pollutant { get; }

    /// <summary>What the statistic is (<c>mean of daily means</c>, <c>95th percentile of daily means</c>, <c>90th percentile of daily maximum 8-hour means</c>).</summary>
    public string Statistic { get; }

    /// <summary>C_i, rounded as reported (integers in µg/m3; CO to 0.1 mg/m3), or <see langword="null"/> when the data are insufficient.</summary>
    public double? Value { get; }

    /// <summary>S_i.</summary>
    public double Limit { get; }

    /// <summary>C_i / S_i, or <see langword="null"/> when the data are insufficient.</summary>
    public double? Index => Value / Limit;

    /// <summary>The number of valid days used.</summary>
    public int ValidDays { get; }

    /// <summary>The number of valid days the statistic needs.</summary>
    public int RequiredDays { get; }

    /// <summary>Why the statistic is missing (<c>PM25 has 300 valid days; 324 required</c>), or <see langword="null"/>.</summary>
    public string? Problem { get; }

    /// <summary>The statistic as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value is { } v
        ? string.Create(CultureInfo.InvariantCulture, $"{Pollutant}: {Statistic} {v} / {Limit} = {v / Limit:0.###} ({ValidDays} valid days)")
        : $"{Pollutant}: {Problem}";
}
