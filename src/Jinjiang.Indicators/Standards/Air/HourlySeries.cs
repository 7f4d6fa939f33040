using Jinjiang.Indicators.Utility;
using NodaTime;
using UnitsNet;
using UnitsNet.Units;

namespace Jinjiang.Indicators.Standards.Air;

/// <summary>
/// Hourly concentrations of one pollutant at one site, from the first hour (00:00-01:00) of <see cref="Start"/>:
/// µg/m3, or mg/m3 for CO, with NaN for a missing hour. Held as a flat array so a year of many stations is cheap.
/// </summary>
public sealed class HourlySeries
{
    private readonly double[] _values;

    /// <summary>Creates a series from raw numbers in the pollutant's unit.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <param name="start">The day of the first hour.</param>
    /// <param name="values">One value per hour (µg/m3; mg/m3 for CO), NaN where missing; negative values are not allowed.</param>
    public HourlySeries(Pollutant pollutant, LocalDate start, IEnumerable<double> values)
    {
        Preconditions.CheckArgumentRange(Enum.IsDefined(pollutant), nameof(pollutant), "The pollutant is not one of the six of GB 3095.");
        _values = Preconditions.CheckNotNull(values).ToArray();
        Preconditions.CheckArgument(!_values.Any(v => v < 0 || double.IsInfinity(v)), nameof(values), "A concentration must be a finite non-negative number or NaN for a missing hour.");
        Pollutant = pollutant;
        Start = start;
    }

    /// <summary>Creates a series from typed concentrations (<see langword="null"/> for a missing hour), converted to µg/m3 (mg/m3 for CO).</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <param name="start">The day of the first hour.</param>
    /// <param name="values">One concentration per hour.</param>
    /// <returns>The series.</returns>
    public static HourlySeries FromConcentrations(Pollutant pollutant, LocalDate start, IEnumerable<MassConcentration?> values)
    {
        var unit = pollutant == Pollutant.CO ? MassConcentrationUnit.MilligramPerCubicMeter : MassConcentrationUnit.MicrogramPerCubicMeter;
        return new HourlySeries(pollutant, start, Preconditions.CheckNotNull(values).Select(v => v is { } c ? c.As(unit) : double.NaN));
    }

    /// <summary>The pollutant.</summary>
    public Pollutant Pollutant { get; }

    /// <summary>The day of the first hour.</summary>
    public LocalDate Start { get; }

    /// <summary>The number of hours.</summary>
    public int Hours => _values.Length;

    /// <summary>The value of an hour (NaN when missing).</summary>
    /// <param name="hour">The hour's index from the first hour.</param>
    /// <returns>The concentration, in µg/m3 (mg/m3 for CO).</returns>
    public double this[int hour] => _values[hour];

    internal ReadOnlySpan<double> Span => _values;
}
