using NodaTime;

namespace Jinjiang.Indicators.Standards.Air;

/// <summary>Daily values of one pollutant (daily means, or daily maximum 8-hour means for O3), NaN where a day is not valid.</summary>
public sealed class DailySeries
{
    private readonly double[] _values;

    internal DailySeries(Pollutant pollutant, AveragingTime averaging, LocalDate start, double[] values)
    {
        Pollutant = pollutant;
        Averaging = averaging;
        Start = start;
        _values = values;
        ValidDays = values.Count(v => !double.IsNaN(v));
    }

    /// <summary>The pollutant.</summary>
    public Pollutant Pollutant { get; }

    /// <summary><see cref="AveragingTime.Day"/> for daily means, <see cref="AveragingTime.EightHours"/> for daily maximum 8-hour means.</summary>
    public AveragingTime Averaging { get; }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The number of days.</summary>
    public int Days => _values.Length;

    /// <summary>The number of valid days.</summary>
    public int ValidDays { get; }

    /// <summary>The value of a day, or NaN when it is not valid.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The value.</returns>
    public double this[LocalDate date]
    {
        get
        {
            var i = Period.DaysBetween(Start, date);
            return i >= 0 && i < _values.Length ? _values[i] : double.NaN;
        }
    }

    internal ReadOnlySpan<double> Span => _values;
}
